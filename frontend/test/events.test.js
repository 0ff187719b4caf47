import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isEvent, findNext, mapGrew } from '../src/events.js';

const lines = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('the next channel operation and the next goroutine switch in the hand-off trace', () => {
  const trace = lines('handoff.trace.jsonl');
  const at = (i) => trace[i];
  const chan = findNext('chan', at, trace.length, 0);
  assert.match(trace[chan].event, /^makechan/);
  const send = findNext('chan', at, trace.length, 2);
  assert.match(trace[send].event, /^chan(send|recv)/);
  const sw = findNext('switch', at, trace.length, 0);
  // who holds the CPU: the running goroutines, or (between two, when none runs) the one that just moved
  const running = (s) => s.goroutines.filter((g) => g.status === 'running').map((g) => g.goid).join() || String(s.goid);
  assert.ok(sw > 0);
  assert.notEqual(running(trace[sw]), running(trace[sw - 1]));
  for (let i = 1; i < sw; i++) assert.equal(running(trace[i]), running(trace[i - 1]), 'no earlier switch');
  assert.equal(findNext('map', at, trace.length, 0), -1, 'no maps in this program');
});

test('map growth is seen in the structures, not only in the event label', () => {
  const [prev, snap] = fixture('map-growth.json');
  assert.ok(mapGrew(snap, prev));
  assert.ok(isEvent('map', snap, prev));
  assert.ok(!isEvent('map', { ...snap, event: 'statement' }, snap), 'nothing grew between a step and itself');
  assert.ok(isEvent('map', { event: 'statement; mapassign.grow', objects: {} }, { objects: {} }), 'one of several events');
  assert.ok(isEvent('chan', { event: 'chanrecv: direct from waiting sender G8;', objects: {} }, { objects: {} }));
});

test('a direct handoff names sender, receiver, channel and (from a parked sender) the value', async () => {
  const { handoffOf } = await import('../src/layout/hchan.js');
  const trace = lines('handoff.trace.jsonl');
  const found = [];
  for (let i = 1; i < trace.length; i++) {
    const h = handoffOf(trace[i], trace[i - 1]);
    if (h) found.push({ step: i, ...h });
  }
  assert.ok(found.length >= 2, JSON.stringify(found));
  for (const h of found) {
    assert.notEqual(h.from, h.to);
    assert.ok(h.chan, 'the channel whose queue held the parked goroutine');
  }
  const fromParkedSender = found.find((h) => h.known);
  if (fromParkedSender) assert.equal(fromParkedSender.value, 1, 'main parked on sendq carrying 1');
  assert.equal(handoffOf({ event: 'statement' }, {}), null);
});
