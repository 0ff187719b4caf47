// Pure layout of maps: snapshot -> positioned boxes for views/hmap.js.
//
// A classic map (`hmap`, Go up to 1.23) is its header (count, B, flags decoded, noverflow,
// hash0, nevacuate) and its bucket array: one row per bucket, each bucket (`bmap`) a box of 8
// slots holding tophash, key and elem, followed by its overflow chain. While the map grows,
// `oldbuckets` is drawn below as a second array, evacuated buckets marked and `nevacuate`
// pointing at the next bucket to evacuate. A Swiss-table map (`swissmap`, Go 1.24) is its header
// and either one small group or its directory of tables, each table an array of groups whose
// slots carry a control byte instead of a tophash.
//
// A live `range` over the map (an object of kind `hiter`, or `swissiter` for Go 1.24, whose `h`
// or `m` is the map) gets a line under the header with its position fields, and a marker on the
// slot holding the entry the loop body has (`bptr`/`group` and `slot`).
//
// Small arrays (up to DETAIL_LIMIT rows) are drawn in detail, with text in every slot; bigger
// ones compactly, as a grid of small boxes whose slots are only filled or not, so that a map of
// a thousand entries stays readable and quick to draw. Every box is keyed by its address, every
// slot by address/index; `changed` marks what differs from the step before.

import { namesOf } from './names.js';
import { sameValue } from './goroutines.js';

export const PAD = 12;
export const TITLE_H = 22;
export const FIELDS_H = 22;
export const SECTION_H = 22;
export const SLOT_W = 50;
export const SLOT_H = 46;
export const BOX_PAD = 4;
export const ROW_GAP = 8;
export const LABEL_W = 62;
export const MINI_SLOT_W = 8;
export const MINI_SLOT_H = 14;
export const MINI_GAP = 6;
export const DETAIL_LIMIT = 16;
export const GAP = 16;
export const ITER_H = 36;

export const FLAGS = [[1, 'iterator'], [2, 'oldIterator'], [4, 'hashWriting'], [8, 'sameSizeGrow']];
export const TOPHASH_NAMES = { 0: 'emptyRest', 1: 'emptyOne', 2: 'evacuatedX', 3: 'evacuatedY', 4: 'evacuatedEmpty' };
export const MIN_TOPHASH = 5;
export const CTRL_EMPTY = 0x80;
export const CTRL_DELETED = 0xfe;

/** The names of the flag bits that are set, in bit order. */
export function decodeFlags(flags) {
  const f = Number(flags ?? 0);
  return FLAGS.filter(([bit]) => (f & bit) !== 0).map(([, name]) => name);
}

/** What a tophash byte says about its slot: a name below minTopHash, else 'full'. */
export function tophashState(th) {
  const n = Number(th ?? 0);
  return n < MIN_TOPHASH ? TOPHASH_NAMES[n] : 'full';
}

/** What a Swiss-table control byte says: 'empty', 'deleted' or 'full' (then it is H2). */
export function ctrlState(c) {
  const n = Number(c ?? CTRL_EMPTY);
  if (n === CTRL_EMPTY) return 'empty';
  if (n === CTRL_DELETED) return 'deleted';
  return (n & 0x80) === 0 ? 'full' : 'empty';
}

/** A bucket of the old array has been evacuated when its first tophash is an evacuation mark. */
export function isEvacuated(bmap) {
  const h = Number(bmap?.tophash?.[0] ?? 0);
  return h > 1 && h < MIN_TOPHASH;
}

export function hex(n, width = 2) {
  return '0x' + Number(n).toString(16).padStart(width, '0');
}

const refOf = (v) => (v && typeof v === 'object' && typeof v.ref === 'string' ? v.ref : null);

