// What an htmx request shows when the server refuses it. htmx swaps nothing for a 4xx or 5xx
// answer, so without this a refused "Load program" or "Check" would do nothing visible. The
// answer's own words are shown when it is plain text (the rate limiter's "Too many requests:
// wait 12 s and try again.", already in the visitor's language); otherwise a short sentence with
// the status. The message replaces the request's target as an alert, as text (never as HTML).

/** The sentence to show for a refused request. */
export function problemText(status, contentType, body, fallback = (s) => `The server refused the request (${s}).`) {
  const text = String(body ?? '').trim();
  if (/^text\/plain\b/i.test(contentType ?? '') && text && text.length <= 500) return text;
  return fallback(status);
}

/** Shows refused htmx requests in their target; `fallback(status)` words the generic case. */
export function installHtmxErrors(doc = globalThis.document, fallback = undefined) {
  doc.body.addEventListener('htmx:beforeSwap', (e) => {
    const xhr = e.detail.xhr;
    if (!xhr || xhr.status < 400) return;
    // answers that explain themselves in HTML, which htmx-setup.js lets htmx swap in as they are
    if (xhr.getResponseHeader('Gopherscope-Reload') || xhr.getResponseHeader('Gopherscope-Attempt')) return;
    const target = e.detail.target;
    e.detail.shouldSwap = false;
    e.detail.isError = false; // handled here: htmx need not report it as an error too
    if (!target) return;
    const box = doc.createElement('div');
    box.className = 'request-problem';
    box.setAttribute('role', 'alert');
    box.textContent = problemText(xhr.status, xhr.getResponseHeader('Content-Type'), xhr.responseText, fallback);
    target.replaceChildren(box);
    target.dispatchEvent(new CustomEvent('gopherscope:problem', { bubbles: true, detail: { status: xhr.status } }));
  });
}
