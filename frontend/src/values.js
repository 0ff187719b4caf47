// Short text for snapshot values (docs/trace-format.md, "Values"): scalars as Go prints them,
// references as an arrow to the object's kind, slices as their header.

export function shortAddr(addr) {
  return typeof addr === 'string' && addr.length > 8 ? `…${addr.slice(-4)}` : String(addr);
}

/** Formats a value; `objects` lets references name the kind they point to. */
export function formatValue(v, objects = {}) {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, objects)).join(' ')}]`;
  if ('ref' in v) {
    const kind = objects[v.ref]?.kind;
    return `→${kind ? kind + ' ' : ''}${shortAddr(v.ref)}`;
  }
  if ('ptr' in v && 'len' in v && 'cap' in v) return `slice{${shortAddr(v.ptr)} len ${v.len} cap ${v.cap}}`;
  const fields = Object.entries(v).map(([k, x]) => `${k}:${formatValue(x, objects)}`);
  return `{${fields.join(' ')}}`;
}

/** Cuts text to `max` characters with an ellipsis. */
export function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
