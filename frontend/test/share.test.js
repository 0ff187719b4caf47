import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeShare, decodeShare, addChoice } from '../src/share.js';

test('a share link carries the program, the inputs, the choices and the step', () => {
  const run = { source: 'package main\n\nfunc main() {\n\tprintln("héllo, 世界")\n}\n', go: '1.19', seed: 7, procs: 2, step: 12, choices: [[3, 6], [9, 7]] };
  const fragment = encodeShare(run);
  assert.doesNotMatch(fragment, /[+/=]src|\s/, 'URL-safe');
  assert.deepEqual(decodeShare('#' + fragment), run);
  assert.deepEqual(decodeShare(fragment), run);
});

test('anything else is not a share link', () => {
  assert.equal(decodeShare(''), null);
  assert.equal(decodeShare('#main'), null);
  assert.equal(decodeShare('#v=1&src=!!!'), null);
  assert.equal(decodeShare('#v=1&src=YQ&choices=1:x'), null);
});

test('choosing at a step drops the choices after it', () => {
  assert.deepEqual(addChoice([[3, 6], [9, 7]], 5, 8), [[3, 6], [5, 8]]);
  assert.deepEqual(addChoice([], 0, 6), [[0, 6]]);
});
