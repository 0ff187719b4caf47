// The front end's one source of truth: every snapshot of the run so far, and a cursor.
//
// The server streams the first snapshot whole and every later one as a delta
// (docs/trace-format.md, "Deltas"). This module is the only place that applies them, so
// views only ever see full snapshots and each step can be drawn on its own. Unchanged
// goroutines and objects are shared between consecutive snapshots, which keeps a long
// history cheap and lets views compare by identity.

/** Applies one wire event to the snapshot before it and returns the full snapshot after it. */
export function applyDelta(prev, delta) {
  if (delta.type === 'full') return delta.snapshot;
  if (delta.type !== 'delta') throw new Error(`unknown event type ${delta.type}`);
  if (!prev) throw new Error('a delta arrived before any full snapshot');
  const next = { ...prev };
  for (const [key, value] of Object.entries(delta)) {
    if (key === 'type' || key === 'unset') continue;
    if (key === 'stdout' || key === 'stderr') next[key] = applyText(prev[key], value);
    else if (key === 'goroutines') next[key] = applyGoroutines(prev.goroutines ?? [], value);
    else if (key === 'objects') next[key] = applyObjects(prev.objects ?? {}, value);
    else next[key] = value;
  }
  for (const key of delta.unset ?? []) delete next[key];
  return next;
}

function applyText(before, change) {
  if ('append' in change) return (before ?? '') + change.append;
  return change.replace;
}

function applyGoroutines(prev, change) {
  const byGoid = new Map(prev.map((g) => [g.goid, g]));
  for (const g of change.set ?? []) byGoid.set(g.goid, g);
  for (const goid of change.remove ?? []) byGoid.delete(goid);
  const order = change.order ?? prev.map((g) => g.goid);
  return order.map((goid) => byGoid.get(goid));
}

function applyObjects(prev, change) {
  const set = change.set ?? {};
  const patch = change.patch ?? {};
  const order = change.order ?? Object.keys(prev);
  const next = {};
  for (const addr of order) {
    if (Object.hasOwn(set, addr)) next[addr] = set[addr];
    else if (Object.hasOwn(patch, addr)) next[addr] = { ...prev[addr], ...patch[addr] }; // same fields, same order
    else next[addr] = prev[addr];
  }
  return next;
}

/**
 * A run's snapshots and the cursor the views show. Listeners are called after every change.
 * While the cursor is on the newest snapshot it follows new arrivals (unless `follow` is off);
 * after a step back it stays where the student put it.
 */
export function createStore() {
  let snapshots = [];
  let cursor = -1;
  let outcome = null; // {kind: 'done' | 'limit' | 'error', ...data} once the run has ended
  let follow = true; // whether a cursor on the newest snapshot moves on to new arrivals
  let resumeAt = null; // after a full snapshot replaced the history: the cursor to go back to once it arrives again
  let hold = false; // back at resumeAt: stay there (like a student who stepped back) until the cursor is moved
  const listeners = new Set();

  const notify = () => {
    for (const fn of listeners) fn(store);
  };

  const store = {
    get length() {
      return snapshots.length;
    },
    get cursor() {
      return cursor;
    },
    get outcome() {
      return outcome;
    },
    /** While true, a cursor on the newest snapshot follows new arrivals (the player turns it off). */
    get follow() {
      return follow;
    },
    set follow(value) {
      follow = Boolean(value);
    },
    /** The snapshot at the cursor, or null before the first arrives. */
    current() {
      return cursor >= 0 ? snapshots[cursor] : null;
    },
    /** The snapshot before the cursor (what the views animate from), or null. */
    previous() {
      return cursor > 0 ? snapshots[cursor - 1] : null;
    },
    at(i) {
      return snapshots[i] ?? null;
    },
    latest() {
      return snapshots.length ? snapshots[snapshots.length - 1] : null;
    },
    atEnd() {
      return cursor === snapshots.length - 1;
    },
    reset() {
      snapshots = [];
      cursor = -1;
      outcome = null;
      follow = true;
      resumeAt = null;
      hold = false;
      notify();
    },
    /**
     * Adds the snapshot a wire event describes. A full snapshot starts the history again: the
     * first of a run, or the server resending everything to a stream that reconnected from
     * another branch of the run. In that case a student who was looking at an earlier step goes
     * back to it as soon as it has arrived again; one at the newest step keeps following.
     */
    push(event) {
      if (event.type === 'full') {
        const atEnd = cursor === snapshots.length - 1;
        resumeAt = snapshots.length && !(atEnd && follow) && cursor > 0 ? cursor : null;
        snapshots = [event.snapshot];
        cursor = 0;
        outcome = null;
      } else {
        const following = resumeAt === null && !hold && follow && cursor === snapshots.length - 1;
        snapshots.push(applyDelta(store.latest(), event));
        if (following) cursor = snapshots.length - 1;
        if (resumeAt !== null) {
          cursor = Math.min(resumeAt, snapshots.length - 1); // the steps on the way arrive in one burst
          if (cursor === resumeAt) {
            resumeAt = null;
            hold = true;
          }
        }
      }
      notify();
    },
    /**
     * Drops every snapshot after `step` (manual scheduling branched the run there) and forgets
     * the outcome; the cursor stays where it was, or moves to `step` if it was further.
     */
    truncate(step) {
      const keep = snapshots.findIndex((s) => s.step === step);
      if (keep < 0) return false;
      snapshots = snapshots.slice(0, keep + 1);
      cursor = Math.min(cursor, keep);
      outcome = null;
      resumeAt = null;
      notify();
      return true;
    },
    /** Records how the run ended. */
    finish(kind, data) {
      outcome = { kind, ...data };
      resumeAt = null;
      notify();
    },
    stepForward() {
      hold = false;
      if (cursor >= snapshots.length - 1) return false;
      cursor++;
      notify();
      return true;
    },
    stepBack() {
      hold = false;
      if (cursor <= 0) return false;
      cursor--;
      notify();
      return true;
    },
    seek(i) {
      hold = false;
      const target = Math.max(0, Math.min(snapshots.length - 1, Math.trunc(i)));
      if (target === cursor) return false;
      cursor = target;
      notify();
      return true;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  return store;
}
