import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutSched } from '../src/layout/sched.js';
import { layoutGoroutines, parkedIn, schedPlaces } from '../src/layout/goroutines.js';
import { layoutScene } from '../src/layout/scene.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('the scheduler of a worker pool (engine trace): curg, runnext, runq as chips keyed by goid', () => {
  const [prev, snap] = fixture('workers.json');
  const s = layoutSched(snap, { width: 700, prev });
  assert.equal(s.procs.length, 1);
  const where = Object.fromEntries(s.chips.map((c) => [c.goid, c.slot]));
  assert.deepEqual(where, { 6: 'curg', 1: 'runnext', 7: 'runq' });
  assert.ok(s.chips.every((c) => c.key === `g${c.goid}`));
  const curg = s.chips.find((c) => c.slot === 'curg');
  const next = s.chips.find((c) => c.slot === 'runnext');
  assert.ok(next.x > curg.x);
  assert.ok(s.chips.find((c) => c.goid === 1).moved, 'G1 was woken into runnext');
  assert.ok(!s.chips.find((c) => c.goid === 6).moved, 'G6 was already running');
  assert.ok(s.global && s.global.runq.length === 0);
});

test('GOMAXPROCS 2 with a global queue', () => {
  const snap = { goroutines: [], sched: { gomaxprocs: 2, procs: [{ id: 0, curg: 1, runnext: null, runq: [] }, { id: 1, curg: 6, runnext: 7, runq: [8, 9] }], runq: [10, 11] } };
  const s = layoutSched(snap, { width: 600 });
  assert.equal(s.procs.length, 2);
  assert.ok(s.procs[1].y > s.procs[0].y);
  assert.deepEqual(s.chips.filter((c) => c.slot === 'global').map((c) => c.goid), [10, 11]);
  assert.ok(s.global.y > s.procs[1].y);
  assert.deepEqual([...schedPlaces(snap).entries()].find(([g]) => g === 9)[1], { place: 'runq', p: 1, index: 1 });
});

test('goroutine cards: parked goroutines know their channel queue, runnable ones can be chosen', () => {
  const [prev, snap] = fixture('workers.json');
  const parked = parkedIn(snap);
  assert.deepEqual(parked.get(8).map((p) => p.queue), ['sendq']);
  const { cards } = layoutGoroutines(snap, { width: 720, prev });
  const byGoid = Object.fromEntries(cards.map((c) => [c.goid, c]));
  assert.equal(byGoid[8].status, 'waiting');
  assert.equal(byGoid[8].waitreason, 'chan send');
  assert.ok(byGoid[8].lines.some((l) => l.kind === 'parked' && l.queue === 'sendq'));
  assert.ok(byGoid[1].runnable && byGoid[7].runnable && !byGoid[6].runnable && !byGoid[8].runnable);
  assert.ok(byGoid[6].current);
  assert.deepEqual(byGoid[1].place, { place: 'runnext', p: 0, index: 0 });
  assert.ok(byGoid[6].lines.some((l) => l.kind === 'local' && l.name === 'j' && l.changed), 'j is new in this step');
  assert.ok(byGoid[6].lines.filter((l) => l.kind === 'local' && l.name !== 'j').every((l) => !l.changed));
  const scene = layoutScene(snap, 720, prev);
  assert.equal(scene.links.length, 1, 'one dashed line from G8 to its sudog');
  assert.equal(scene.links[0].goid, 8);
  assert.ok(scene.links[0].y2 > scene.links[0].y1);
});
