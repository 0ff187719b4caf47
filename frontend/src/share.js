// Share links: everything that decides a run (program, Go version, seed, GOMAXPROCS, the manual
// scheduling choices) and the step on screen, in the URL's fragment, so the link works without
// the server storing anything and the program never travels in a request line or a log.
//
//   /play#v=1&go=1.23&seed=1&procs=1&step=12&choices=3:6,9:7&src=<base64url of the UTF-8 source>

/** The fragment for a run. `choices` is a list of [step, goid]. */
export function encodeShare({ source, go, seed, procs, step, choices = [] }) {
  const parts = [
    'v=1',
    `go=${encodeURIComponent(go)}`,
    `seed=${encodeURIComponent(String(seed))}`,
    `procs=${encodeURIComponent(String(procs))}`,
    `step=${Number(step)}`,
  ];
  if (choices.length) parts.push(`choices=${choices.map(([s, g]) => `${Number(s)}:${Number(g)}`).join(',')}`); // digits, ':' and ',' need no escaping in a fragment
  parts.push(`src=${toBase64Url(source)}`);
  return parts.join('&');
}

/** Reads a fragment (with or without its #); null when it is not a share link. */
export function decodeShare(fragment) {
  const p = new URLSearchParams(String(fragment ?? '').replace(/^#/, ''));
  if (p.get('v') !== '1' || !p.has('src')) return null;
  try {
    const choices = (p.get('choices') ?? '').split(',').filter(Boolean).map((c) => c.split(':').map(Number));
    if (choices.some((c) => c.length !== 2 || c.some((n) => !Number.isInteger(n) || n < 0))) return null;
    return {
      source: fromBase64Url(p.get('src')),
      go: p.get('go') ?? '1.23',
      seed: Number(p.get('seed') ?? 1),
      procs: Number(p.get('procs') ?? 1),
      step: Math.max(0, Number(p.get('step') ?? 0) || 0),
      choices,
    };
  } catch {
    return null;
  }
}

/** The choices after choosing goroutine `goid` at `step`: a choice branches the run, so later ones go. */
export function addChoice(choices, step, goid) {
  return [...choices.filter(([s]) => s < step), [step, goid]];
}

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s) {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
