// One run's Server-Sent Events stream, on a plain EventSource (STYLE.md guideline 15: JSON
// does not go through htmx). Events: `step` (id = `<branch>-<step>`; data = a full snapshot or
// a delta), `rewind` (id = `<new branch>-<step>`: manual scheduling branched the run there,
// later steps are gone), then exactly one of `done`, `limit` or `error`, after which the stream
// is closed so the browser does not reconnect and replay it.
//
// The browser reconnects by itself after a dropped connection and sends Last-Event-ID. When
// it gives up (readyState CLOSED), we reconnect a few times with ?lastEventId= instead. Ids are
// opaque here: the server resumes after one only on the branch it names, and otherwise sends
// the whole history again from a full snapshot (the store keeps the cursor where it was).

const TERMINAL = ['done', 'limit'];
const MAX_RETRIES = 5;

export function openStream(url, handlers, { EventSourceImpl = globalThis.EventSource, retryDelay = 1500, from = null } = {}) {
  let source = null;
  let closed = false;
  let lastEventId = from;
  let retries = 0;
  let timer = null;

  const finish = () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };

  const connect = () => {
    const target = lastEventId == null ? url : `${url}${url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastEventId)}`;
    source = new EventSourceImpl(target);
    source.addEventListener('open', () => {
      retries = 0;
      handlers.connection?.('open');
    });
    source.addEventListener('step', (e) => {
      if (e.lastEventId) lastEventId = e.lastEventId;
      handlers.step?.(JSON.parse(e.data));
    });
    source.addEventListener('rewind', (e) => {
      if (e.lastEventId) lastEventId = e.lastEventId;
      handlers.rewind?.(JSON.parse(e.data));
    });
    for (const name of TERMINAL) {
      source.addEventListener(name, (e) => {
        finish();
        handlers[name]?.(JSON.parse(e.data));
      });
    }
    source.addEventListener('error', (e) => {
      if (typeof e.data === 'string') {
        // the server's own `error` event, not a connection problem
        finish();
        handlers.error?.(JSON.parse(e.data));
        return;
      }
      if (closed) return;
      if (source.readyState === EventSourceImpl.CLOSED) {
        if (++retries > MAX_RETRIES) {
          finish();
          handlers.connection?.('failed');
          return;
        }
        handlers.connection?.('reconnecting');
        timer = setTimeout(connect, retryDelay * retries);
      } else {
        handlers.connection?.('reconnecting');
      }
    });
  };

  connect();
  return {
    close: finish,
    get closed() {
      return closed;
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}
