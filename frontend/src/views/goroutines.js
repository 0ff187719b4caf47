// Goroutine cards (layout from layout/goroutines.js): goid, status with a text label and a
// colour, wait reason, and each frame with its locals. The goroutine that moved in this step
// is outlined. Keyed by goid.

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip } from '../values.js';
import { HEAD_H, LINE_H } from '../layout/goroutines.js';

export function render(group, cards, prevCards = [], objects = {}) {
  const before = new Map(prevCards.map((c) => [c.key, c]));
  join(group, cards, (c) => c.key, {
    enter: () => {
      const g = createSVG('g', { class: 'goroutine' });
      g.append(
        createSVG('rect', { class: 'card', rx: 8 }),
        createSVG('rect', { class: 'card-head', height: HEAD_H, rx: 8 }),
        createSVG('text', { class: 'card-title', x: 10, y: 18 }),
        createSVG('text', { class: 'card-status', y: 18, 'text-anchor': 'end' }),
        createSVG('g', { class: 'lines' }),
      );
      return g;
    },
    update: (g, card) => {
      moveTo(g, card.x, card.y);
      setAttrs(g, { 'data-goid': card.goid, 'data-status': card.status, 'data-current': card.current ? 'true' : 'false' });
      setAttrs(g.querySelector('.card'), { width: card.w, height: card.h });
      setAttrs(g.querySelector('.card-head'), { width: card.w });
      setText(g.querySelector('.card-title'), `G${card.goid}${card.goid === 1 ? '  main' : ''}`);
      setText(setAttrs(g.querySelector('.card-status'), { x: card.w - 10 }), card.status);
      const lines = card.lines.map((line, i) => ({ ...line, i }));
      join(g.querySelector('.lines'), lines, (l) => l.i, {
        enter: () => createSVG('text', { class: 'line', x: 10 }),
        update: (t, l) => {
          setAttrs(t, { y: HEAD_H + 14 + l.i * LINE_H, 'data-kind': l.kind, x: l.kind === 'local' ? 22 : 10 });
          const text = l.kind === 'local' ? `${l.name} = ${formatValue(l.value, objects)}` : l.text;
          setText(t, clip(text, 34));
        },
      });
      const was = before.get(card.key);
      if (was && was.status !== card.status) flash(g);
    },
  });
}

export function describe(cards) {
  if (!cards.length) return 'No goroutines.';
  return cards.map((c) => {
    const where = c.lines.find((l) => l.kind === 'frame')?.text ?? '';
    return `Goroutine ${c.goid} is ${c.status}${c.waitreason ? ' (' + c.waitreason + ')' : ''}${where ? ' in ' + where : ''}.`;
  }).join(' ');
}
