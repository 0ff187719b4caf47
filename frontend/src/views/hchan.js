// Draws every channel of the snapshot (layout from layout/hchan.js): the hchan header fields,
// the ring buffer's cells with their values, the recvx and sendx markers, and the recvq and
// sendq chains of parked goroutines' sudogs. Keyed by simulated address, so a channel, a cell
// or a sudog keeps its element from step to step; values that changed flash and stay marked
// for the step, markers glide. Hovering a sudog highlights its goroutine (main.js).

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip } from '../values.js';
import { PAD, TITLE_H, CELL_W, CELL_H } from '../layout/hchan.js';
import { t, list } from '../i18n.js';

export function render(group, channels, { objects = {}, animate = true } = {}) {
  join(group, channels, (c) => c.key, {
    enter: makeChannel,
    update: (el, c, isNew) => updateChannel(el, c, objects, animate && !isNew),
  });
}

function makeChannel() {
  const g = createSVG('g', { class: 'hchan' });
  g.append(
    createSVG('rect', { class: 'hchan-box', rx: 8 }),
    createSVG('text', { class: 'hchan-title', x: PAD, y: PAD + 14 }),
    createSVG('text', { class: 'hchan-addr', y: PAD + 14, 'text-anchor': 'end' }),
    createSVG('g', { class: 'fields' }),
    createSVG('text', { class: 'unbuffered-note' }),
    createSVG('g', { class: 'cells' }),
    createSVG('g', { class: 'markers' }),
    createSVG('g', { class: 'queues' }),
  );
  return g;
}

function updateChannel(el, c, objects, animate) {
  moveTo(el, c.x, c.y);
  setAttrs(el, { 'data-addr': c.addr, 'data-closed': c.fields.find((f) => f.name === 'closed').value ? 'true' : 'false' });
  setAttrs(el.querySelector('.hchan-box'), { width: c.width, height: c.height });
  const names = c.names.length ? `  ${c.names.join(', ')}` : '';
  setText(el.querySelector('.hchan-title'), `chan ${c.elemtype}${names}`);
  setText(setAttrs(el.querySelector('.hchan-addr'), { x: c.width - PAD }), `hchan ${c.addr}`);
  renderFields(el.querySelector('.fields'), c, animate);
  const note = el.querySelector('.unbuffered-note');
  setAttrs(note, { x: PAD, y: PAD + TITLE_H + 24 + CELL_H / 2 + 5, visibility: c.unbuffered ? 'visible' : 'hidden' });
  setText(note, c.unbuffered ? t('chan.unbufferedNote') : '');
  renderCells(el.querySelector('.cells'), c, objects, animate);
  renderMarkers(el.querySelector('.markers'), c);
  renderQueues(el.querySelector('.queues'), c, objects, animate);
}

function renderFields(group, c, animate) {
  let x = PAD;
  const y = PAD + TITLE_H + 14;
  const items = c.fields.map((f) => {
    const text = `${f.name} ${f.value}`;
    const item = { ...f, text, x };
    x += text.length * 7.4 + 18;
    return item;
  });
  join(group, items, (f) => f.name, {
    enter: (f) => {
      const tx = createSVG('text', { class: 'field', 'data-field': f.name });
      tx.append(createSVG('tspan', { class: 'field-name' }), createSVG('tspan', { class: 'field-value', dx: 5 }));
      return tx;
    },
    update: (tx, f) => {
      setAttrs(tx, { x: f.x, y, 'data-value': f.value, 'data-changed': f.changed ? 'true' : null });
      setText(tx.querySelector('.field-name'), f.name);
      setText(tx.querySelector('.field-value'), f.value);
      if (animate && f.changed) flash(tx);
    },
  });
}

function renderCells(group, c, objects, animate) {
  join(group, c.cells, (cell) => cell.key, {
    enter: () => {
      const g = createSVG('g', { class: 'cell' });
      g.append(
        createSVG('rect', { class: 'cell-box', width: CELL_W, height: CELL_H }),
        createSVG('text', { class: 'cell-index', x: 4, y: 11 }),
        createSVG('text', { class: 'cell-value', x: CELL_W / 2, y: CELL_H / 2 + 6, 'text-anchor': 'middle' }),
        createSVG('title'),
      );
      return g;
    },
    update: (g, cell) => {
      const text = formatValue(cell.value, objects);
      setAttrs(g, { 'data-index': cell.index, 'data-occupied': cell.occupied ? 'true' : 'false', 'data-changed': cell.changed ? 'true' : null });
      moveTo(g, cell.x, cell.y);
      setText(g.querySelector('.cell-index'), cell.index);
      setText(g.querySelector('.cell-value'), clip(text, 6));
      setText(g.querySelector('title'), t(cell.occupied ? 'chan.cellQueued' : 'chan.cellFree', cell.index, text));
      if (animate && cell.changed) flash(g);
    },
  });
}

