import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutChannels, layoutChannel, occupiedSlots, bufferValues, namesOf, CELL_W } from '../src/layout/hchan.js';
import { layoutGoroutines } from '../src/layout/goroutines.js';
import { layoutScene } from '../src/layout/scene.js';

const hchan = (fields) => ({ kind: 'hchan', qcount: 0, dataqsiz: 2, buf: [0, 0], elemsize: 8, closed: 0, elemtype: 'int', sendx: 0, recvx: 0, recvq: [], sendq: [], ...fields });
const snapshot = (objects, locals = {}) => ({
  step: 3,
  goid: 1,
  goroutines: [{ goid: 1, status: 'running', waitreason: '', frames: [{ function: 'main.main', line: 9, locals }] }],
  objects,
});

test('both values buffered and sendx wrapped to 0', () => {
  const snap = snapshot({ '0xc000018000': hchan({ qcount: 2, buf: [1, 2], sendx: 0, recvx: 0 }) }, { ch: { ref: '0xc000018000' } });
  const { channels } = layoutChannels(snap, { width: 600 });
  assert.equal(channels.length, 1);
  const c = channels[0];
  assert.deepEqual(c.names, ['ch']);
  assert.deepEqual(c.cells.map((cell) => [cell.index, cell.value, cell.occupied]), [[0, 1, true], [1, 2, true]]);
  const sendx = c.markers.find((m) => m.name === 'sendx');
  const recvx = c.markers.find((m) => m.name === 'recvx');
  assert.equal(sendx.index, 0);
  assert.equal(sendx.x, c.cells[0].x + CELL_W / 2);
  assert.ok(sendx.y > recvx.y, 'sendx sits below the ring, recvx above');
  assert.deepEqual(c.fields.map((f) => [f.name, f.value]), [['qcount', 2], ['dataqsiz', 2], ['elemsize', 8], ['closed', 0]]);
});

test('occupied slots start at recvx and wrap', () => {
  assert.deepEqual([...occupiedSlots(hchan({ dataqsiz: 3, qcount: 2, recvx: 2 }))].sort(), [0, 2]);
  assert.deepEqual([...occupiedSlots(hchan({ dataqsiz: 3, qcount: 0, recvx: 1 }))], []);
  assert.deepEqual([...occupiedSlots(hchan({ dataqsiz: 0, qcount: 0 }))], []);
});

test('buf may be a reference to an array object', () => {
  const objects = { '0xc1': { kind: 'array', elemtype: 'int', elems: [7, 8] } };
  assert.deepEqual(bufferValues(hchan({ buf: { ref: '0xc1' } }), objects), [7, 8]);
});

test('an unbuffered channel has no cells and shows its queues', () => {
  const snap = snapshot({ '0xa': hchan({ dataqsiz: 0, buf: [], recvq: [{ addr: '0xs1', g: 6, elem: null }, { addr: '0xs2', g: 7, elem: null }] }) });
  const c = layoutChannel(snap, '0xa', 0, 0, 600);
  assert.ok(c.unbuffered);
  assert.equal(c.cells.length, 0);
  assert.equal(c.markers.length, 0);
  const recvq = c.queues.find((q) => q.name === 'recvq');
  assert.deepEqual(recvq.sudogs.map((s) => [s.key, s.g]), [['0xs1', 6], ['0xs2', 7]]);
  assert.ok(recvq.sudogs[1].x > recvq.sudogs[0].x);
});

test('big buffers wrap onto more rows within the width', () => {
  const c = layoutChannel(snapshot({ '0xa': hchan({ dataqsiz: 20, buf: Array(20).fill(0) }) }), '0xa', 0, 0, 300);
  assert.ok(c.cells.every((cell) => cell.x + cell.w <= 300));
  assert.ok(new Set(c.cells.map((cell) => cell.y)).size > 1);
  assert.ok(c.width <= 300);
});

test('channels stack in address order and keys are addresses', () => {
  const snap = snapshot({ '0xa': hchan({}), '0xb': { kind: 'array', elems: [] }, '0xc': hchan({}) });
  const { channels, height } = layoutChannels(snap, { top: 10 });
  assert.deepEqual(channels.map((c) => c.key), ['0xa', '0xc']);
  assert.ok(channels[1].y > channels[0].y + channels[0].height - 1);
  assert.ok(height > 0);
});

test('names come from any frame that holds a reference', () => {
  const snap = snapshot({ '0xa': hchan({}) }, { in: { ref: '0xa' }, n: 3 });
  snap.goroutines.push({ goid: 6, status: 'waiting', waitreason: 'chan receive', frames: [{ function: 'main.worker', line: 3, locals: { jobs: { ref: '0xa' } } }] });
  assert.deepEqual(namesOf(snap, '0xa'), ['in', 'jobs']);
});

test('goroutine cards are keyed by goid, wrap, and mark the goroutine that moved', () => {
  const snap = { goid: 6, goroutines: [1, 6, 7, 8].map((goid) => ({ goid, status: goid === 6 ? 'running' : 'waiting', waitreason: goid === 6 ? '' : 'chan receive', frames: [{ function: 'main.main', line: 3, locals: { a: 1 } }] })) };
  const { cards, height } = layoutGoroutines(snap, { width: 500 });
  assert.deepEqual(cards.map((c) => c.key), ['g1', 'g6', 'g7', 'g8']);
  assert.deepEqual(cards.map((c) => c.current), [false, true, false, false]);
  assert.ok(cards[2].y > cards[0].y, 'third card wraps to a second row at width 500');
  assert.ok(height >= cards[2].y + cards[2].h - cards[0].y);
  assert.deepEqual(cards[1].lines[0], { kind: 'badge', badge: 'current' }, 'the goroutine that moved says so first');
  assert.equal(cards[1].lines[1].kind, 'frame', 'a running goroutine has no wait reason line');
  assert.equal(cards[0].lines[0].text, 'waitreason: chan receive');
});

test('the scene puts channels below goroutines', () => {
  const snap = snapshot({ '0xa': hchan({}) });
  const scene = layoutScene(snap, 700);
  assert.equal(scene.goroutines.length, 1);
  assert.equal(scene.channels.length, 1);
  const top = (name, box) => scene.offsets[name] + box.y;
  assert.ok(top('channels', scene.channels[0]) > top('goroutines', scene.goroutines[0]) + scene.goroutines[0].h);
  assert.ok(scene.height > top('channels', scene.channels[0]) + scene.channels[0].height);
});