/** The chain of bucket addresses starting at `addr`, following `overflow`. */
export function chain(objects, addr, limit = 64) {
  const out = [];
  const seen = new Set();
  let a = addr;
  while (a && objects[a] && !seen.has(a) && out.length < limit) {
    out.push(a);
    seen.add(a);
    a = refOf(objects[a].overflow);
  }
  return out;
}

/** The live iterators over the map at `addr`: [iterator address, iterator object]. */
export function itersOf(objects, addr) {
  const out = [];
  for (const [a, o] of Object.entries(objects)) {
    if ((o?.kind === 'hiter' && refOf(o.h) === addr) || (o?.kind === 'swissiter' && refOf(o.m) === addr)) out.push([a, o]);
  }
  return out;
}

/** Every address a map's drawing covers (so the generic heap view leaves them out). */
export function mapMembers(snapshot, addr) {
  const objects = snapshot.objects ?? {};
  const m = objects[addr];
  const out = new Set([addr]);
  for (const [a, it] of itersOf(objects, addr)) {
    // the iterator, and what only it may keep alive (an old bucket or table after a growth)
    out.add(a);
    for (const b of chain(objects, refOf(it.bptr))) out.add(b);
    const tab = refOf(it.tab);
    if (tab && objects[tab]) {
      out.add(tab);
      for (const g of objects[tab].groups ?? []) if (refOf(g)) out.add(refOf(g));
    }
    if (refOf(it.group)) out.add(refOf(it.group));
  }
  if (m?.kind === 'hmap') {
    for (const list of [m.buckets, m.oldbuckets]) {
      for (const b of list ?? []) for (const a of chain(objects, refOf(b))) out.add(a);
    }
    let next = refOf(m.extra?.nextOverflow);
    for (const a of chain(objects, next)) out.add(a);
  } else if (m?.kind === 'swissmap') {
    const dir = refOf(m.dirPtr);
    if (dir) out.add(dir);
    const d = objects[dir];
    const tables = d?.kind === 'directory' ? d.tables.map(refOf) : [];
    for (const t of tables) {
      if (!t) continue;
      out.add(t);
      for (const g of objects[t]?.groups ?? []) if (refOf(g)) out.add(refOf(g));
    }
  }
  return out;
}

/** Slots of a bmap or a Swiss group, compared with the same object one step before. */
function slotsOf(obj, prevObj, swiss) {
  const slots = [];
  const same = obj === prevObj;
  for (let i = 0; i < 8; i++) {
    const mark = swiss ? obj.ctrl?.[i] : obj.tophash?.[i];
    const state = swiss ? ctrlState(mark) : tophashState(mark);
    const k = obj.keys?.[i] ?? null;
    const v = obj.elems?.[i] ?? null;
    let changed = false;
    if (prevObj && !same) {
      const pm = swiss ? prevObj.ctrl?.[i] : prevObj.tophash?.[i];
      changed = pm !== mark || !sameValue(prevObj.keys?.[i], k) || !sameValue(prevObj.elems?.[i], v);
    }
    slots.push({ i, mark: Number(mark ?? 0), state, k, v, changed });
  }
  return slots;
}

/**
 * Lays out one bucket-like array: `rows` is a list of {label, chain: [addr...]} (a classic bucket
 * and its overflow chain, or one Swiss group). Returns boxes with absolute positions.
 */
