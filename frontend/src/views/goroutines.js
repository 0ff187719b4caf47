// Goroutine cards (layout from layout/goroutines.js): goid, status as a word, a symbol and a
// colour, wait reason, the channel queue a parked goroutine waits in, the current line, and each
// frame with its locals. The goroutine that moved in this step is outlined and marked "ran this
// step"; a runnable card is a button: choosing it makes that goroutine run next (main.js sends
// the choice). Keyed by goid.

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip } from '../values.js';
import { HEAD_H, LINE_H } from '../layout/goroutines.js';
import { t, list } from '../i18n.js';

export const STATUS_SYMBOL = { running: '▶', runnable: '◆', waiting: '❚❚', dead: '✕' };

export function render(group, cards, { objects = {}, names = () => [], animate = true } = {}) {
  join(group, cards, (c) => c.key, {
    enter: () => {
      const g = createSVG('g', { class: 'goroutine' });
      g.append(
        createSVG('rect', { class: 'card', rx: 8 }),
        createSVG('rect', { class: 'card-head', height: HEAD_H, rx: 8 }),
        createSVG('text', { class: 'card-title', x: 10, y: 18 }),
        createSVG('text', { class: 'card-status', y: 18, 'text-anchor': 'end' }),
        createSVG('g', { class: 'lines' }),
        createSVG('title'),
      );
      return g;
    },
    update: (g, card, isNew) => {
      const sig = `${card.x},${card.y},${card.w},${card.h},${card.current},${card.place?.place}${card.place?.p},${card.lines.map((l) => `${l.kind}${l.changed ? '!' : ''}${l.kind === 'local' ? formatValue(l.value, objects) : l.text ?? l.addr}`).join('|')}`;
      if (g.__sig === sig && g.__status === card.status) return;
      g.__sig = sig;
      const statusChanged = g.__status !== undefined && g.__status !== card.status;
      g.__status = card.status;
      moveTo(g, card.x, card.y);
      const label = statusLabel(card);
      setAttrs(g, {
        'data-goid': card.goid,
        'data-status': card.status,
        'data-current': card.current ? 'true' : 'false',
        'data-runnable': card.runnable ? 'true' : 'false',
        role: card.runnable ? 'button' : 'group',
        tabindex: card.runnable ? '0' : '-1',
        'aria-label': card.runnable ? t('g.chooseLabel', card.goid) : `${t('g.title', card.goid)}: ${label}`,
        focusable: card.runnable ? 'true' : 'false',
      });
      setAttrs(g.querySelector('.card'), { width: card.w, height: card.h });
      setAttrs(g.querySelector('.card-head'), { width: card.w });
      setText(g.querySelector('.card-title'), `G${card.goid}${card.goid === 1 ? '  main' : ''}`);
      setText(setAttrs(g.querySelector('.card-status'), { x: card.w - 10 }), `${STATUS_SYMBOL[card.status] ?? ''} ${label}`);
      setText(g.querySelector('title'), card.runnable ? t('g.chooseTitle', card.goid) : `${t('g.title', card.goid)}: ${label}`);
      const lines = card.lines.map((line, i) => ({ ...line, i }));
      join(g.querySelector('.lines'), lines, (l) => l.i, {
        enter: () => createSVG('text', { class: 'line', x: 10 }),
        update: (el, l) => {
          setAttrs(el, {
            y: HEAD_H + 14 + l.i * LINE_H,
            'data-kind': l.kind,
            x: l.kind === 'local' ? 22 : 10,
            'data-slice': l.slice ?? null,
            'data-chan': l.kind === 'parked' ? l.addr : null,
            'data-changed': l.changed ? 'true' : null,
            'data-badge': l.badge ?? null,
          });
          setText(el, clip(lineText(l, objects, names), 34));
        },
      });
      if (animate && !isNew && (statusChanged || card.lines.some((l) => l.changed))) flash(g);
    },
  });
}

export function statusLabel(card) {
  return t(`status.${card.status}`);
}

function lineText(l, objects, names) {
  if (l.kind === 'local') return `${l.name} = ${formatValue(l.value, objects)}`;
  if (l.kind === 'status') return l.text;
  if (l.kind === 'badge') return l.badge === 'current' ? `▶ ${t('g.ranThisStep')}` : `☞ ${t('g.clickToRun')}`;
  if (l.kind === 'frame') return t('g.frame', l.fn, l.line);
  if (l.kind === 'parked') {
    const n = names(l.addr);
    return t('g.parkedIn', l.queue, n.length ? n.join(', ') : l.addr);
  }
  return l.text ?? '';
}

/** The same facts in words. */
export function describe(cards, names = () => []) {
  if (!cards.length) return t('g.none');
  return cards.map((c) => {
    const parts = [t('g.desc', c.goid, statusLabel(c))];
    if (c.waitreason) parts.push(t('g.descWait', c.waitreason));
    for (const p of c.parked) {
      const n = names(p.addr);
      parts.push(t('g.descParked', p.queue, n.length ? n.join(', ') : p.addr));
    }
    if (c.fn) parts.push(t('g.descAt', c.fn, c.line ?? '?'));
    if (c.place) parts.push(t(`g.place.${c.place.place}`, c.place.p ?? ''));
    if (c.current) parts.push(t('g.descCurrent'));
    if (c.runnable) parts.push(t('g.descChoosable'));
    return parts.join('') + t('sentence.end');
  }).join(' ');
}

export function describeList(ids) {
  return list(ids.map((g) => `G${g}`));
}
