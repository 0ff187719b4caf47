// The generic heap view (layout from layout/heap.js): one box per object the other views do not
// draw, a row per field, and arrows between boxes for pointers. Keyed by address.

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip } from '../values.js';
import { TITLE_H, ROW_H } from '../layout/heap.js';
import { t } from '../i18n.js';

export function render(group, heap, { objects = {}, names = () => [], animate = true } = {}) {
  let edges = group.querySelector(':scope > .heap-edges');
  let boxes = group.querySelector(':scope > .heap-boxes');
  if (!edges) {
    edges = group.appendChild(createSVG('g', { class: 'heap-edges' }));
    boxes = group.appendChild(createSVG('g', { class: 'heap-boxes' }));
  }
  join(boxes, heap.boxes, (b) => b.key, {
    enter: () => {
      const g = createSVG('g', { class: 'heap-object' });
      g.append(createSVG('rect', { class: 'heap-box', rx: 6 }), createSVG('rect', { class: 'heap-head', height: TITLE_H, rx: 6 }), createSVG('text', { class: 'heap-title', x: 8, y: 15 }), createSVG('g', { class: 'rows' }));
      return g;
    },
    update: (g, b, isNew) => {
      moveTo(g, b.x, b.y);
      setAttrs(g, { 'data-addr': b.addr, 'data-kind': b.kind, 'data-changed': b.changed ? 'true' : null });
      setAttrs(g.querySelector('.heap-box'), { width: b.w, height: b.h });
      setAttrs(g.querySelector('.heap-head'), { width: b.w });
      const who = b.names.length ? ` (${b.names.join(', ')})` : '';
      setText(g.querySelector('.heap-title'), clip(`${b.kind} ${b.type} ${b.addr}${who}`, 32));
      const rows = [...b.rows, ...(b.more > 0 ? [{ key: `${b.addr}/…`, name: '…', more: b.more, i: b.rows.length }] : [])];
      join(g.querySelector('.rows'), rows, (r) => r.key, {
        enter: () => createSVG('text', { class: 'heap-row', x: 8 }),
        update: (tx, r) => {
          setAttrs(tx, { y: TITLE_H + 13 + r.i * ROW_H, 'data-changed': r.changed ? 'true' : null, 'data-field': r.name });
          const v = r.more ? t('heap.more', r.more) : r.ref ? refText(r.ref, objects, names) : formatValue(r.value, objects);
          setText(tx, clip(r.more ? v : `${r.name}: ${v}`, 32));
        },
      });
      if (animate && (b.changed || isNew)) flash(g);
    },
  });
  join(edges, heap.edges, (e) => e.key, {
    enter: () => createSVG('path', { class: 'heap-edge', 'marker-end': 'url(#arrow)' }),
    update: (p, e) => {
      const back = e.x2 <= e.x1;
      const mx = back ? Math.max(e.x1, e.x2) + 30 : (e.x1 + e.x2) / 2;
      setAttrs(p, { d: `M${e.x1} ${e.y1} C${mx} ${e.y1} ${back ? e.x2 - 30 : mx} ${e.y2} ${e.x2 - 2} ${e.y2}` });
    },
  });
}

function refText(addr, objects, names) {
  const kind = objects[addr]?.kind ?? '';
  const n = names(addr);
  return `→ ${kind}${n.length ? ' ' + n.join(', ') : ''} ${addr}`.trim();
}

export function describe(heap, objects = {}, names = () => []) {
  return heap.boxes.map((b) => {
    const who = b.names.length ? ` (${b.names.join(', ')})` : '';
    const fields = b.rows.map((r) => `${r.name} = ${r.ref ? refText(r.ref, objects, names) : formatValue(r.value, objects)}`).join(', ');
    return t('heap.desc', b.kind, b.type, b.addr, who, fields);
  }).join(' ');
}
