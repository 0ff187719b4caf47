import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyDelta, createStore } from '../src/store.js';

const lines = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

for (const program of ['channel', 'handoff', 'mapgrow']) {
  test(`${program}: applying the wire deltas rebuilds every full snapshot exactly, key order included`, () => {
    const full = lines(`${program}.trace.jsonl`);
    const wire = lines(`${program}.deltas.jsonl`);
    assert.equal(wire.length, full.length);
    assert.equal(wire[0].type, 'full');
    let snap = null;
    wire.forEach((event, i) => {
      snap = applyDelta(snap, event);
      assert.deepEqual(snap, full[i], `step ${i}`);
      assert.equal(JSON.stringify(snap), JSON.stringify(full[i]), `key order at step ${i}`);
    });
  });
}

test('deltas are much smaller than the snapshots they stand for', () => {
  const full = lines('handoff.trace.jsonl').map((s) => JSON.stringify(s).length);
  const wire = lines('handoff.deltas.jsonl').map((d) => JSON.stringify(d).length);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  assert.ok(sum(wire.slice(1)) < sum(full.slice(1)) * 0.8, `${sum(wire)} vs ${sum(full)}`);
});

test('unchanged goroutines and objects are shared between snapshots', () => {
  const a = { step: 1, stdout: '', goroutines: [{ goid: 1, status: 'running' }, { goid: 6, status: 'runnable' }], objects: { '0xa': { kind: 'hchan' }, '0xb': { kind: 'array' } } };
  const b = applyDelta(a, { type: 'delta', step: 2, goroutines: { set: [{ goid: 6, status: 'running' }] }, objects: { set: { '0xb': { kind: 'array', elems: [1] } } } });
  assert.equal(b.goroutines[0], a.goroutines[0]);
  assert.equal(b.objects['0xa'], a.objects['0xa']);
  assert.deepEqual(b.goroutines[1], { goid: 6, status: 'running' });
  assert.deepEqual(a.goroutines[1], { goid: 6, status: 'runnable' }, 'the old snapshot is untouched');
});

test('removals, new keys and order changes', () => {
  const a = { step: 1, goroutines: [{ goid: 1 }, { goid: 6 }], objects: { '0xa': { n: 1 }, '0xb': { n: 2 } }, extra: true };
  const b = applyDelta(a, {
    type: 'delta',
    step: 2,
    stdout: { append: 'hi\n' },
    goroutines: { set: [{ goid: 7 }], remove: [6], order: [7, 1] },
    objects: { set: { '0xc': { n: 3 } }, remove: ['0xa'], order: ['0xc', '0xb'] },
    unset: ['extra'],
  });
  assert.deepEqual(b, { step: 2, goroutines: [{ goid: 7 }, { goid: 1 }], objects: { '0xc': { n: 3 }, '0xb': { n: 2 } }, stdout: 'hi\n' });
  assert.deepEqual(Object.keys(b.objects), ['0xc', '0xb']);
});

test('a delta before any full snapshot is an error', () => {
  assert.throws(() => applyDelta(null, { type: 'delta', step: 1 }));
});

test('the cursor follows new steps at the end and stays put after a step back', () => {
  const store = createStore();
  const wire = lines('channel.deltas.jsonl');
  let calls = 0;
  store.subscribe(() => calls++);
  store.push(wire[0]);
  store.push(wire[1]);
  store.push(wire[2]);
  assert.equal(store.cursor, 2);
  assert.ok(store.atEnd());
  assert.ok(store.stepBack());
  assert.equal(store.current().step, 1);
  store.push(wire[3]);
  assert.equal(store.cursor, 1, 'a student looking back is not dragged forward');
  assert.ok(store.stepForward());
  assert.ok(store.stepForward());
  assert.equal(store.current().step, 3);
  assert.equal(store.stepForward(), false);
  assert.ok(store.seek(0));
  assert.equal(store.current().step, 0);
  assert.equal(store.seek(99), true);
  assert.equal(store.cursor, 3);
  assert.equal(store.previous().step, 2);
  assert.ok(calls >= 9);
});

test('a full snapshot restarts the history; finish records the outcome', () => {
  const store = createStore();
  const wire = lines('channel.deltas.jsonl');
  store.push(wire[0]);
  store.push(wire[1]);
  store.push(wire[0]);
  assert.equal(store.length, 1);
  store.finish('done', { exitCode: 0 });
  assert.deepEqual(store.outcome, { kind: 'done', exitCode: 0 });
  store.reset();
  assert.equal(store.current(), null);
  assert.equal(store.outcome, null);
});

test('a full resend (a stream reconnected from another branch) keeps a student who looked back at that step', () => {
  const store = createStore();
  const wire = lines('channel.deltas.jsonl');
  for (const e of wire.slice(0, 5)) store.push(e);
  store.seek(2);
  store.finish('done', { exitCode: 0 });
  // the server starts over: the whole history of the current branch, from a full snapshot
  store.push(wire[0]);
  assert.equal(store.outcome, null, 'the old ending belonged to the other branch');
  assert.equal(store.cursor, 0);
  store.push(wire[1]);
  assert.equal(store.cursor, 1, 'on the way back to step 2');
  store.push(wire[2]);
  store.push(wire[3]);
  assert.equal(store.current().step, 2, 'back at the step the student was looking at, and staying there');
});

test('a full resend keeps a student who was following the newest step following it', () => {
  const store = createStore();
  const wire = lines('channel.deltas.jsonl');
  for (const e of wire.slice(0, 4)) store.push(e);
  assert.ok(store.atEnd());
  store.push(wire[0]);
  for (const e of wire.slice(1, 6)) store.push(e);
  assert.equal(store.cursor, 5);
  assert.ok(store.atEnd());
});

test('a resend that ends before the step the student looked at leaves the cursor on its last step', () => {
  const store = createStore();
  const wire = lines('channel.deltas.jsonl');
  for (const e of wire.slice(0, 6)) store.push(e);
  store.seek(4);
  store.push(wire[0]);
  store.push(wire[1]);
  store.finish('limit', { limit: 'steps' });
  assert.equal(store.cursor, 1);
  assert.ok(store.atEnd());
});
