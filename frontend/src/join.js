// Keyed enter / update / exit, after d3-selection's join: children of `parent` are matched to
// `items` by a stable key (an address, a goid, a sudog address, never a list position), so the
// same runtime object keeps the same element from step to step and can be animated.

/**
 * @param parent  element whose children carry data-key
 * @param items   the data to show, in drawing order
 * @param key     item -> stable key
 * @param enter   item -> new element (make once)
 * @param update  (element, item, isNew) -> void (bring up to date; animate)
 * @param exit    element -> void (default: remove)
 */
export function join(parent, items, key, { enter, update, exit = (el) => el.remove() }) {
  const existing = new Map();
  for (const el of Array.from(parent.children)) {
    const k = el.getAttribute('data-key');
    if (k !== null) existing.set(k, el);
  }
  let position = 0;
  for (const item of items) {
    const k = String(key(item));
    let el = existing.get(k);
    const isNew = !el;
    if (isNew) {
      el = enter(item);
      el.setAttribute('data-key', k);
    } else {
      existing.delete(k);
    }
    const at = parent.children[position] ?? null;
    if (at !== el) parent.insertBefore(el, at);
    update(el, item, isNew);
    position++;
  }
  for (const el of existing.values()) exit(el);
}