function layoutArray(rows, { objects, prevObjects, x, y, width, swiss, compact, old = false, section }) {
  const boxes = [];
  const edges = [];
  const detailW = 8 * SLOT_W + 2 * BOX_PAD;
  const miniW = 8 * MINI_SLOT_W + 2 * BOX_PAD;
  const miniH = MINI_SLOT_H + 2 * BOX_PAD;
  let cx = x + LABEL_W;
  let cy = y;
  let lineH = 0;
  rows.forEach((row, index) => {
    let lineStart = index === 0;
    if (compact) {
      const chainW = row.chain.length * (miniW + 4) - 4;
      if (cx + chainW > x + width && cx > x + LABEL_W) {
        cx = x + LABEL_W;
        cy += lineH + MINI_GAP;
        lineH = 0;
        lineStart = true;
      }
    } else {
      cx = x + LABEL_W;
    }
    let rowTop = cy;
    let bx = cx;
    let by = cy;
    row.chain.forEach((addr, ci) => {
      const obj = objects[addr];
      const prevObj = prevObjects?.[addr];
      const w = compact ? miniW : detailW;
      const h = compact ? miniH : SLOT_H + 2 * BOX_PAD;
      if (!compact && ci > 0) {
        // overflow buckets continue to the right, or on the next line, indented
        if (bx + w > x + width) {
          bx = x + LABEL_W + 24;
          by += h + 10;
        }
      }
      const box = {
        key: addr,
        addr,
        section,
        bucket: index,
        label: row.label,
        overflowIndex: ci,
        old,
        swiss,
        compact,
        evacuated: old && !swiss && ci === 0 && isEvacuated(obj),
        lineStart: compact && lineStart && ci === 0, // a compact line's first bucket carries its index
        x: bx,
        y: by,
        w,
        h,
        obj,
        isNew: Boolean(prevObjects) && !prevObj,
        slots: slotsOf(obj, prevObj, swiss),
      };
      box.changed = box.isNew || box.slots.some((s) => s.changed) || (Boolean(prevObj) && obj !== prevObj && !sameValue(prevObj.overflow, obj.overflow));
      boxes.push(box);
      if (ci > 0) {
        const from = boxes[boxes.length - 2];
        edges.push({ key: `${from.addr}->${addr}`, x1: from.x + from.w, y1: from.y + from.h / 2, x2: box.x, y2: box.y + box.h / 2 });
      }
      bx += w + (compact ? 4 : 18);
      lineH = Math.max(lineH, by + h - rowTop);
    });
    if (compact) {
      cx = bx;
    } else {
      cy += lineH + ROW_GAP;
      lineH = 0;
    }
  });
  const height = compact ? cy + lineH - y : cy - y - (rows.length ? ROW_GAP : 0);
  return { boxes, edges, height: Math.max(0, height) };
}

