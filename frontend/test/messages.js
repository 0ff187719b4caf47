// The interface messages as the server sends them to the browser, read straight from
// src/main/resources/messages*.properties (for tests of text the front end writes).

import { readFileSync } from 'node:fs';

const resources = new URL('../../src/main/resources/', import.meta.url);

/** Reads a .properties file (UTF-8, as Spring reads ours): key -> raw value. */
export function readProperties(name) {
  const text = readFileSync(new URL(name, resources), 'utf8');
  const out = {};
  for (const raw of text.split('\n')) {
    if (/^\s*([#!]|$)/.test(raw)) continue;
    const m = /^([^=:\s]+)\s*[=:]\s?(.*)$/.exec(raw);
    if (!m) continue;
    out[m[1]] = m[2].replace(/^\\ /, ' ').replace(/\\(.)/g, '$1');
  }
  return out;
}

export function jsMessages(name) {
  const all = readProperties(name);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('js.')).map(([k, v]) => [k.slice(3), v]));
}

