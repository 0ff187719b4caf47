// The whole picture of one snapshot, top to bottom: goroutines, the scheduler, channels, maps,
// slices and their arrays, then the rest of the heap. Pure: snapshot (and the one before it, to
// mark what changed) -> positioned sections and structures; views/*.js draw them. A section is
// present only when its structure is (goroutines always).
//
// `views` (a Set of goroutines, hchan, hmap, slices, heap; null for all) limits the picture to
// some structures, as a lesson's sandbox asks; the scheduler belongs to goroutines.
//
// Each structure is laid out from y = 0 of its own section, and `offsets` says where each
// section starts: when a section grows (a new goroutine card starts a row), the ones below move
// as a whole, by one transform each, instead of every box in them moving.

import { layoutGoroutines } from './goroutines.js';
import { layoutSched } from './sched.js';
import { layoutChannels, handoffOf } from './hchan.js';
import { layoutMaps, mapMembers } from './hmap.js';
import { layoutSlices } from './slices.js';
import { layoutHeap } from './heap.js';

export const SECTION_H = 26;
export const MARGIN = 8;
export const SECTION_GAP = 18;

export function layoutScene(snapshot, width = 720, prev = null, views = null) {
  const want = (v) => !views || views.has(v);
  const snap = snapshot ?? { goroutines: [], objects: {} };
  const inner = width - 2 * MARGIN;
  const opts = () => ({ x: MARGIN, top: 0, width: inner, prev });
  const offsets = {};
  let y = MARGIN;
  const sections = [];
  const section = (key, title, args = []) => {
    sections.push({ key, title, args, x: MARGIN, y });
    y += SECTION_H;
  };

  let goroutines = { cards: [], height: 0 };
  if (want('goroutines')) {
    section('goroutines', 'section.goroutines', [snap.goroutines?.length ?? 0]);
    offsets.goroutines = y;
    goroutines = layoutGoroutines(snap, opts());
    y += goroutines.height + SECTION_GAP;
  }

  let sched = { procs: [], chips: [], global: null, height: 0 };
  if (want('goroutines') && snap.sched?.procs?.length) {
    section('sched', 'section.sched', [snap.sched.gomaxprocs ?? snap.sched.procs.length]);
    offsets.sched = y;
    sched = layoutSched(snap, opts());
    y += sched.height + SECTION_GAP;
  }

  const claimed = new Set();
  const objects = snap.objects ?? {};
  let channels = { channels: [], height: 0 };
  if (want('hchan') && Object.values(objects).some((o) => o?.kind === 'hchan')) {
    section('channels', 'section.channels');
    offsets.channels = y;
    channels = layoutChannels(snap, opts());
    y += channels.height + SECTION_GAP - 16;
    for (const c of channels.channels) {
      claimed.add(c.addr);
      if (c.bufRef) claimed.add(c.bufRef);
    }
  }

  let maps = { maps: [], height: 0 };
  if (want('hmap') && Object.values(objects).some((o) => o?.kind === 'hmap' || o?.kind === 'swissmap')) {
    section('maps', 'section.maps');
    offsets.maps = y;
    maps = layoutMaps(snap, opts());
    y += maps.height + SECTION_GAP - 16;
    for (const m of maps.maps) for (const a of mapMembers(snap, m.addr)) claimed.add(a);
  }

  let slices = want('slices') ? layoutSlices(snap, opts()) : { arrays: [], unresolved: [], height: 0 };
  if (slices.arrays.length) {
    section('slices', 'section.slices');
    offsets.slices = y;
    y += slices.height + SECTION_GAP - 16;
    for (const a of slices.arrays) claimed.add(a.addr);
  } else {
    slices = { arrays: [], unresolved: slices.unresolved, height: 0 };
  }

  let heap = { boxes: [], edges: [], height: 0 };
  if (want('heap') && Object.keys(objects).some((a) => !claimed.has(a))) {
    section('heap', 'section.heap');
    offsets.heap = y;
    heap = layoutHeap(snap, claimed, opts());
    y += heap.height + SECTION_GAP;
  }

  const links = parkLinks(goroutines.cards, channels.channels, offsets.goroutines, offsets.channels ?? 0);
  const handoff = handoffArrow(handoffOf(snapshot, prev), goroutines.cards, offsets.goroutines);
  return {
    width,
    height: y + MARGIN,
    offsets,
    sections,
    goroutines: goroutines.cards,
    sched,
    channels: channels.channels,
    maps: maps.maps,
    slices: slices.arrays,
    heap,
    links,
    handoff,
    claimed,
  };
}

/** Where a direct handoff is drawn: from the sender's card to the receiver's (scene coordinates). */
export function handoffArrow(h, cards, top = 0) {
  if (!h) return null;
  const from = cards.find((c) => c.goid === h.from);
  const to = cards.find((c) => c.goid === h.to);
  if (!from || !to) return null;
  const mid = (c) => ({ x: c.x + c.w / 2, y: top + c.y + 13 });
  return { ...h, key: `${h.from}->${h.to}`, x1: mid(from).x, y1: mid(from).y, x2: mid(to).x, y2: mid(to).y };
}

/** A dashed line from each parked goroutine's card to its sudog in a channel queue (scene coordinates). */
export function parkLinks(cards, channels, cardsTop = 0, channelsTop = 0) {
  const sudogs = new Map();
  for (const c of channels) {
    for (const q of c.queues) {
      for (const s of q.sudogs) sudogs.set(s.key, { x: c.x + s.x + s.w / 2, y: channelsTop + c.y + s.y, g: s.g, chan: c.addr, queue: q.name });
    }
  }
  const links = [];
  for (const card of cards) {
    for (const p of card.parked) {
      const s = sudogs.get(p.sudog);
      if (!s) continue;
      links.push({ key: `g${card.goid}->${p.sudog}`, goid: card.goid, sudog: p.sudog, chan: s.chan, queue: s.queue, x1: card.x + card.w / 2, y1: cardsTop + card.y + card.h, x2: s.x, y2: s.y });
    }
  }
  return links;
}
