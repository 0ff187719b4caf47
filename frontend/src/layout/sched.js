// Pure layout of the scheduler (snapshot.sched): one row per P with its current goroutine
// (curg), its runnext slot and its local run queue, then the global run queue. Every goroutine
// the scheduler holds is one chip keyed by goid, so a chip glides from runq to runnext to curg
// between steps.

export const ROW_H = 36;
export const LABEL_W = 44;
export const SLOT_W = 64;
export const CHIP_W = 52;
export const CHIP_H = 22;
export const GAP = 10;
export const PAD = 10;

export function layoutSched(snapshot, { x = 0, top = 0, width = 640, prev = null } = {}) {
  const sched = snapshot?.sched;
  if (!sched || !sched.procs) return { procs: [], chips: [], global: null, height: 0 };
  const statusOf = new Map((snapshot.goroutines ?? []).map((g) => [g.goid, g.status]));
  const prevPlaces = placeIndex(prev?.sched);
  const procs = [];
  const chips = [];
  const queueX = x + PAD + LABEL_W + 2 * (SLOT_W + GAP) + 24;
  const perRow = Math.max(1, Math.floor((x + width - PAD - queueX) / (CHIP_W + 4)));
  let y = top;
  const chip = (goid, slot, p, index, cx, cy) => {
    const was = prevPlaces.get(goid);
    const where = `${slot}:${p ?? ''}:${index}`;
    chips.push({ key: `g${goid}`, goid, slot, p, index, x: cx, y: cy, w: CHIP_W, h: CHIP_H, status: statusOf.get(goid) ?? '', moved: Boolean(prev) && was !== where });
  };
  for (const p of sched.procs) {
    const rows = Math.max(1, Math.ceil((p.runq?.length ?? 0) / perRow));
    const h = ROW_H + (rows - 1) * (CHIP_H + 4);
    const curgX = x + PAD + LABEL_W;
    const nextX = curgX + SLOT_W + GAP;
    procs.push({ key: `p${p.id}`, id: p.id, x, y, w: width, h, curgX, nextX, queueX, curg: p.curg, runnext: p.runnext, runq: p.runq ?? [] });
    const cy = y + (ROW_H - CHIP_H) / 2;
    if (p.curg != null) chip(p.curg, 'curg', p.id, 0, curgX + (SLOT_W - CHIP_W) / 2, cy);
    if (p.runnext != null) chip(p.runnext, 'runnext', p.id, 0, nextX + (SLOT_W - CHIP_W) / 2, cy);
    (p.runq ?? []).forEach((g, i) => chip(g, 'runq', p.id, i, queueX + (i % perRow) * (CHIP_W + 4), cy + Math.floor(i / perRow) * (CHIP_H + 4)));
    y += h + 6;
  }
  const globalPerRow = Math.max(1, Math.floor((x + width - PAD - (x + PAD + LABEL_W + 60)) / (CHIP_W + 4)));
  const runq = sched.runq ?? [];
  const grows = Math.max(1, Math.ceil(runq.length / globalPerRow));
  const gx = x + PAD + LABEL_W + 60;
  const global = { key: 'global', x, y, w: width, h: ROW_H + (grows - 1) * (CHIP_H + 4), queueX: gx, runq };
  runq.forEach((g, i) => chip(g, 'global', null, i, gx + (i % globalPerRow) * (CHIP_W + 4), y + (ROW_H - CHIP_H) / 2 + Math.floor(i / globalPerRow) * (CHIP_H + 4)));
  y += global.h;
  return { procs, chips, global, gomaxprocs: sched.gomaxprocs ?? procs.length, height: y - top };
}

function placeIndex(sched) {
  const out = new Map();
  if (!sched) return out;
  for (const p of sched.procs ?? []) {
    if (p.curg != null) out.set(p.curg, `curg:${p.id}:0`);
    if (p.runnext != null) out.set(p.runnext, `runnext:${p.id}:0`);
    (p.runq ?? []).forEach((g, i) => out.set(g, `runq:${p.id}:${i}`));
  }
  (sched.runq ?? []).forEach((g, i) => out.set(g, `global::${i}`));
  return out;
}
