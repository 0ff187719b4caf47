// Pure layout of channels: snapshot -> positioned boxes for views/hchan.js. No DOM, so it is
// tested under node --test.
//
// Each `hchan` object becomes one box: a title (element type, the variables that hold the
// channel, its address), the header fields (qcount/dataqsiz, elemsize, closed), the ring buffer
// `buf` as `dataqsiz` cells with the `recvx` marker above and the `sendx` marker below, then
// `recvq` and `sendq` as chains of sudogs. Cells wrap onto further rows for big buffers.

import { namesOf } from './names.js';

export { namesOf };

export const PAD = 12;
export const TITLE_H = 22;
export const FIELDS_H = 24;
export const CELL_W = 52;
export const CELL_H = 40;
export const MARK_H = 22;
export const QUEUE_H = 40;
export const SUDOG_W = 108;
export const SUDOG_H = 30;
export const GAP = 16;
const MIN_BOX_W = 340;
const UNBUFFERED_W = 500;

/** The buffer's values: `buf` is a list of values, or a reference to an array object. */
export function bufferValues(hchan, objects = {}) {
  const buf = hchan.buf;
  if (Array.isArray(buf)) return buf;
  if (buf && typeof buf === 'object' && 'ref' in buf) {
    const target = objects[buf.ref];
    return target?.elems ?? target?.buf ?? [];
  }
  return [];
}

/** Indexes of the buffer slots that hold queued values: qcount slots starting at recvx. */
export function occupiedSlots(hchan) {
  const n = Number(hchan.dataqsiz ?? 0);
  const slots = new Set();
  for (let i = 0; i < Number(hchan.qcount ?? 0) && n > 0; i++) slots.add((Number(hchan.recvx ?? 0) + i) % n);
  return slots;
}

/** Lays out one channel with its top-left corner at (x, y) and at most `width` wide. */
export function layoutChannel(snapshot, addr, x, y, width, prev = null) {
  const objects = snapshot.objects ?? {};
  const hchan = objects[addr];
  const before = prev?.objects?.[addr];
  const old = before && before !== hchan ? before : null;
  const oldValues = old ? bufferValues(old, prev.objects) : null;
  const oldOccupied = old ? occupiedSlots(old) : null;
  const n = Number(hchan.dataqsiz ?? 0);
  const values = bufferValues(hchan, objects);
  const occupied = occupiedSlots(hchan);
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / CELL_W));
  const rows = n === 0 ? 0 : Math.ceil(n / perRow);
  const boxW = Math.min(width, Math.max(n === 0 ? UNBUFFERED_W : MIN_BOX_W, 2 * PAD + Math.min(n, perRow) * CELL_W));
  const ringTop = PAD + TITLE_H + FIELDS_H;
  const rowH = MARK_H + CELL_H + MARK_H;

  const cells = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    cells.push({
      key: `${addr}/buf/${i}`,
      index: i,
      x: PAD + col * CELL_W,
      y: ringTop + row * rowH + MARK_H,
      w: CELL_W,
      h: CELL_H,
      value: i < values.length ? values[i] : null,
      occupied: occupied.has(i),
      changed: Boolean(old) && (oldOccupied.has(i) !== occupied.has(i) || JSON.stringify(oldValues[i]) !== JSON.stringify(values[i])),
    });
  }

  const markers = [];
  if (n > 0) {
    for (const name of ['recvx', 'sendx']) {
      const index = Number(hchan[name] ?? 0) % n;
      const cell = cells[index];
      markers.push({
        key: `${addr}/${name}`,
        name,
        index,
        x: cell.x + CELL_W / 2,
        // recvx points down at its cell from above, sendx up from below
        y: name === 'recvx' ? cell.y : cell.y + CELL_H,
      });
    }
  }

  let queueTop = ringTop + (n === 0 ? CELL_H : rows * rowH) + 4;
  const queues = [];
  for (const name of ['recvq', 'sendq']) {
    const list = hchan[name] ?? [];
    const sudogs = list.map((s, i) => ({
      key: s.addr ?? `${addr}/${name}/g${s.g}`,
      addr: s.addr ?? null,
      g: s.g,
      elem: s.elem ?? null,
      isSelect: Boolean(s.isSelect),
      isNew: Boolean(prev) && !(before?.[name] ?? []).some((o) => (o.addr ?? o.g) === (s.addr ?? s.g)),
      x: PAD + 56 + i * (SUDOG_W + 14),
      y: queueTop + (QUEUE_H - SUDOG_H) / 2,
      w: SUDOG_W,
      h: SUDOG_H,
    }));
    queues.push({ key: `${addr}/${name}`, name, x: PAD, y: queueTop, h: QUEUE_H, sudogs });
    queueTop += QUEUE_H;
  }

  const widest = Math.max(boxW, ...queues.map((q) => (q.sudogs.length ? q.sudogs.at(-1).x + SUDOG_W + PAD : 0)));
  return {
    key: addr,
    addr,
    x,
    y,
    width: Math.min(width, widest),
    height: queueTop + PAD,
    elemtype: hchan.elemtype ?? '?',
    names: namesOf(snapshot, addr),
    fields: [
      { name: 'qcount', value: Number(hchan.qcount ?? 0) },
      { name: 'dataqsiz', value: n },
      { name: 'elemsize', value: hchan.elemsize ?? '?' },
      { name: 'closed', value: Number(hchan.closed ?? 0) },
    ].map((f) => ({ ...f, changed: Boolean(old) && String(old[f.name]) !== String(hchan[f.name]) })),
    bufRef: hchan.buf && typeof hchan.buf === 'object' && !Array.isArray(hchan.buf) ? hchan.buf.ref ?? null : null,
    unbuffered: n === 0,
    cells,
    markers,
    queues,
  };
}

