import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemText } from '../src/htmx-errors.js';

test('a plain-text refusal is shown in its own words', () => {
  assert.equal(problemText(429, 'text/plain;charset=UTF-8', 'Too many requests: wait 12 s and try again.\n'),
    'Too many requests: wait 12 s and try again.');
});

test('an HTML or JSON error page, or an empty body, gets the short sentence with the status', () => {
  const fallback = (s) => `refused (${s})`;
  assert.equal(problemText(500, 'text/html', '<html>…</html>', fallback), 'refused (500)');
  assert.equal(problemText(403, 'application/json', '{"status":403}', fallback), 'refused (403)');
  assert.equal(problemText(429, 'text/plain', '  ', fallback), 'refused (429)');
  assert.equal(problemText(502, null, 'x', fallback), 'refused (502)');
});

test('an embedded sandbox is as tall as its content, within bounds', async () => {
  const { frameHeight } = await import('../src/lesson-frame.js');
  assert.equal(frameHeight(500, 1000), 500);
  assert.equal(frameHeight(100, 1000), 320, 'never smaller than the controls need');
  assert.equal(frameHeight(5000, 1000), 900, 'at most 90% of the window');
});
