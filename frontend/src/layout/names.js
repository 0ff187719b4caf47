// Which variables refer to which heap object: the names a diagram puts on a channel, a map or an
// array. One pass over every goroutine's locals per snapshot, cached by snapshot identity.

const cache = new WeakMap();

/** Map from address to the local names (first goroutine first, no repeats) that refer to it. */
export function nameIndex(snapshot) {
  if (!snapshot || typeof snapshot !== 'object') return new Map();
  let index = cache.get(snapshot);
  if (index) return index;
  index = new Map();
  for (const g of snapshot.goroutines ?? []) {
    for (const f of g.frames ?? []) {
      for (const [name, v] of Object.entries(f.locals ?? {})) {
        visitRefs(v, (addr) => {
          const names = index.get(addr) ?? [];
          if (!names.includes(name)) names.push(name);
          index.set(addr, names);
        });
      }
    }
  }
  cache.set(snapshot, index);
  return index;
}

/** Variables (in any goroutine's frames) that refer to the object at `addr`. */
export function namesOf(snapshot, addr) {
  return nameIndex(snapshot).get(addr) ?? [];
}

/** Calls fn(addr) for every direct reference in a value ({ref}, a map or a channel; not slices). */
export function visitRefs(v, fn, depth = 0) {
  if (!v || typeof v !== 'object' || depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) visitRefs(x, fn, depth + 1);
    return;
  }
  if (typeof v.ref === 'string') {
    fn(v.ref);
    return;
  }
  if ('ptr' in v && 'len' in v && 'cap' in v) return;
  for (const x of Object.values(v)) visitRefs(x, fn, depth + 1);
}

export function isSlice(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'ptr' in v && 'len' in v && 'cap' in v;
}
