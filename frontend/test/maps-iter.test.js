import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutMaps, mapMembers, itersOf, SLOT_W, BOX_PAD } from '../src/layout/hmap.js';
import { layoutScene } from '../src/layout/scene.js';
import { applyDelta } from '../src/store.js';
import { setMessages } from '../src/i18n.js';
import { jsMessages } from './messages.js';
import * as hmapView from '../src/views/hmap.js';

// Engine traces of maprange.go (SnapshotDeltaTest writes them): 10 entries, then
// `for k, v := range m`, under Go 1.23 (hiter over 2 buckets) and Go 1.24 (swissiter over a table).
const lines = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const classic = lines('maprange.trace.jsonl');
const swiss = lines('maprange-swiss.trace.jsonl');
const at = (trace, step) => trace.find((s) => s.step === step);

test('no iterator before the loop or after it', () => {
  for (const trace of [classic, swiss]) {
    for (const snap of [at(trace, 34), trace.find((x) => x.pos.line === 14)]) {
      const [m] = layoutMaps(snap, { width: 720 }).maps;
      assert.ok(m, `a map at step ${snap.step}`);
      assert.deepEqual(m.iters, []);
    }
  }
});

test('a classic iterator marks the slot of the entry the loop body has', () => {
  let checked = 0;
  for (const snap of classic) {
    const [m] = layoutMaps(snap, { width: 720 }).maps;
    if (!m?.iters.length) continue;
    assert.equal(m.iters.length, 1);
    const it = m.iters[0];
    assert.equal(it.kind, 'hiter');
    assert.deepEqual(it.names, ['hiter(m)']);
    assert.deepEqual(it.fields.map((f) => f.name), ['startBucket', 'offset', 'bucket', 'i', 'wrapped', 'checkBucket']);
    assert.equal(it.fields.find((f) => f.name === 'checkBucket').text, 'noCheck');
    const obj = snap.objects[it.addr];
    if (obj.slot === null) {
      assert.equal(it.mark, null, `step ${snap.step}: before the first entry`);
      continue;
    }
    const box = m.boxes.find((b) => b.addr === obj.bptr.ref);
    assert.equal(it.mark.box, box.addr);
    assert.equal(it.mark.slot, obj.slot);
    assert.equal(it.mark.k, obj.key, `step ${snap.step}: the marked slot holds the iterator's key`);
    assert.equal(it.mark.x, box.x + BOX_PAD + obj.slot * SLOT_W + 1);
    assert.ok(it.y < m.sections[0].y, 'the iterator line sits between the header and the buckets');
    checked++;
  }
  assert.equal(checked, 20, 'ten entries, two steps each');
});

test('the visiting order follows the random start: startBucket, then the offset in every bucket', () => {
  const order = [];
  for (const snap of classic) {
    const [m] = layoutMaps(snap, { width: 720 }).maps;
    const k = m?.iters[0]?.mark;
    if (k && (!order.length || order[order.length - 1].k !== k.k)) order.push(k);
  }
  const first = classic.find((s) => itersOf(s.objects, Object.keys(s.objects).find((a) => s.objects[a].kind === 'hmap')).length);
  const [[, it]] = itersOf(first.objects, Object.keys(first.objects).find((a) => first.objects[a].kind === 'hmap'));
  assert.equal(order[0].bucket, it.startBucket);
  assert.equal(order[0].slot, it.offset);
  assert.equal(order.length, 10);
});

test('a Swiss-table iterator marks its group and slot', () => {
  let checked = 0;
  for (const snap of swiss) {
    const [m] = layoutMaps(snap, { width: 720 }).maps;
    const it = m?.iters[0];
    if (!it?.mark) continue;
    const obj = snap.objects[it.addr];
    assert.equal(it.kind, 'swissiter');
    assert.deepEqual(it.names, ['Iter(m)']);
    assert.equal(it.mark.box, obj.group.ref);
    assert.equal(it.mark.k, obj.key);
    checked++;
  }
  assert.equal(checked, 20);
});

test('the iterator belongs to the map drawing, not to the generic heap', () => {
  const snap = at(classic, 40);
  const mapAddr = Object.keys(snap.objects).find((a) => snap.objects[a].kind === 'hmap');
  const [[itAddr]] = itersOf(snap.objects, mapAddr);
  assert.ok(mapMembers(snap, mapAddr).has(itAddr));
  const scene = layoutScene(snap, 720);
  assert.ok(scene.claimed.has(itAddr));
  assert.equal(scene.heap.boxes.length, 0);
});

test('the wire deltas carry the iterator like any object', () => {
  const wire = lines('maprange.deltas.jsonl');
  let snap = null;
  wire.forEach((event, i) => {
    snap = applyDelta(snap, event);
    assert.deepEqual(snap, classic[i]);
  });
});

test('the iterator in words, in English and Chinese', () => {
  const snap = at(classic, 40);
  setMessages(jsMessages('messages.properties'));
  let scene = layoutScene(snap, 720);
  const en = hmapView.describe(scene.maps, snap.objects);
  assert.match(en, /A range loop is walking it with hiter\(m\): it started at bucket 1 with offset 2 and is now at bucket 1, slot 4 \(7: "49"\)\./);
  setMessages(jsMessages('messages_zh_CN.properties'));
  scene = layoutScene(snap, 720);
  assert.match(hmapView.describe(scene.maps, snap.objects), /一个 range 循环正用 hiter\(m\) 遍历它：从桶 1、偏移 2 开始，当前在桶 1 的槽 4/);
  const s = at(swiss, 40);
  setMessages(jsMessages('messages.properties'));
  assert.match(hmapView.describe(layoutScene(s, 720).maps, s.objects), /A range loop is walking it with Iter\(m\), which is now at group \d+, slot 2 \(3: "9"\)\./);
});
