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
