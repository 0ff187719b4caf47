// Pure layout of slices: every slice header in the snapshot (in goroutines' frames, and inside
// heap objects) drawn above the array object it points into, with an arrow to the first element
// of its window; below the array, each header's window: `len` elements solid, the rest of `cap`
// dashed. Two slices that share an array are two headers over the same array.
//
// A header's `ptr` is the address of its first element (docs/trace-format.md, section 5). The
// array holding it is the array object with the highest address not above `ptr`; the offset is
// (ptr - array) / elemsize. Array objects do not carry their element size, so it comes from the
// element type when that is a type of known size, and otherwise from the header itself: a window
// normally reaches the end of its array, so the offset is len(array) - cap.

import { isSlice } from './names.js';
import { sameValue } from './goroutines.js';

export const PAD = 12;
export const CELL_W = 46;
export const CELL_H = 30;
export const HEADER_W = 150;
export const HEADER_H = 40;
export const HEADER_GAP = 10;
export const ARROW_H = 26;
export const WINDOW_H = 9;
export const GAP = 16;
export const MAX_CELLS = 256;

const BASIC_SIZES = {
  bool: 1, int8: 1, uint8: 1, byte: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, rune: 4, float32: 4,
  int: 8, uint: 8, int64: 8, uint64: 8, uintptr: 8, float64: 8, complex64: 8, complex128: 16,
  string: 16, error: 16, any: 16, 'unsafe.Pointer': 8,
};

/** The size in bytes of a Go type named as the snapshot names it, or null when unknown. */
export function sizeOf(type) {
  if (typeof type !== 'string') return null;
  const t = type.trim();
  if (t in BASIC_SIZES) return BASIC_SIZES[t];
  if (t.startsWith('*') || t.startsWith('map[') || t.startsWith('chan ') || t.startsWith('<-chan') || t.startsWith('chan<-') || t.startsWith('func')) return 8;
  if (t.startsWith('[]')) return 24;
  if (t.startsWith('interface')) return 16;
  const arr = /^\[(\d+)\](.+)$/.exec(t);
  if (arr) {
    const inner = sizeOf(arr[2]);
    return inner == null ? null : Number(arr[1]) * inner;
  }
  return null;
}

const toInt = (addr) => (typeof addr === 'string' ? BigInt(addr) : null);

/** Every slice header in the snapshot: {owner, label, path, goid, header}. */
export function collectHeaders(snapshot) {
  const out = [];
  for (const g of snapshot?.goroutines ?? []) {
    (g.frames ?? []).forEach((f, fi) => {
      for (const [name, v] of Object.entries(f.locals ?? {})) {
        walk(v, name, (path, h) => out.push({ key: `${g.goid}/${fi}/${path}`, owner: `G${g.goid} ${f.function}`, goid: g.goid, frame: fi, name: path, header: h }));
      }
    });
  }
  for (const [addr, obj] of Object.entries(snapshot?.objects ?? {})) {
    const values = valuesOf(obj);
    if (values == null) continue;
    walk(values, '', (path, h) => out.push({ key: `${addr}/${path}`, owner: `${obj.type ?? obj.kind} ${addr}`, goid: null, frame: null, name: path || '*', header: h, inObject: addr }));
  }
  return out;
}

/** The values inside a heap object that may hold slice headers. */
function valuesOf(obj) {
  switch (obj?.kind) {
    case 'array': return obj.elems;
    case 'struct': case 'var': return obj.value;
    case 'bmap': case 'group': return { keys: obj.keys, elems: obj.elems };
    case 'hchan': return { buf: obj.buf };
    default: return null;
  }
}

function walk(v, path, fn, depth = 0) {
  if (!v || typeof v !== 'object' || depth > 5) return;
  if (isSlice(v)) {
    fn(path, v);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => walk(x, `${path}[${i}]`, fn, depth + 1));
    return;
  }
  if (typeof v.ref === 'string') return;
  for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, fn, depth + 1);
}

