// Sizes each embedded sandbox of a lesson page (a same-origin iframe of /play/embed) to its
// content, up to most of the window, so a sandbox needs no scrollbar of its own while its
// picture is small, and grows with it (a new goroutine card, a map that doubles).

/** The height an embedded sandbox should have: its content, between `min` and 90% of the window. */
export function frameHeight(contentHeight, windowHeight, min = 320) {
  const max = Math.max(min, Math.round(windowHeight * 0.9));
  return Math.max(min, Math.min(max, Math.ceil(contentHeight)));
}

function fit(frame, win) {
  const doc = frame.contentDocument;
  if (!doc?.body) return;
  const resize = () => {
    const h = frameHeight(doc.documentElement.scrollHeight, win.innerHeight);
    if (Math.abs(frame.offsetHeight - h) > 2) frame.style.height = `${h}px`;
  };
  resize();
  const Observer = frame.contentWindow?.ResizeObserver;
  if (typeof Observer === 'function') new Observer(resize).observe(doc.body);
}

/** Fits every `iframe.sandbox-frame` of `doc` now and whenever one (re)loads. */
export function fitFrames(doc = globalThis.document, win = globalThis.window) {
  for (const frame of doc.querySelectorAll('iframe.sandbox-frame')) {
    frame.addEventListener('load', () => fit(frame, win));
    if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount) fit(frame, win);
  }
}
