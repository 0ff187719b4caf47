// Tiny helpers for building SVG by hand (no framework).

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and optional text content. */
export function createSVG(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Sets attributes, skipping unchanged ones; null or undefined removes an attribute. */
export function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) {
      el.removeAttribute(name);
    } else {
      const v = String(value);
      if (el.getAttribute(name) !== v) el.setAttribute(name, v);
    }
  }
  return el;
}

/** Sets text content only when it changed (keeps the DOM quiet). */
export function setText(el, text) {
  const t = String(text);
  if (el.textContent !== t) el.textContent = t;
  return el;
}

/** Moves a group with a CSS transform, which the stylesheet animates. */
export function moveTo(el, x, y) {
  const t = `translate(${x}px, ${y}px)`;
  if (el.style.transform !== t) el.style.transform = t;
  return el;
}

let reducedMotion = null;
let flashes = 0;
/** Flashes per drawn step: a step that changes hundreds of things (a map growing) is marked, not strobed. */
export const MAX_FLASHES = 48;

/** Starts counting the flashes of one drawn step. */
export function beginFrame() {
  flashes = 0;
}

/** Briefly highlights an element that changed in this step. */
export function flash(el) {
  reducedMotion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)') ?? { matches: false };
  if (++flashes > MAX_FLASHES) return;
  if (typeof el.animate === 'function' && !reducedMotion.matches) {
    el.animate([{ opacity: 0.25 }, { opacity: 1 }], { duration: 450, easing: 'ease-out' });
  }
}
