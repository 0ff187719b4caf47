// The interface language on the front end. The page carries the `js.*` messages of the
// visitor's language (system/UiMessages, from messages*.properties) as JSON in
// <body data-ui-messages>; t(key, ...args) looks one up and fills in {0}, {1}, ...
// A missing key shows itself, so a forgotten translation is visible rather than silent.

let messages = {};
let lang = 'en';

export function setMessages(table, language = 'en') {
  messages = table ?? {};
  lang = language;
}

/** Reads the messages the server put on the page. */
export function loadMessagesFromPage(doc = globalThis.document) {
  const raw = doc?.body?.dataset?.uiMessages;
  let table = {};
  try {
    table = raw ? JSON.parse(raw) : {};
  } catch {
    table = {};
  }
  setMessages(table, doc?.documentElement?.lang || 'en');
}

export function language() {
  return lang;
}

export function t(key, ...args) {
  const m = messages[key];
  if (m === undefined) return args.length ? `${key}(${args.join(', ')})` : key;
  return args.length ? format(m, args) : m;
}

export function format(message, args) {
  return message.replace(/\{(\d+)\}/g, (all, i) => (Number(i) < args.length ? String(args[Number(i)]) : all));
}

/** Joins a list of phrases the way the language does ("a, b and c" / "a、b 和 c"). */
export function list(items) {
  if (items.length <= 1) return items.join('');
  const sep = t('list.sep');
  return items.slice(0, -1).join(sep) + t('list.and') + items[items.length - 1];
}
