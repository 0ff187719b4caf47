// The scheduler (layout from layout/sched.js): a row per P with curg, runnext and its local run
// queue, then the global run queue. Goroutines are chips keyed by goid, so a chip glides from
// queue to queue as the scheduler moves it.

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { CHIP_H, SLOT_W, ROW_H, PAD } from '../layout/sched.js';
import { t, list } from '../i18n.js';

export function render(group, sched, { animate = true } = {}) {
  let rows = group.querySelector(':scope > .sched-rows');
  let chips = group.querySelector(':scope > .sched-chips');
  if (!rows) {
    rows = group.appendChild(createSVG('g', { class: 'sched-rows' }));
    chips = group.appendChild(createSVG('g', { class: 'sched-chips' }));
  }
  const rowItems = [...sched.procs.map((p) => ({ ...p, kind: 'p' })), ...(sched.global ? [{ ...sched.global, kind: 'global' }] : [])];
  join(rows, rowItems, (r) => r.key, {
    enter: (r) => {
      const g = createSVG('g', { class: r.kind === 'p' ? 'proc' : 'global-runq' });
      g.append(
        createSVG('rect', { class: 'proc-box', rx: 6 }),
        createSVG('text', { class: 'proc-label', x: PAD, y: ROW_H / 2 + 5 }),
        createSVG('g', { class: 'slots' }),
        createSVG('text', { class: 'queue-empty' }),
      );
      return g;
    },
    update: (g, r) => {
      moveTo(g, r.x, r.y);
      setAttrs(g, { 'data-id': r.kind === 'p' ? r.id : null });
      setAttrs(g.querySelector('.proc-box'), { width: r.w, height: r.h });
      setText(g.querySelector('.proc-label'), r.kind === 'p' ? `P${r.id}` : t('sched.global'));
      const slots = r.kind === 'p'
        ? [
            { key: 'curg', x: r.curgX - r.x, label: 'curg' },
            { key: 'runnext', x: r.nextX - r.x, label: 'runnext' },
            { key: 'runq', x: r.queueX - r.x, label: 'runq' },
          ]
        : [{ key: 'runq', x: r.queueX - r.x, label: 'runq' }];
      join(g.querySelector('.slots'), slots, (s) => s.key, {
        enter: (s) => {
          const sg = createSVG('g', { class: `slot slot-${s.key}` });
          sg.append(createSVG('rect', { class: 'slot-box', rx: 4 }), createSVG('text', { class: 'slot-label', y: -3 }));
          return sg;
        },
        update: (sg, s) => {
          moveTo(sg, s.x - 4, (ROW_H - CHIP_H) / 2 - 2);
          const w = s.key === 'runq' ? Math.max(SLOT_W, r.w - s.x - PAD) : SLOT_W;
          setAttrs(sg.querySelector('.slot-box'), { width: w, height: r.h - (ROW_H - CHIP_H) + 4 });
          setText(setAttrs(sg.querySelector('.slot-label'), { x: 2 }), s.label);
        },
      });
      const empty = r.runq.length === 0;
      setText(setAttrs(g.querySelector('.queue-empty'), { x: r.queueX - r.x + 6, y: ROW_H / 2 + 5 }), empty ? t('sched.empty') : '');
    },
  });
  join(chips, sched.chips, (c) => c.key, {
    enter: () => {
      const g = createSVG('g', { class: 'gchip' });
      g.append(createSVG('rect', { class: 'gchip-box', rx: 12 }), createSVG('text', { class: 'gchip-text', y: CHIP_H / 2 + 4, 'text-anchor': 'middle' }));
      return g;
    },
    update: (g, c, isNew) => {
      moveTo(g, c.x, c.y);
      setAttrs(g, { 'data-goid': c.goid, 'data-slot': c.slot, 'data-p': c.p ?? null, 'data-status': c.status });
      setAttrs(g.querySelector('.gchip-box'), { width: c.w, height: c.h });
      setText(setAttrs(g.querySelector('.gchip-text'), { x: c.w / 2 }), `G${c.goid}`);
      if (animate && c.moved && !isNew) flash(g);
    },
  });
}

export function describe(sched) {
  if (!sched.procs.length) return '';
  const parts = sched.procs.map((p) => {
    const q = p.runq.length ? list(p.runq.map((g) => `G${g}`)) : t('sched.none');
    return t('sched.descP', p.id, p.curg != null ? `G${p.curg}` : t('sched.idle'), p.runnext != null ? `G${p.runnext}` : t('sched.none'), q);
  });
  const g = sched.global?.runq?.length ? list(sched.global.runq.map((x) => `G${x}`)) : t('sched.none');
  parts.push(t('sched.descGlobal', g));
  return parts.join(' ');
}
