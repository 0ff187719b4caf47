import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutMaps, layoutMap, decodeFlags, tophashState, ctrlState, isEvacuated, keyFacts, mapMembers, chain, DETAIL_LIMIT } from '../src/layout/hmap.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('flags decode to the runtime names of their bits', () => {
  assert.deepEqual(decodeFlags(0), []);
  assert.deepEqual(decodeFlags(4), ['hashWriting']);
  assert.deepEqual(decodeFlags(1 | 8), ['iterator', 'sameSizeGrow']);
});

test('tophash and control bytes say what their slot holds', () => {
  assert.equal(tophashState(0), 'emptyRest');
  assert.equal(tophashState(1), 'emptyOne');
  assert.equal(tophashState(2), 'evacuatedX');
  assert.equal(tophashState(3), 'evacuatedY');
  assert.equal(tophashState(4), 'evacuatedEmpty');
  assert.equal(tophashState(5), 'full');
  assert.equal(tophashState(0x9e), 'full');
  assert.equal(ctrlState(0x80), 'empty');
  assert.equal(ctrlState(0xfe), 'deleted');
  assert.equal(ctrlState(0x47), 'full');
  assert.ok(isEvacuated({ tophash: [2, 3, 0, 0, 0, 0, 0, 0] }));
  assert.ok(!isEvacuated({ tophash: [0x90, 0, 0, 0, 0, 0, 0, 0] }));
  assert.ok(!isEvacuated({ tophash: [0, 0, 0, 0, 0, 0, 0, 0] }), 'an empty bucket that was never evacuated');
});

test('a growing map (engine trace, 27 keys, B 2 -> 3): buckets, oldbuckets, evacuated marks and nevacuate', () => {
  const [prev, snap] = fixture('map-growth.json');
  const { maps } = layoutMaps(snap, { width: 720, prev });
  assert.equal(maps.length, 1);
  const m = maps[0];
  assert.deepEqual(m.names, ['m']);
  assert.equal(m.keytype, 'int');
  assert.equal(m.elemtype, 'string');
  assert.equal(m.B, 3);
  assert.equal(m.count, 27);
  assert.ok(m.growing);
  assert.deepEqual(m.fields.map((f) => f.name), ['count', 'B', 'flags', 'noverflow', 'hash0', 'nevacuate']);
  assert.ok(m.fields.find((f) => f.name === 'B').changed, 'B changed from 2 to 3 in this step');
  assert.match(m.fields.find((f) => f.name === 'hash0').text, /^0x[0-9a-f]{8}$/);
  const buckets = m.boxes.filter((b) => !b.old);
  const old = m.boxes.filter((b) => b.old);
  assert.equal(buckets.length, 8);
  assert.equal(old.length, 4);
  assert.deepEqual(old.map((b) => b.evacuated), [true, true, false, false], 'nevacuate = 2: old buckets 0 and 1 are done');
  assert.equal(m.nevacuate, 2);
  assert.equal(m.marker.index, 2);
  const target = old.find((b) => b.bucket === 2);
  assert.equal(m.marker.y, target.y + target.h / 2, 'the nevacuate arrow points at old bucket 2');
  // the evacuated old bucket's slots say where each entry went
  assert.ok(old[0].slots.every((s) => s.state.startsWith('evacuated')));
  // every key of the map is somewhere: new buckets plus not yet evacuated old buckets
  const keys = [...buckets, ...old.filter((b) => !b.evacuated)].flatMap((b) => b.slots.filter((s) => s.state === 'full').map((s) => s.k));
  assert.deepEqual(keys.sort((a, b) => a - b), Array.from({ length: 27 }, (_, i) => i));
  // detail drawing for small arrays, new boxes below the header, rows not overlapping
  assert.ok(m.sections.every((s) => !s.compact));
  for (let i = 1; i < buckets.length; i++) assert.ok(buckets[i].y >= buckets[i - 1].y + buckets[i - 1].h);
  assert.ok(old[0].y > buckets.at(-1).y, 'oldbuckets are drawn below the buckets');
  assert.ok(m.height > old.at(-1).y + old.at(-1).h - m.y);
});

test('what changed: slots that differ from the step before, new bucket boxes', () => {
  const [prev, snap] = fixture('map-growth.json');
  const m = layoutMaps(snap, { width: 720, prev }).maps[0];
  const old0 = m.boxes.find((b) => b.old && b.bucket === 0);
  assert.ok(old0.changed && old0.slots.some((s) => s.changed), 'old bucket 0 was evacuated in this step');
  const still = m.boxes.find((b) => b.old && b.bucket === 3);
  assert.equal(still.changed, false, 'old bucket 3 is the same object as before');
  assert.ok(still.slots.every((s) => !s.changed));
  const noPrev = layoutMaps(snap, { width: 720 }).maps[0];
  assert.ok(noPrev.boxes.every((b) => !b.changed), 'without a previous step nothing is marked');
});

test('clicking a key: its tophash and the low B bits of its hash are known, the hash itself is not', () => {
  const [, snap] = fixture('map-growth.json');
  const m = layoutMaps(snap, { width: 720 }).maps[0];
  const box = m.boxes.find((b) => !b.old && b.bucket === 4);
  const slot = box.slots.find((s) => s.k === 10);
  const f = keyFacts(m, box, slot);
  assert.equal(f.bucket, 4);
  assert.equal(f.B, 3);
  assert.equal(f.lowBits, '100');
  assert.equal(f.mask, 7);
  assert.equal(f.tophash, slot.mark);
  assert.equal(f.tophashHex, '0x' + slot.mark.toString(16).padStart(2, '0'));
  assert.equal(f.tophashBits.length, 8);
  assert.equal('hash' in f, false, 'no invented hash');
  const oldBox = m.boxes.find((b) => b.old && b.bucket === 3);
  const of = keyFacts(m, oldBox, oldBox.slots[0]);
  assert.equal(of.B, 2, 'an old bucket index uses the old B');
  assert.equal(of.lowBits, '11');
});