/** Lays out one map object (hmap or swissmap) at (x, y), at most `width` wide. */
export function layoutMap(snapshot, addr, x, y, width, prev = null) {
  const objects = snapshot.objects ?? {};
  const prevObjects = prev?.objects ?? null;
  const m = objects[addr];
  const swiss = m.kind === 'swissmap';
  const names = namesOf(snapshot, addr);
  const prevM = prevObjects?.[addr];
  const fieldNames = swiss
    ? ['used', 'seed', 'dirLen', 'globalDepth', 'globalShift']
    : ['count', 'B', 'flags', 'noverflow', 'hash0', 'nevacuate'];
  const fields = fieldNames.map((name) => ({
    name,
    value: m[name],
    text: fieldText(name, m[name]),
    changed: Boolean(prevM) && prevM !== m && !sameValue(prevM[name], m[name]),
  }));
  const sections = [];
  const boxes = [];
  const edges = [];
  let cy = y + PAD + TITLE_H + FIELDS_H;
  const iters = itersOf(objects, addr).map(([itAddr, it]) => {
    const iter = { key: itAddr, addr: itAddr, kind: it.kind, names: namesOf(snapshot, itAddr), x: x + PAD, y: cy, fields: iterFields(it), it, prevIt: prevObjects?.[itAddr] ?? null, mark: null };
    cy += ITER_H; // two lines: the fields, then where it is
    return iter;
  });
  const inner = width - 2 * PAD;
  const addSection = (key, title, args, rows, opts = {}) => {
    const compact = rows.length > DETAIL_LIMIT;
    const section = { key: `${addr}/${key}`, name: key, title, args, x: x + PAD, y: cy, compact, count: rows.length, ...opts };
    cy += SECTION_H;
    const arr = layoutArray(rows, { objects, prevObjects, x: x + PAD, y: cy, width: inner, swiss, compact, old: key === 'oldbuckets', section: key });
    section.height = arr.height;
    sections.push(section);
    boxes.push(...arr.boxes);
    edges.push(...arr.edges);
    cy += arr.height + 10;
  };
  let growing = false;
  let marker = null;
  if (!swiss) {
    const buckets = (m.buckets ?? []).map((b, i) => ({ label: i, chain: chain(objects, refOf(b)) }));
    if (buckets.length) addSection('buckets', 'map.buckets', [buckets.length, Number(m.B ?? 0)], buckets);
    else sections.push({ key: `${addr}/nobuckets`, name: 'nobuckets', title: 'map.noBuckets', args: [], x: x + PAD, y: cy, height: 0 }), (cy += SECTION_H);
    if (Array.isArray(m.oldbuckets) && m.oldbuckets.length) {
      growing = true;
      const old = m.oldbuckets.map((b, i) => ({ label: i, chain: chain(objects, refOf(b)) }));
      addSection('oldbuckets', 'map.oldbuckets', [old.length, Number(m.nevacuate ?? 0)], old);
      const nev = Number(m.nevacuate ?? 0);
      const target = boxes.find((b) => b.old && b.bucket === nev && b.overflowIndex === 0);
      if (target) marker = { key: `${addr}/nevacuate`, index: nev, x: target.x + target.w + 4, y: target.y + target.h / 2 };
    }
  } else {
    const dirAddr = refOf(m.dirPtr);
    const dir = objects[dirAddr];
    if (dir?.kind === 'group') {
      addSection('group', 'map.smallGroup', [], [{ label: 0, chain: [dirAddr] }]);
    } else if (dir?.kind === 'directory') {
      const seen = new Set();
      (dir.tables ?? []).forEach((t, di) => {
        const ta = refOf(t);
        if (!ta || seen.has(ta)) return;
        seen.add(ta);
        const table = objects[ta];
        const rows = (table?.groups ?? []).map((g, i) => ({ label: i, chain: [refOf(g)].filter(Boolean) }));
        const sharedBy = (dir.tables ?? []).map(refOf).filter((a) => a === ta).length;
        addSection(`table/${ta}`, 'map.table', [di, table?.localDepth ?? 0, table?.used ?? 0, table?.capacity ?? 0, table?.growthLeft ?? 0, sharedBy], rows, { table: ta });
      });
    } else {
      sections.push({ key: `${addr}/empty`, name: 'empty', title: 'map.noGroups', args: [], x: x + PAD, y: cy, height: 0 });
      cy += SECTION_H;
    }
  }
  for (const iter of iters) iter.mark = iterMark(iter.it, boxes);
  // 12px monospace: about 7.3px a character
  const iterW = Math.max(0, ...iters.map((i) => (i.names.join(', ').length + 1 + i.fields.map((f) => `${f.name} ${f.text}`).join(' · ').length) * 7.3 + 2 * PAD));
  const widest = Math.max(360, ...boxes.map((b) => b.x + b.w - x + PAD), marker ? marker.x - x + 110 : 0, iterW);
  return {
    key: addr,
    addr,
    kind: m.kind,
    swiss,
    x,
    y,
    width: Math.min(width, widest),
    height: cy - y + PAD - 10,
    names,
    keytype: m.maptype?.key ?? guessType(boxes, 'k'),
    elemtype: m.maptype?.elem ?? guessType(boxes, 'v'),
    B: Number(m.B ?? 0),
    count: Number(swiss ? m.used ?? 0 : m.count ?? 0),
    flags: decodeFlags(m.flags),
    growing,
    nevacuate: Number(m.nevacuate ?? 0),
    fields,
    sections,
    boxes,
    edges,
    marker,
    iters,
    changed: fields.some((f) => f.changed) || boxes.some((b) => b.changed) || iters.some((i) => i.it !== i.prevIt),
  };
}

