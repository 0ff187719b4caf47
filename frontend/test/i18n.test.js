import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setMessages, t, format, list } from '../src/i18n.js';
import { readProperties, jsMessages } from './messages.js';
import { layoutScene } from '../src/layout/scene.js';
import * as hchanView from '../src/views/hchan.js';
import * as goroutinesView from '../src/views/goroutines.js';
import * as hmapView from '../src/views/hmap.js';
import * as slicesView from '../src/views/slices.js';

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.js') ? [readFileSync(p, 'utf8')] : [];
  });
}

test('English and Chinese have the same keys', () => {
  const en = Object.keys(readProperties('messages.properties')).sort();
  const zh = Object.keys(readProperties('messages_zh_CN.properties')).sort();
  assert.deepEqual(zh.filter((k) => !en.includes(k)), [], 'only in Chinese');
  assert.deepEqual(en.filter((k) => !zh.includes(k)), [], 'missing in Chinese');
});

test('every message the front end asks for exists', () => {
  const en = jsMessages('messages.properties');
  const code = sources(new URL('../src/', import.meta.url).pathname).join('\n');
  const used = new Set([...code.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((m) => m[1]));
  for (const m of code.matchAll(/title: '([a-z]+\.[a-zA-Z]+)'|'((?:section|map)\.[a-zA-Z]+)'/g)) used.add(m[1] ?? m[2]);
  for (const s of ['running', 'runnable', 'waiting', 'dead']) used.add(`status.${s}`);
  for (const p of ['curg', 'runnext', 'runq', 'global']) used.add(`g.place.${p}`);
  for (const k of ['chan', 'map', 'switch']) used.add(`next.${k}`);
  const missing = [...used].filter((k) => !(k in en));
  assert.deepEqual(missing, []);
});

test('formatting', () => {
  setMessages({ a: '{0} of {1}', 'list.sep': ', ', 'list.and': ' and ' });
  assert.equal(t('a', 1, 2), '1 of 2');
  assert.equal(t('missing'), 'missing');
  assert.equal(format('{0}{0}{2}', ['x']), 'xx{2}');
  assert.equal(list(['a', 'b', 'c']), 'a, b and c');
  assert.equal(list(['a']), 'a');
});

const lines = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

test('the diagrams in words, in English and in Chinese', () => {
  const snap = lines('channel.trace.jsonl')[3];
  setMessages(jsMessages('messages.properties'));
  let scene = layoutScene(snap, 720);
  const en = hchanView.describe(scene.channels, snap.objects);
  assert.match(en, /^Channel ch \(0x[0-9a-f]+\) holds 2 of 2 values: 1, 2; recvx is 0, sendx is 0; it is open; recvq is empty, sendq is empty\.$/);
  assert.match(goroutinesView.describe(scene.goroutines), /^Goroutine 1 is running, in main\.main at line 8(, running on P0)?; it ran this step\.$/);
  setMessages(jsMessages('messages_zh_CN.properties'));
  scene = layoutScene(snap, 720);
  const zh = hchanView.describe(scene.channels, snap.objects);
  assert.match(zh, /channel ch（0x[0-9a-f]+）中有 2 个值，容量 2: 1, 2；recvx 为 0，sendx 为 0/);
  assert.match(goroutinesView.describe(scene.goroutines), /goroutine 1 运行中/);
});

test('maps and slices in words say what the picture shows', () => {
  setMessages(jsMessages('messages.properties'));
  const [prev, snap] = fixture('map-growth.json');
  const scene = layoutScene(snap, 720, prev);
  const words = hmapView.describe(scene.maps, snap.objects);
  assert.match(words, /Map m \(0x[0-9a-f]+\) has 27 entries in 2\^B = 8 buckets \(B = 3\)/);
  assert.match(words, /It is growing: 4 old buckets, of which these are evacuated: 0 and 1; nevacuate is 2\./);
  const [p2, s2] = fixture('slices.json');
  const sl = slicesView.describe(layoutScene(s2, 720, p2).slices, s2.objects);
  assert.match(sl, /Array of 4 int at 0x[0-9a-f]+ holds 1, 2, 3, 9; it is shared by the slices s \(len 4, cap 4, from element 0\) and t \(len 3, cap 3, from element 1\)\./);
});
