// Slices (layout from layout/slices.js): each array that slices point into, with the slice
// headers above it (ptr, len, cap, who holds it) and an arrow to the first element of each
// window; under the cells, each header's window: len solid, the rest of cap dashed. Hovering a
// header (here or a slice local on a goroutine card) highlights its window (main.js).

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip, shortAddr } from '../values.js';
import { PAD, CELL_W, CELL_H } from '../layout/slices.js';
import { t, list } from '../i18n.js';

export function render(group, arrays, { objects = {}, animate = true } = {}) {
  join(group, arrays, (a) => a.key, {
    enter: () => {
      const g = createSVG('g', { class: 'array' });
      g.append(
        createSVG('rect', { class: 'array-box', rx: 8 }),
        createSVG('text', { class: 'array-title', x: PAD, y: PAD + 10 }),
        createSVG('g', { class: 'arrows' }),
        createSVG('g', { class: 'headers' }),
        createSVG('g', { class: 'cells' }),
        createSVG('g', { class: 'windows' }),
        createSVG('g', { class: 'window-labels' }),
      );
      return g;
    },
    update: (g, a, isNew) => {
      moveTo(g, a.x, a.y);
      setAttrs(g, { 'data-addr': a.addr, 'data-shared': a.shared ? 'true' : 'false', 'data-len': a.len });
      setAttrs(g.querySelector('.array-box'), { width: a.width, height: a.height });
      const more = a.len > a.shown ? ' ' + t('slice.truncated', a.shown) : '';
      setText(g.querySelector('.array-title'), `${t('slice.arrayTitle', a.len, a.elemtype, a.addr)}${a.shared ? ' · ' + t('slice.shared') : ''}${more}`);
      join(g.querySelector('.cells'), a.cells, (c) => c.key, {
        enter: () => {
          const c = createSVG('g', { class: 'acell' });
          c.append(createSVG('rect', { class: 'acell-box', width: CELL_W - 2, height: CELL_H }), createSVG('text', { class: 'acell-index', x: 3, y: 9 }), createSVG('text', { class: 'acell-value', x: CELL_W / 2 - 1, y: CELL_H / 2 + 7, 'text-anchor': 'middle' }), createSVG('title'));
          return c;
        },
        update: (c, cell) => {
          moveTo(c, cell.x - a.x, cell.y - a.y);
          const text = formatValue(cell.value, objects);
          setAttrs(c, { 'data-index': cell.index, 'data-changed': cell.changed ? 'true' : null });
          setText(c.querySelector('.acell-index'), cell.index);
          setText(c.querySelector('.acell-value'), clip(text, 6));
          setText(c.querySelector('title'), `[${cell.index}] = ${text}`);
          if (animate && cell.changed) flash(c);
        },
      });
      join(g.querySelector('.headers'), a.headers, (h) => h.key, {
        enter: () => {
          const h = createSVG('g', { class: 'slice-header', tabindex: '0' });
          h.append(createSVG('rect', { class: 'slice-header-box', rx: 5 }), createSVG('text', { class: 'slice-name', x: 6, y: 14 }), createSVG('text', { class: 'slice-fields', x: 6, y: 31 }), createSVG('title'));
          return h;
        },
        update: (h, hd, hNew) => {
          moveTo(h, hd.x - a.x, hd.y - a.y);
          setAttrs(h, { 'data-slice': hd.key, 'data-name': hd.name, 'data-offset': hd.offset, 'data-len': hd.len, 'data-cap': hd.cap, 'data-changed': hd.changed ? 'true' : null, 'aria-label': headerWords(hd) });
          setAttrs(h.querySelector('.slice-header-box'), { width: hd.w, height: hd.h });
          setText(h.querySelector('.slice-name'), clip(`${hd.name} · ${hd.goid != null ? 'G' + hd.goid : hd.owner}`, 22));
          setText(h.querySelector('.slice-fields'), `ptr ${shortAddr(hd.ptr)} len ${hd.len} cap ${hd.cap}`);
          setText(h.querySelector('title'), headerWords(hd));
          if (animate && (hd.changed || hNew)) flash(h);
        },
      });
      join(g.querySelector('.arrows'), a.headers, (h) => h.key, {
        enter: () => createSVG('path', { class: 'slice-arrow', 'marker-end': 'url(#arrow)' }),
        update: (p, hd) => {
          const { x1, y1, x2, y2 } = hd.arrow;
          const [ax1, ay1, ax2, ay2] = [x1 - a.x, y1 - a.y, x2 - a.x, y2 - a.y - 3];
          setAttrs(p, { d: `M${ax1} ${ay1} C${ax1} ${(ay1 + ay2) / 2} ${ax2} ${(ay1 + ay2) / 2} ${ax2} ${ay2}`, 'data-slice': hd.key });
        },
      });
      const segs = a.headers.flatMap((hd) => hd.segments.map((s, i) => ({ ...s, key: `${hd.key}#${i}`, slice: hd.key })));
      join(g.querySelector('.windows'), segs, (s) => s.key, {
        enter: () => createSVG('rect', { class: 'window', rx: 2 }),
        update: (r, s) => setAttrs(r, { x: s.x - a.x, y: s.y - a.y, width: Math.max(2, s.w), height: s.h, 'data-kind': s.kind, 'data-slice': s.slice, 'data-from': s.from, 'data-to': s.to }),
      });
      const labels = a.headers.filter((hd) => hd.segments.length).map((hd) => {
        const last = hd.segments[hd.segments.length - 1];
        return { key: hd.key, name: hd.name, x: last.x + last.w + 4 - a.x, y: last.y + last.h - a.y };
      });
      join(g.querySelector('.window-labels'), labels, (l) => l.key, {
        enter: () => createSVG('text', { class: 'window-label' }),
        update: (tx, l) => setText(setAttrs(tx, { x: l.x, y: l.y, 'data-slice': l.key }), l.name),
      });
      if (animate && isNew) flash(g);
    },
  });
}

function headerWords(hd) {
  return t('slice.headerWords', hd.name, hd.goid != null ? `G${hd.goid}` : hd.owner, hd.len, hd.cap, hd.offset, hd.offset + hd.len - 1, hd.offset + hd.cap - 1);
}

/** The same facts in words. */
export function describe(arrays, objects = {}) {
  return arrays.map((a) => {
    const values = a.cells.slice(0, 16).map((c) => formatValue(c.value, objects)).join(', ') + (a.cells.length > 16 ? '…' : '');
    const headers = list(a.headers.map((hd) => t('slice.headerShort', hd.name, hd.len, hd.cap, hd.offset)));
    return t(a.shared ? 'slice.descShared' : 'slice.desc', a.len, a.elemtype, a.addr, values, headers);
  }).join(' ');
}
