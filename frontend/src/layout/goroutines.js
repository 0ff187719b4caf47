// Pure layout of goroutine cards: snapshot -> positioned cards for views/goroutines.js.
// One card per goroutine (keyed by goid), in the snapshot's order, wrapped into rows. A card
// knows what the view and the text description need: status, wait reason, which channel queue
// it is parked in (from the hchan objects' sudogs), where the scheduler holds it (a P's curg,
// runnext or run queue, or the global queue), whether it can be chosen to run next, and which
// of its lines changed since the step before.

import { isSlice } from './names.js';

export const CARD_W = 232;
export const CARD_GAP = 14;
export const HEAD_H = 26;
export const LINE_H = 17;
export const MAX_LOCALS = 6;
export const MAX_FRAMES = 6;

/** goid -> the channel queues its sudogs sit in: [{addr, queue, sudog, elem}] */
export function parkedIn(snapshot) {
  const out = new Map();
  for (const [addr, obj] of Object.entries(snapshot?.objects ?? {})) {
    if (obj?.kind !== 'hchan') continue;
    for (const queue of ['recvq', 'sendq']) {
      (obj[queue] ?? []).forEach((s, i) => {
        const list = out.get(s.g) ?? [];
        list.push({ addr, queue, sudog: s.addr ?? `${addr}/${queue}/g${s.g}`, elem: s.elem ?? null, index: i, isSelect: Boolean(s.isSelect) });
        out.set(s.g, list);
      });
    }
  }
  return out;
}

/** goid -> where the scheduler holds it: {place: 'curg'|'runnext'|'runq'|'global', p, index} */
export function schedPlaces(snapshot) {
  const out = new Map();
  const sched = snapshot?.sched;
  if (!sched) return out;
  for (const p of sched.procs ?? []) {
    if (p.curg != null) out.set(p.curg, { place: 'curg', p: p.id, index: 0 });
    if (p.runnext != null) out.set(p.runnext, { place: 'runnext', p: p.id, index: 0 });
    (p.runq ?? []).forEach((g, i) => out.set(g, { place: 'runq', p: p.id, index: i }));
  }
  (sched.runq ?? []).forEach((g, i) => out.set(g, { place: 'global', p: null, index: i }));
  return out;
}

/** The lines a card shows: the wait reason (if any), where it is parked, then frames and locals. */
export function cardLines(g, parked = [], prevG = null) {
  const lines = [];
  if (g.waitreason) lines.push({ kind: 'status', text: `waitreason: ${g.waitreason}` });
  for (const p of parked) lines.push({ kind: 'parked', addr: p.addr, queue: p.queue, sudog: p.sudog });
  const frames = g.frames ?? [];
  frames.slice(0, MAX_FRAMES).forEach((f, fi) => {
    const before = prevG?.frames?.[fi]?.function === f.function ? prevG.frames[fi] : null;
    lines.push({ kind: 'frame', text: `${f.function}  line ${f.line}`, fn: f.function, line: f.line, changed: Boolean(before && before.line !== f.line) });
    const locals = Object.entries(f.locals ?? {});
    for (const [name, value] of locals.slice(0, MAX_LOCALS)) {
      const old = before?.locals;
      const changed = Boolean(before) && (!old || !(name in old) || !sameValue(old[name], value));
      lines.push({ kind: 'local', name, value, frame: fi, slice: isSlice(value) ? `${g.goid}/${fi}/${name}` : null, changed });
    }
    if (locals.length > MAX_LOCALS) lines.push({ kind: 'more', text: `… ${locals.length - MAX_LOCALS}` });
  });
  if (frames.length > MAX_FRAMES) lines.push({ kind: 'more', text: `… ${frames.length - MAX_FRAMES} frames` });
  return lines;
}

export function sameValue(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function layoutGoroutines(snapshot, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const perRow = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_W + CARD_GAP)));
  const parked = parkedIn(snapshot);
  const places = schedPlaces(snapshot);
  const before = new Map((prev?.goroutines ?? []).map((g) => [g.goid, g]));
  const cards = [];
  let rowTop = top;
  let rowH = 0;
  (snapshot?.goroutines ?? []).forEach((g, i) => {
    const col = i % perRow;
    if (col === 0 && i > 0) {
      rowTop += rowH + CARD_GAP;
      rowH = 0;
    }
    const prevG = before.get(g.goid) ?? null;
    const lines = cardLines(g, parked.get(g.goid) ?? [], prevG);
    if (g.goid === snapshot.goid) lines.unshift({ kind: 'badge', badge: 'current' });
    else if (g.status === 'runnable') lines.unshift({ kind: 'badge', badge: 'choose' });
    const h = HEAD_H + lines.length * LINE_H + 8;
    rowH = Math.max(rowH, h);
    const innermost = g.frames?.[0];
    cards.push({
      key: `g${g.goid}`,
      goid: g.goid,
      status: g.status,
      waitreason: g.waitreason ?? '',
      current: g.goid === snapshot.goid,
      running: g.status === 'running',
      runnable: g.status === 'runnable',
      line: innermost?.line ?? null,
      fn: innermost?.function ?? '',
      parked: parked.get(g.goid) ?? [],
      place: places.get(g.goid) ?? null,
      isNew: Boolean(prev) && !prevG,
      statusChanged: Boolean(prevG) && prevG.status !== g.status,
      x: x + col * (CARD_W + CARD_GAP),
      y: rowTop,
      w: CARD_W,
      h,
      lines,
    });
  });
  return { cards, height: cards.length ? rowTop + rowH - top : 0 };
}