function renderMarkers(group, c) {
  join(group, c.markers, (m) => m.key, {
    enter: (m) => {
      const g = createSVG('g', { class: `marker marker-${m.name}` });
      const down = m.name === 'recvx';
      // an arrow pointing at the cell edge: from above for recvx, from below for sendx
      g.append(
        createSVG('path', { class: 'marker-arrow', d: down ? 'M0 -2 L-6 -12 L6 -12 Z' : 'M0 2 L-6 12 L6 12 Z' }),
        createSVG('text', { class: 'marker-label', x: 10, y: down ? -6 : 16 }),
      );
      return g;
    },
    update: (g, m) => {
      setAttrs(g, { 'data-index': m.index, 'data-name': m.name });
      moveTo(g, m.x, m.y);
      setText(g.querySelector('.marker-label'), `${m.name} ${m.index}`);
    },
  });
}

function renderQueues(group, c, objects, animate) {
  join(group, c.queues, (q) => q.key, {
    enter: (q) => {
      const g = createSVG('g', { class: 'queue', 'data-queue': q.name });
      g.append(createSVG('text', { class: 'queue-label', x: 0, y: 24 }, q.name), createSVG('text', { class: 'queue-empty', x: 56, y: 24 }), createSVG('g', { class: 'sudogs' }));
      return g;
    },
    update: (g, q) => {
      moveTo(g, q.x, q.y);
      setAttrs(g, { 'data-length': q.sudogs.length });
      setText(g.querySelector('.queue-empty'), q.sudogs.length ? '' : t('chan.queueEmpty'));
      join(g.querySelector('.sudogs'), q.sudogs.map((s) => ({ ...s, x: s.x - q.x, y: s.y - q.y })), (s) => s.key, {
        enter: () => {
          const s = createSVG('g', { class: 'sudog' });
          s.append(createSVG('rect', { class: 'sudog-box', rx: 5, width: 108, height: 30 }), createSVG('text', { class: 'sudog-text', x: 8, y: 19 }), createSVG('title'));
          return s;
        },
        update: (s, sg, isNew) => {
          moveTo(s, sg.x, sg.y);
          setAttrs(s, { 'data-g': sg.g, 'data-sudog': sg.key });
          const elem = q.name === 'sendq' ? ` elem ${clip(formatValue(sg.elem, objects), 6)}` : '';
          setText(s.querySelector('.sudog-text'), `G${sg.g}${elem}`);
          const what = q.name === 'sendq' ? t('chan.sudogSends', sg.g, formatValue(sg.elem, objects)) : t('chan.sudogReceives', sg.g);
          setText(s.querySelector('title'), `sudog ${sg.addr ?? ''}: ${what}${sg.isSelect ? ' ' + t('chan.inSelect') : ''}`);
          if (animate && isNew) flash(s);
        },
      });
    },
  });
}

/** The same facts in words, for screen readers. */
export function describe(channels, objects = {}) {
  return channels.map((c) => {
    const name = c.names.length ? c.names.join(', ') : t('chan.anonymous');
    const closed = c.fields.find((f) => f.name === 'closed').value ? t('chan.closed') : t('chan.open');
    if (c.unbuffered) {
      return t('chan.descUnbuffered', name, c.addr, closed, queueWords(c, objects));
    }
    const queued = c.cells.filter((cell) => cell.occupied).map((cell) => formatValue(cell.value, objects));
    const recvx = c.markers.find((m) => m.name === 'recvx').index;
    const sendx = c.markers.find((m) => m.name === 'sendx').index;
    return t('chan.descBuffered', name, c.addr, queued.length, c.cells.length, queued.length ? ': ' + queued.join(', ') : '', recvx, sendx, closed, queueWords(c, objects));
  }).join(' ');
}

function queueWords(c, objects) {
  return c.queues.map((q) => {
    if (!q.sudogs.length) return t('chan.queueIsEmpty', q.name);
    return t('chan.queueHolds', q.name, list(q.sudogs.map((s) => (q.name === 'sendq' ? t('chan.gSending', s.g, formatValue(s.elem, objects)) : t('chan.gReceiving', s.g)))));
  }).join(t('list.sep'));
}