/** All channels of a snapshot, side by side while they fit, then on further rows. */
export function layoutChannels(snapshot, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const channels = [];
  let cx = x;
  let rowTop = top;
  let rowH = 0;
  for (const [addr, obj] of Object.entries(snapshot?.objects ?? {})) {
    if (obj?.kind !== 'hchan') continue;
    let box = layoutChannel(snapshot, addr, cx, rowTop, x + width - cx, prev);
    if (cx > x && box.width > x + width - cx - 1) {
      cx = x;
      rowTop += rowH + GAP;
      rowH = 0;
      box = layoutChannel(snapshot, addr, cx, rowTop, width, prev);
    } else if (cx > x && box.width < layoutChannel(snapshot, addr, cx, rowTop, width, prev).width) {
      // it only fitted by squeezing: start a new row instead
      cx = x;
      rowTop += rowH + GAP;
      rowH = 0;
      box = layoutChannel(snapshot, addr, cx, rowTop, width, prev);
    }
    channels.push(box);
    cx += box.width + GAP;
    rowH = Math.max(rowH, box.height);
  }
  return { channels, height: channels.length ? rowTop + rowH + GAP - top : 0 };
}

const SEND_DIRECT = /(?:chansend: direct to waiting receiver|sends directly to waiting receiver) G(\d+)/;
const RECV_DIRECT = /chanrecv: direct from waiting sender G(\d+)/;

/**
 * A direct handoff in this step: a value passed from one goroutine straight to a parked one,
 * bypassing the ring buffer (chan.go's send/recv with a waiting sudog). Returns {from, to, chan,
 * value, known} or null; the value is known when the parked sender's sudog carried it.
 */
export function handoffOf(snap, prev) {
  if (!snap || !prev) return null;
  const ev = String(snap.event ?? '');
  let m = SEND_DIRECT.exec(ev);
  if (m) return parkedSudog(prev, Number(m[1]), 'recvq', { from: snap.goid, to: Number(m[1]) });
  m = RECV_DIRECT.exec(ev);
  if (m) return parkedSudog(prev, Number(m[1]), 'sendq', { from: Number(m[1]), to: snap.goid });
  return null;
}

function parkedSudog(prev, goid, queue, ends) {
  for (const [addr, obj] of Object.entries(prev.objects ?? {})) {
    if (obj?.kind !== 'hchan') continue;
    const s = (obj[queue] ?? []).find((x) => x.g === goid);
    if (s) return { ...ends, chan: addr, value: queue === 'sendq' ? s.elem : null, known: queue === 'sendq' };
  }
  return { ...ends, chan: null, value: null, known: false };
}