/** The position fields of an iterator, in Go's names, for its line under the map header. */
export function iterFields(it) {
  const names = it.kind === 'swissiter'
    ? ['dirIdx', 'entryIdx', 'globalDepth', 'entryOffset', 'dirOffset']
    : ['startBucket', 'offset', 'bucket', 'i', 'wrapped', 'checkBucket'];
  return names.filter((n) => n in it).map((n) => ({ name: n, value: it[n], text: n === 'checkBucket' && it[n] === null ? 'noCheck' : String(it[n]) }));
}

/** Where an iterator's marker goes: the slot box (scene coordinates) of the entry it is at, or null. */
export function iterMark(it, boxes) {
  const at = refOf(it.kind === 'swissiter' ? it.group : it.bptr);
  const slot = it.slot;
  if (!at || slot === null || slot === undefined) return null;
  const box = boxes.find((b) => b.addr === at);
  if (!box) return null; // an old bucket or table that is no longer drawn
  const s = box.slots[slot];
  const compact = box.compact;
  const w = compact ? MINI_SLOT_W : SLOT_W;
  const h = compact ? MINI_SLOT_H : SLOT_H;
  return { box: at, slot, bucket: box.bucket, old: box.old, x: box.x + BOX_PAD + slot * w + (compact ? 0 : 1), y: box.y + BOX_PAD, w: w - (compact ? 1 : 2), h, k: s?.k ?? it.key, v: s?.v ?? it.elem };
}

function guessType(boxes, which) {
  for (const b of boxes) for (const s of b.slots) if (s.state === 'full') return typeof s[which] === 'string' ? 'string' : typeof s[which] === 'number' ? 'int' : '?';
  return '?';
}

function fieldText(name, v) {
  if (name === 'flags') {
    const names = decodeFlags(v);
    return `${v ?? 0}${names.length ? ' (' + names.join('|') + ')' : ''}`;
  }
  if (name === 'hash0' && typeof v === 'number') return hex(v, 8);
  return String(v ?? '');
}

/** All maps of a snapshot, stacked from `top` down. */
export function layoutMaps(snapshot, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const maps = [];
  let y = top;
  for (const [addr, obj] of Object.entries(snapshot?.objects ?? {})) {
    if (obj?.kind !== 'hmap' && obj?.kind !== 'swissmap') continue;
    const box = layoutMap(snapshot, addr, x, y, width, prev);
    maps.push(box);
    y += box.height + GAP;
  }
  return { maps, height: y - top };
}

/**
 * What clicking a key shows: where the slot is and what the snapshot says about the key's hash.
 * The hash itself is not in the snapshot, so only the parts it pins down are given: its top 8
 * bits (the tophash, or H2's 7 bits in a Swiss table) and, for a classic map, its low B bits
 * (the bucket index).
 */
export function keyFacts(map, box, slot) {
  const facts = { key: slot.k, elem: slot.v, slot: slot.i, state: slot.state, swiss: map.swiss, old: box.old, bucket: box.bucket, overflowIndex: box.overflowIndex, addr: box.addr };
  if (map.swiss) {
    facts.h2 = slot.mark;
    facts.h2bits = slot.mark.toString(2).padStart(7, '0');
    facts.group = box.bucket;
  } else {
    facts.tophash = slot.mark;
    facts.tophashHex = hex(slot.mark);
    facts.tophashBits = slot.mark.toString(2).padStart(8, '0');
    const B = box.old ? oldB(map) : map.B;
    facts.B = B;
    facts.lowBits = B > 0 ? box.bucket.toString(2).padStart(B, '0') : '';
    facts.mask = (1 << B) - 1;
  }
  return facts;
}

/** B of the old bucket array: one less, unless the map grows to the same size. */
function oldB(map) {
  return map.flags.includes('sameSizeGrow') ? map.B : map.B - 1;
}