/** Sorted array objects, for finding the array that holds an address. */
export function arrayIndex(objects) {
  return Object.entries(objects ?? {})
    .filter(([, o]) => o?.kind === 'array')
    .map(([addr, o]) => ({ addr, start: BigInt(addr), obj: o }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Where a header points: {array, offset, elemsize} or null when no array object holds ptr. */
export function resolve(header, arrays) {
  const p = toInt(header.ptr);
  if (p === null) return null;
  let found = null;
  for (const a of arrays) {
    if (a.start <= p) found = a;
    else break;
  }
  if (!found) return null;
  const len = Number(found.obj.len ?? found.obj.elems?.length ?? 0);
  const delta = p - found.start;
  let size = sizeOf(found.obj.elemtype);
  if (delta === 0n) return { array: found.addr, offset: 0, elemsize: size };
  if (size == null || size === 0) {
    const guess = len - Number(header.cap);
    if (guess > 0 && delta % BigInt(guess) === 0n) size = Number(delta / BigInt(guess));
  }
  if (!size) return null;
  if (delta % BigInt(size) !== 0n) return null;
  const offset = Number(delta / BigInt(size));
  if (offset > len) return null;
  return { array: found.addr, offset, elemsize: size };
}

/** All arrays that slices point into, each with its headers above it. */
export function layoutSlices(snapshot, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const objects = snapshot?.objects ?? {};
  const arrays = arrayIndex(objects);
  const byArray = new Map();
  const unresolved = [];
  const prevHeaders = new Map(prev ? collectHeaders(prev).map((h) => [h.key, h.header]) : []);
  for (const h of collectHeaders(snapshot)) {
    const r = resolve(h.header, arrays);
    if (!r) {
      if (h.header.ptr != null) unresolved.push(h);
      continue;
    }
    const list = byArray.get(r.array) ?? [];
    list.push({ ...h, ...r });
    byArray.set(r.array, list);
  }
  const boxes = [];
  let y = top;
  const perRow = Math.max(4, Math.floor((width - 2 * PAD) / CELL_W));
  for (const { addr, obj } of arrays) {
    const headers = byArray.get(addr);
    if (!headers) continue;
    const prevObj = prev?.objects?.[addr];
    const elems = obj.elems ?? [];
    const n = Math.min(elems.length, MAX_CELLS);
    const headersPerRow = Math.max(1, Math.floor((width - 2 * PAD + HEADER_GAP) / (HEADER_W + HEADER_GAP)));
    const headerRows = Math.ceil(headers.length / headersPerRow);
    const cellsTop = y + PAD + 20 + headerRows * (HEADER_H + HEADER_GAP) + ARROW_H;
    const rows = Math.max(1, Math.ceil(n / perRow));
    const rowH = CELL_H + headers.length * (WINDOW_H + 3) + 16;
    const cellPos = (i) => ({ x: x + PAD + (i % perRow) * CELL_W, y: cellsTop + Math.floor(i / perRow) * rowH });
    const cells = [];
    for (let i = 0; i < n; i++) {
      const p = cellPos(i);
      const changed = Boolean(prev) && prevObj !== undefined && prevObj !== obj && !sameValue(prevObj?.elems?.[i], elems[i]);
      cells.push({ key: `${addr}/${i}`, index: i, value: elems[i], x: p.x, y: p.y, w: CELL_W, h: CELL_H, changed });
    }
    const hs = headers.map((h, hi) => {
      const hx = x + PAD + (hi % headersPerRow) * (HEADER_W + HEADER_GAP);
      const hy = y + PAD + 20 + Math.floor(hi / headersPerRow) * (HEADER_H + HEADER_GAP);
      const target = cellPos(Math.min(h.offset, Math.max(0, n - 1)));
      const segments = windowSegments(h.offset, Number(h.header.len), Number(h.header.cap), n, perRow, cellPos, hi);
      const before = prevHeaders.get(h.key);
      return {
        key: h.key,
        name: h.name,
        owner: h.owner,
        goid: h.goid,
        ptr: h.header.ptr,
        len: Number(h.header.len),
        cap: Number(h.header.cap),
        offset: h.offset,
        elemsize: h.elemsize,
        x: hx,
        y: hy,
        w: HEADER_W,
        h: HEADER_H,
        arrow: { x1: hx + 20, y1: hy + HEADER_H, x2: target.x + CELL_W / 2, y2: target.y },
        segments,
        changed: Boolean(prev) && !sameValue(before, h.header),
      };
    });
    const height = cellsTop - y + rows * rowH + PAD - 8;
    boxes.push({
      key: addr,
      addr,
      elemtype: obj.elemtype ?? '?',
      len: Number(obj.len ?? elems.length),
      shown: n,
      x,
      y,
      width: Math.min(width, Math.max(300, 2 * PAD + Math.min(n, perRow) * CELL_W, 2 * PAD + Math.min(headers.length, headersPerRow) * (HEADER_W + HEADER_GAP))),
      height,
      cells,
      headers: hs,
      shared: new Set(headers.map((h) => h.goid === null ? h.owner : `${h.goid}/${h.name}`)).size > 1,
      isNew: Boolean(prev) && !prevObj,
    });
    y += height + GAP;
  }
  return { arrays: boxes, unresolved, height: y - top };
}

/** The underline runs of a window: [offset, offset+len) solid and [offset+len, offset+cap) dashed, split per cell row. */
function windowSegments(offset, len, cap, n, perRow, cellPos, lane) {
  const segs = [];
  const add = (from, to, kind) => {
    let i = from;
    while (i < Math.min(to, n)) {
      const rowEnd = (Math.floor(i / perRow) + 1) * perRow;
      const j = Math.min(to, n, rowEnd);
      const a = cellPos(i);
      segs.push({ kind, from: i, to: j, x: a.x + 2, y: a.y + CELL_H + 4 + lane * (WINDOW_H + 3), w: (j - i) * CELL_W - 4, h: WINDOW_H });
      i = j;
    }
  };
  add(offset, offset + len, 'len');
  add(offset + len, offset + cap, 'cap');
  return segs;
}