test('overflow chains follow bmap.overflow and are drawn after their bucket', () => {
  const objects = {
    '0xm': { kind: 'hmap', count: 10, flags: 0, B: 0, noverflow: 1, hash0: 1, buckets: [{ ref: '0xb0' }], oldbuckets: null, nevacuate: 0 },
    '0xb0': { kind: 'bmap', tophash: Array(8).fill(9), keys: [1, 2, 3, 4, 5, 6, 7, 8], elems: Array(8).fill(0), overflow: { ref: '0xb1' } },
    '0xb1': { kind: 'bmap', tophash: [9, 9, 0, 0, 0, 0, 0, 0], keys: [9, 10, 0, 0, 0, 0, 0, 0], elems: Array(8).fill(0), overflow: null },
  };
  const snap = { goroutines: [], objects };
  assert.deepEqual(chain(objects, '0xb0'), ['0xb0', '0xb1']);
  assert.deepEqual([...mapMembers(snap, '0xm')].sort(), ['0xb0', '0xb1', '0xm']);
  const m = layoutMap(snap, '0xm', 0, 0, 1200);
  assert.deepEqual(m.boxes.map((b) => [b.addr, b.bucket, b.overflowIndex]), [['0xb0', 0, 0], ['0xb1', 0, 1]]);
  assert.ok(m.boxes[1].x > m.boxes[0].x, 'on a wide screen the overflow bucket sits to the right');
  assert.deepEqual(m.edges.map((e) => e.key), ['0xb0->0xb1']);
  const narrow = layoutMap(snap, '0xm', 0, 0, 600);
  assert.ok(narrow.boxes[1].y > narrow.boxes[0].y, 'on a narrow one it continues below');
  assert.ok(narrow.boxes.every((b) => b.x + b.w <= 600));
});

test('a big map is drawn compactly and still keyed by bucket address', () => {
  const objects = { '0xm': { kind: 'hmap', count: 0, flags: 0, B: 6, noverflow: 0, hash0: 1, buckets: [], oldbuckets: null, nevacuate: 0 } };
  for (let i = 0; i < 64; i++) {
    const a = '0xb' + i.toString(16).padStart(3, '0');
    objects['0xm'].buckets.push({ ref: a });
    objects[a] = { kind: 'bmap', tophash: [i + 5, 0, 0, 0, 0, 0, 0, 0], keys: [i, 0, 0, 0, 0, 0, 0, 0], elems: Array(8).fill(''), overflow: null };
  }
  const m = layoutMap({ goroutines: [], objects }, '0xm', 0, 0, 700);
  assert.ok(64 > DETAIL_LIMIT && m.sections[0].compact);
  assert.equal(m.boxes.length, 64);
  assert.ok(m.boxes.every((b) => b.compact && b.x + b.w <= 700));
  assert.ok(m.height < 64 * 30, 'compact rows share lines');
  const starts = m.boxes.filter((b) => b.lineStart);
  assert.equal(starts[0].bucket, 0);
  assert.ok(starts.length > 1 && starts.every((b, i) => i === 0 || b.y > starts[i - 1].y), 'each line says which bucket it starts with');
});

test('a Swiss-table map (Go 1.24): directory, table, groups with control bytes', () => {
  const [prev, snap] = fixture('swiss.json');
  const m = layoutMaps(snap, { width: 720, prev }).maps[0];
  assert.ok(m.swiss);
  assert.equal(m.count, snap.objects[m.addr].used);
  assert.deepEqual(m.fields.map((f) => f.name), ['used', 'seed', 'dirLen', 'globalDepth', 'globalShift']);
  const table = m.sections.find((s) => s.table);
  assert.ok(table, 'one table section');
  assert.equal(m.boxes.length, snap.objects[table.table].groups.length);
  const full = m.boxes.flatMap((b) => b.slots.filter((s) => s.state === 'full'));
  assert.equal(full.length, m.count);
  const f = keyFacts(m, m.boxes[0], m.boxes[0].slots.find((s) => s.state === 'full'));
  assert.ok(f.swiss && f.h2 < 128 && f.h2bits.length === 7);
  const members = mapMembers(snap, m.addr);
  for (const b of m.boxes) assert.ok(members.has(b.addr));
});

test('the key panel says what the snapshot pins down about the hash, in words', async () => {
  const { setMessages } = await import('../src/i18n.js');
  const { keyDetailRows } = await import('../src/interact.js');
  const { jsMessages } = await import('./messages.js');
  setMessages(jsMessages('messages.properties'));
  const [, snap] = fixture('map-growth.json');
  const m = layoutMaps(snap, { width: 720 }).maps[0];
  const box = m.boxes.find((b) => !b.old && b.bucket === 4);
  const slot = box.slots.find((s) => s.k === 10);
  const rows = Object.fromEntries(keyDetailRows(keyFacts(m, box, slot), snap.objects));
  assert.equal(rows.key, '10');
  assert.equal(rows.value, '"v"');
  assert.match(rows.where, /^bucket 4, slot \d \(bmap 0x[0-9a-f]+\)$/);
  assert.equal(rows.bucket, 'hash & 7 (the low B = 3 bits) = 4 (binary 100)');
  assert.match(rows.tophash, /^0x[0-9a-f]{2}: the top 8 bits of the hash/);
});
