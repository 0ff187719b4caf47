// What pointing at (or focusing) one thing shows about the things it belongs with, and the panel
// that a click on a map key opens. Hovering a sudog highlights its goroutine (and the other way
// round), hovering a slice header or a slice variable highlights its window of the array.

import { t } from './i18n.js';
import { formatValue } from './values.js';

/** Highlights related elements of `svg` while the pointer or the keyboard focus is on one. */
export function installHover(root, svg) {
  const highlight = (selector) => {
    for (const el of svg.querySelectorAll(selector)) el.classList.add('hl');
  };
  const on = (e) => {
    const target = e.target;
    if (!target?.closest) return;
    const sudog = target.closest('.sudog');
    if (sudog) {
      highlight(`.goroutine[data-goid="${sudog.dataset.g}"], .links [data-goid="${sudog.dataset.g}"]`);
      sudog.classList.add('hl');
      return;
    }
    const card = target.closest('.goroutine');
    if (card) highlight(`.sudog[data-g="${card.dataset.goid}"], .links [data-goid="${card.dataset.goid}"], .gchip[data-goid="${card.dataset.goid}"]`);
    const slice = target.closest('[data-slice]');
    if (slice) highlightWindow(svg, slice.dataset.slice);
  };
  const off = () => {
    for (const el of svg.querySelectorAll('.hl, .in-window, .in-cap')) el.classList.remove('hl', 'in-window', 'in-cap');
  };
  root.addEventListener('mouseover', on);
  root.addEventListener('focusin', on);
  root.addEventListener('mouseout', off);
  root.addEventListener('focusout', off);
}

/** Marks a slice's header and its window: elements [offset, offset+len) and the rest of cap. */
export function highlightWindow(svg, key) {
  const header = svg.querySelector(`.slice-header[data-slice="${CSS.escape(key)}"]`);
  if (!header) return;
  header.classList.add('hl');
  for (const el of svg.querySelectorAll(`[data-slice="${CSS.escape(key)}"]`)) el.classList.add('hl');
  const offset = Number(header.dataset.offset);
  const len = Number(header.dataset.len);
  const cap = Number(header.dataset.cap);
  for (const cell of header.closest('.array').querySelectorAll('.acell')) {
    const i = Number(cell.dataset.index);
    if (i >= offset && i < offset + len) cell.classList.add('in-window');
    else if (i >= offset && i < offset + cap) cell.classList.add('in-cap');
  }
}

/** The rows of a map key's panel, from layout/hmap.js keyFacts: [[label, text]]. */
export function keyDetailRows(f, objects = {}) {
  const rows = [[t('key.key'), formatValue(f.key, objects)], [t('key.elem'), formatValue(f.elem, objects)]];
  if (f.swiss) {
    rows.push([t('key.where'), t('key.whereGroup', f.group, f.slot, f.addr)]);
    rows.push(['H2', t('key.h2', f.h2, f.h2bits)]);
    return rows;
  }
  const where = f.old ? t('key.whereOld', f.bucket, f.slot, f.addr)
    : f.overflowIndex ? t('key.whereOverflow', f.bucket, f.overflowIndex, f.slot, f.addr)
      : t('key.whereBucket', f.bucket, f.slot, f.addr);
  rows.push([t('key.where'), where]);
  rows.push(['tophash', t('key.tophash', f.tophashHex, f.tophashBits)]);
  rows.push([t('key.bucketRule'), f.B > 0 ? t('key.bucketBits', f.B, f.mask, f.bucket, f.lowBits) : t('key.bucketZero')]);
  rows.push([t('key.hash'), t('key.hashKnown', f.tophashBits, f.B > 0 ? f.lowBits : '')]);
  return rows;
}

/** Fills and opens a details panel: a title, label/text rows and a close button (focused). */
export function showPanel(panel, title, rows, closeLabel) {
  const doc = panel.ownerDocument;
  const h = doc.createElement('h3');
  h.textContent = title;
  const dl = doc.createElement('dl');
  for (const [k, v] of rows) {
    const dt = doc.createElement('dt');
    dt.textContent = k;
    const dd = doc.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = closeLabel;
  panel.replaceChildren(h, dl, close);
  panel.hidden = false;
  close.focus({ preventScroll: true });
}
