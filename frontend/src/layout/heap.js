// Pure layout of the generic heap view: every object the other views do not draw (structs and
// escaped variables, arrays no slice points into, kinds this front end does not know yet), one
// box per object keyed by address, with a row per field and an arrow for each reference to
// another box of this view. References to objects drawn elsewhere (a channel, a map, an array
// under its slices) name their kind and variables instead.

import { sameValue } from './goroutines.js';
import { namesOf } from './names.js';

export const BOX_W = 210;
export const TITLE_H = 22;
export const ROW_H = 17;
export const PAD = 8;
export const GAP_X = 34;
export const GAP_Y = 18;
export const MAX_ROWS = 12;

/** The rows of an object: [{name, value}] */
export function objectRows(obj) {
  switch (obj?.kind) {
    case 'struct':
      return Object.entries(obj.value ?? {}).map(([name, value]) => ({ name, value }));
    case 'var':
      return [{ name: '*', value: obj.value }];
    case 'array':
      return (obj.elems ?? []).map((value, i) => ({ name: `[${i}]`, value }));
    default:
      return Object.entries(obj ?? {}).filter(([k]) => k !== 'kind').map(([name, value]) => ({ name, value }));
  }
}

/** The first reference a value holds (a pointer, or a pointer inside an interface). */
export function refIn(v) {
  if (!v || typeof v !== 'object') return null;
  if (typeof v.ref === 'string') return v.ref;
  if ('type' in v && 'value' in v && v.value && typeof v.value === 'object' && typeof v.value.ref === 'string') return v.value.ref;
  return null;
}

export function layoutHeap(snapshot, claimed, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const objects = snapshot?.objects ?? {};
  const boxes = [];
  const perRow = Math.max(1, Math.floor((width + GAP_X) / (BOX_W + GAP_X)));
  let col = 0;
  let rowTop = top;
  let rowH = 0;
  for (const [addr, obj] of Object.entries(objects)) {
    if (claimed.has(addr)) continue;
    const all = objectRows(obj);
    const prevObj = prev?.objects?.[addr];
    const prevRows = prevObj && prevObj !== obj ? new Map(objectRows(prevObj).map((r) => [r.name, r.value])) : null;
    const rows = all.slice(0, MAX_ROWS).map((r, i) => ({
      key: `${addr}/${r.name}`,
      name: r.name,
      value: r.value,
      ref: refIn(r.value),
      i,
      changed: Boolean(prevRows) && !sameValue(prevRows.get(r.name), r.value),
    }));
    const more = all.length - rows.length;
    const h = TITLE_H + (rows.length + (more > 0 ? 1 : 0)) * ROW_H + PAD;
    if (col === perRow) {
      col = 0;
      rowTop += rowH + GAP_Y;
      rowH = 0;
    }
    boxes.push({
      key: addr,
      addr,
      kind: obj?.kind ?? '?',
      type: obj?.type ?? obj?.elemtype ?? '',
      names: namesOf(snapshot, addr),
      x: x + col * (BOX_W + GAP_X),
      y: rowTop,
      w: BOX_W,
      h,
      rows,
      more,
      isNew: Boolean(prev) && !prevObj,
      changed: rows.some((r) => r.changed),
    });
    rowH = Math.max(rowH, h);
    col++;
  }
  const at = new Map(boxes.map((b) => [b.addr, b]));
  const edges = [];
  for (const b of boxes) {
    for (const r of b.rows) {
      if (!r.ref || !at.has(r.ref)) continue;
      const t = at.get(r.ref);
      const y1 = b.y + TITLE_H + r.i * ROW_H + ROW_H / 2 + 2;
      edges.push({ key: `${b.addr}/${r.name}->${r.ref}`, from: b.addr, to: r.ref, x1: b.x + b.w, y1, x2: t.x, y2: t.y + TITLE_H / 2 });
    }
  }
  return { boxes, edges, height: boxes.length ? rowTop + rowH - top : 0 };
}
