// "Run to the next event of this kind": which steps are a channel operation, a map growth or a
// goroutine switch, decided from the snapshots alone (the event label and the structures), so
// it works the same on steps already received and on steps still to come.

const CHAN_EVENT = /^(chansend|chanrecv|closechan|selectgo|makechan|timer: send)/;
const MAP_GROWTH_EVENT = /^(mapassign\.(grow|growToTable|split)|growWork|hashGrow|evacuate)/;

/** A step may carry several runtime events, joined with "; ". */
function anyEvent(label, re) {
  return String(label ?? '').split(';').some((part) => re.test(part.trim()));
}

export const KINDS = ['chan', 'map', 'switch'];

/** Whether step `snap` (with `prev` the step before it) is an event of `kind`. */
export function isEvent(kind, snap, prev) {
  if (!snap || !prev) return false;
  switch (kind) {
    case 'chan':
      return anyEvent(snap.event, CHAN_EVENT);
    case 'map':
      return anyEvent(snap.event, MAP_GROWTH_EVENT) || mapGrew(snap, prev);
    case 'switch':
      return runningGoroutines(snap) !== runningGoroutines(prev);
    default:
      return false;
  }
}

/** The index of the first snapshot after `from` that is an event of `kind`, or -1. */
export function findNext(kind, at, length, from) {
  for (let i = from + 1; i < length; i++) {
    if (isEvent(kind, at(i), at(i - 1))) return i;
  }
  return -1;
}

/** A map started growing: its bucket array or a Swiss table changed size, or oldbuckets appeared. */
export function mapGrew(snap, prev) {
  const now = snap.objects ?? {};
  const before = prev.objects ?? {};
  for (const [addr, m] of Object.entries(now)) {
    const p = before[addr];
    if (!p || p === m) continue;
    if (m.kind === 'hmap') {
      if (Number(m.B) !== Number(p.B)) return true;
      if (Array.isArray(m.oldbuckets) && !Array.isArray(p.oldbuckets)) return true;
    } else if (m.kind === 'swissmap') {
      if (Number(m.dirLen) !== Number(p.dirLen) || Number(m.globalDepth) !== Number(p.globalDepth)) return true;
    } else if (m.kind === 'table') {
      if (Number(m.capacity) !== Number(p.capacity)) return true;
    }
  }
  return false;
}

/** Which goroutines are running, as a comparable string (more than one under GOMAXPROCS > 1). */
function runningGoroutines(snap) {
  const ids = (snap.goroutines ?? []).filter((g) => g.status === 'running').map((g) => g.goid);
  return ids.length ? ids.join(',') : String(snap.goid ?? '');
}
