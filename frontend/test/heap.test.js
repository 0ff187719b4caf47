import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layoutHeap, objectRows, refIn } from '../src/layout/heap.js';
import { layoutScene } from '../src/layout/scene.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('structs and escaped variables (engine trace) become boxes with arrows between them', () => {
  const [, snap] = fixture('pointers.json');
  const scene = layoutScene(snap, 720);
  const kinds = scene.heap.boxes.map((b) => b.kind).sort();
  assert.deepEqual(kinds, ['struct', 'struct', 'var']);
  assert.equal(scene.slices.length, 1, 'the array under s is drawn with its slice, not in the heap view');
  const first = scene.heap.boxes.find((b) => b.names.includes('n'));
  assert.deepEqual(first.rows.map((r) => r.name), ['V', 'Next']);
  assert.equal(scene.heap.edges.length, 1, 'n.Next points at the second node');
  assert.equal(scene.heap.edges[0].from, first.addr);
});

test('rows and references', () => {
  assert.deepEqual(objectRows({ kind: 'var', type: 'int', value: 5 }), [{ name: '*', value: 5 }]);
  assert.deepEqual(objectRows({ kind: 'array', elems: [1, 2] }).map((r) => r.name), ['[0]', '[1]']);
  assert.deepEqual(objectRows({ kind: 'newkind', a: 1 }), [{ name: 'a', value: 1 }]);
  assert.equal(refIn({ ref: '0x1' }), '0x1');
  assert.equal(refIn({ type: '*main.T', value: { ref: '0x2' } }), '0x2');
  assert.equal(refIn(3), null);
  const h = layoutHeap({ objects: { '0xa': { kind: 'var', value: 1 }, '0xb': { kind: 'hchan' } } }, new Set(['0xb']), { width: 500 });
  assert.deepEqual(h.boxes.map((b) => b.addr), ['0xa'], 'claimed objects are left to their own views');
});
