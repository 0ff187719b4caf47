import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutSlices, resolve, arrayIndex, sizeOf, collectHeaders } from '../src/layout/slices.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('sizes of the types arrays are made of', () => {
  assert.equal(sizeOf('int'), 8);
  assert.equal(sizeOf('byte'), 1);
  assert.equal(sizeOf('string'), 16);
  assert.equal(sizeOf('[]int'), 24);
  assert.equal(sizeOf('*main.Node'), 8);
  assert.equal(sizeOf('[3]int32'), 12);
  assert.equal(sizeOf('main.Point'), null);
});

test('two slices on one array and a grown copy (engine trace): windows, offsets, sharing', () => {
  const [prev, snap] = fixture('slices.json');
  const { arrays } = layoutSlices(snap, { width: 720, prev });
  assert.equal(arrays.length, 2);
  const [first, grown] = arrays;
  assert.equal(first.elemtype, 'int');
  assert.deepEqual(first.cells.map((c) => c.value), [1, 2, 3, 9]);
  assert.ok(first.shared, 's and t share the first array');
  assert.deepEqual(first.headers.map((h) => [h.name, h.offset, h.len, h.cap]), [['s', 0, 4, 4], ['t', 1, 3, 3]]);
  const t = first.headers[1];
  assert.equal(t.arrow.x2, first.cells[1].x + first.cells[1].w / 2, "t's arrow points at element 1");
  assert.deepEqual(t.segments.map((s) => [s.kind, s.from, s.to]), [['len', 1, 4]]);
  assert.equal(grown.shared, false);
  assert.deepEqual(grown.headers.map((h) => [h.name, h.offset, h.len, h.cap]), [['u', 0, 5, 8]]);
  assert.deepEqual(grown.headers[0].segments.map((s) => [s.kind, s.from, s.to]), [['len', 0, 5], ['cap', 5, 8]]);
  assert.deepEqual(grown.cells.map((c) => c.changed), [true, false, false, false, false, false, false, false], 'u[0] = 100 changed element 0');
  assert.ok(grown.y > first.y + first.height - 1);
});

test('the array holding a pointer is the highest array not above it', () => {
  const objects = {
    '0xc000010000': { kind: 'array', elemtype: 'int', len: 4, elems: [1, 2, 3, 4] },
    '0xc000010040': { kind: 'array', elemtype: 'main.P', len: 3, elems: [{}, {}, {}] },
  };
  const arrays = arrayIndex(objects);
  assert.deepEqual(resolve({ ptr: '0xc000010010', len: 2, cap: 2 }, arrays), { array: '0xc000010000', offset: 2, elemsize: 8 });
  // unknown element size: inferred from cap reaching the end of the array (3 - 2 = offset 1)
  assert.deepEqual(resolve({ ptr: '0xc000010058', len: 1, cap: 2 }, arrays), { array: '0xc000010040', offset: 1, elemsize: 24 });
  assert.equal(resolve({ ptr: '0xc000000008', len: 1, cap: 1 }, arrays), null, 'below every array');
  assert.equal(resolve({ ptr: null, len: 0, cap: 0 }, arrays), null, 'a nil slice');
});

test('slice headers are found in frames, nested values and heap objects', () => {
  const snap = {
    goroutines: [{ goid: 1, frames: [{ function: 'main.main', line: 3, locals: { p: { xs: { ptr: '0xa', len: 1, cap: 1 } } } }] }],
    objects: { '0xs': { kind: 'struct', type: 'main.T', value: { buf: { ptr: '0xa', len: 0, cap: 1 } } }, '0xa': { kind: 'array', elemtype: 'int', len: 1, elems: [5] } },
  };
  const headers = collectHeaders(snap);
  assert.deepEqual(headers.map((h) => h.name), ['p.xs', 'buf']);
  const { arrays } = layoutSlices(snap, { width: 500 });
  assert.equal(arrays[0].headers.length, 2);
  assert.ok(arrays[0].shared);
});
