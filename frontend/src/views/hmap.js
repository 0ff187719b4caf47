// Maps (layout from layout/hmap.js): the header with its fields (flags decoded), the bucket
// array with 8 slots per bucket (tophash, key, elem) and overflow chains, and during growth the
// old bucket array with evacuated buckets marked and the nevacuate arrow. Swiss-table maps show
// their tables and groups with control bytes. Boxes are keyed by bucket address and skipped when
// their bucket object did not change (the store shares unchanged objects between steps), which
// keeps a map of a thousand entries quick to redraw. Clicking a slot shows the key's facts
// (main.js, keyFacts). A live `range` over the map shows as a line of its iterator's fields
// under the header and a marker (an outline and a pointer, not colour alone) on the slot of the
// entry the loop body has.

import { createSVG, setAttrs, setText, moveTo, flash } from '../svg.js';
import { join } from '../join.js';
import { formatValue, clip } from '../values.js';
import { PAD, TITLE_H, SLOT_W, SLOT_H, BOX_PAD, MINI_SLOT_W, MINI_SLOT_H, hex } from '../layout/hmap.js';
import { t, list } from '../i18n.js';

export function render(group, maps, { objects = {}, animate = true } = {}) {
  join(group, maps, (m) => m.key, {
    enter: () => {
      const g = createSVG('g', { class: 'hmap' });
      g.append(
        createSVG('rect', { class: 'hmap-box', rx: 8 }),
        createSVG('text', { class: 'hmap-title', x: PAD, y: PAD + 14 }),
        createSVG('text', { class: 'hmap-addr', y: PAD + 14, 'text-anchor': 'end' }),
        createSVG('g', { class: 'fields' }),
        createSVG('g', { class: 'map-sections' }),
        createSVG('g', { class: 'map-edges' }),
        createSVG('g', { class: 'buckets' }),
        createSVG('g', { class: 'map-marker' }),
        createSVG('g', { class: 'map-iters' }),
        createSVG('g', { class: 'iter-markers' }),
      );
      return g;
    },
    update: (g, m, isNew) => updateMap(g, m, objects, animate && !isNew),
  });
}

function updateMap(g, m, objects, animate) {
  moveTo(g, m.x, m.y);
  setAttrs(g, { 'data-addr': m.addr, 'data-kind': m.kind, 'data-growing': m.growing ? 'true' : 'false', 'data-mode': m.sections.some((s) => s.compact) ? 'compact' : 'detail' });
  setAttrs(g.querySelector('.hmap-box'), { width: m.width, height: m.height });
  const names = m.names.length ? `  ${m.names.join(', ')}` : '';
  setText(g.querySelector('.hmap-title'), `map[${m.keytype}]${m.elemtype}${names}`);
  setText(setAttrs(g.querySelector('.hmap-addr'), { x: m.width - PAD }), `${m.kind} ${m.addr}`);

  let fx = PAD;
  const fields = m.fields.map((f) => {
    const item = { ...f, x: fx };
    fx += (f.name.length + String(f.text).length) * 7.2 + 22;
    return item;
  });
  join(g.querySelector('.fields'), fields, (f) => f.name, {
    enter: (f) => {
      const tx = createSVG('text', { class: 'field', 'data-field': f.name });
      tx.append(createSVG('tspan', { class: 'field-name' }), createSVG('tspan', { class: 'field-value', dx: 5 }));
      return tx;
    },
    update: (tx, f) => {
      setAttrs(tx, { x: f.x, y: PAD + TITLE_H + 12, 'data-value': f.value ?? '', 'data-changed': f.changed ? 'true' : null });
      setText(tx.querySelector('.field-name'), f.name);
      setText(tx.querySelector('.field-value'), f.text);
      if (animate && f.changed) flash(tx);
    },
  });

  join(g.querySelector('.map-sections'), m.sections, (s) => s.key, {
    enter: () => createSVG('text', { class: 'map-section-title' }),
    update: (tx, s) => {
      setAttrs(tx, { x: s.x - m.x, y: s.y - m.y + 15, 'data-section': s.name });
      setText(tx, t(s.title, ...s.args) + (s.compact ? ' ' + t('map.compact') : ''));
    },
  });

  join(g.querySelector('.map-edges'), m.edges, (e) => e.key, {
    enter: () => createSVG('path', { class: 'overflow-edge', 'marker-end': 'url(#arrow)' }),
    update: (p, e) => setAttrs(p, { d: `M${e.x1 - m.x} ${e.y1 - m.y} L${e.x2 - m.x - 3} ${e.y2 - m.y}` }),
  });

  join(g.querySelector('.buckets'), m.boxes, (b) => b.key, {
    enter: (b) => (b.compact ? makeMini() : makeBox()),
    update: (el, b, isNew) => {
      if ((el.__compact ?? b.compact) !== b.compact) {
        // the array switched between detail and compact drawing: rebuild this box
        const fresh = b.compact ? makeMini() : makeBox();
        fresh.setAttribute('data-key', b.key);
        el.replaceWith(fresh);
        el = fresh;
      }
      el.__compact = b.compact;
      const sig = `${b.x},${b.y},${b.changed},${b.evacuated},${b.section},${b.lineStart}`;
      if (el.__obj === b.obj && el.__sig === sig) return;
      el.__obj = b.obj;
      el.__sig = sig;
      moveTo(el, b.x - m.x, b.y - m.y);
      setAttrs(el, {
        'data-addr': b.addr,
        'data-map': m.addr,
        'data-index': b.bucket,
        'data-overflow': b.overflowIndex,
        'data-old': b.old ? 'true' : 'false',
        'data-evacuated': b.evacuated ? 'true' : 'false',
        'data-changed': b.changed ? 'true' : null,
      });
      if (b.compact) updateMini(el, b, objects);
      else updateBox(el, b, m, objects);
      if (animate && (b.changed || isNew)) flash(el);
    },
  });

  renderIters(g, m, objects, animate);

  const marker = g.querySelector('.map-marker');
  const items = m.marker ? [m.marker] : [];
  join(marker, items, (k) => k.key, {
    enter: () => {
      const mk = createSVG('g', { class: 'nevacuate' });
      mk.append(createSVG('path', { class: 'nevacuate-arrow', d: 'M0 0 L10 -6 L10 6 Z' }), createSVG('text', { class: 'nevacuate-label', x: 13, y: 4 }));
      return mk;
    },
    update: (mk, k) => {
      moveTo(mk, k.x - m.x, k.y - m.y);
      setAttrs(mk, { 'data-index': k.index });
      setText(mk.querySelector('.nevacuate-label'), `← nevacuate ${k.index}`);
    },
  });
}

function renderIters(g, m, objects, animate) {
  join(g.querySelector('.map-iters'), m.iters, (it) => it.key, {
    enter: () => {
      const tx = createSVG('text', { class: 'iter-line' });
      tx.append(createSVG('tspan', { class: 'iter-name' }), createSVG('tspan', { class: 'iter-fields', dx: 6 }), createSVG('tspan', { class: 'iter-at', dy: 15 }));
      return tx;
    },
    update: (tx, it) => {
      setAttrs(tx, { x: it.x - m.x, y: it.y - m.y + 12, 'data-addr': it.addr, 'data-kind': it.kind, 'data-slot': it.mark?.slot ?? '', 'data-bucket': it.mark?.bucket ?? '' });
      setText(tx.querySelector('.iter-name'), iterName(it));
      setText(tx.querySelector('.iter-fields'), it.fields.map((f) => `${f.name} ${f.text}`).join(' · '));
      setAttrs(tx.querySelector('.iter-at'), { x: it.x - m.x + 14 });
      setText(tx.querySelector('.iter-at'), '→ ' + iterAt(it, objects));
      if (animate && it.it !== it.prevIt) flash(tx);
    },
  });
  const marks = m.iters.filter((it) => it.mark).map((it) => ({ ...it.mark, key: it.key, it }));
  join(g.querySelector('.iter-markers'), marks, (k) => k.key, {
    enter: () => {
      const mk = createSVG('g', { class: 'iter-marker' });
      mk.append(createSVG('rect', { class: 'iter-slot', rx: 3 }), createSVG('path', { class: 'iter-pointer' }), createSVG('title'));
      return mk;
    },
    update: (mk, k) => {
      moveTo(mk, k.x - m.x, k.y - m.y);
      setAttrs(mk, { 'data-iter': k.key, 'data-box': k.box, 'data-slot': k.slot });
      setAttrs(mk.querySelector('.iter-slot'), { x: -1, y: -1, width: k.w + 2, height: k.h + 2 });
      const cx = k.w / 2;
      setAttrs(mk.querySelector('.iter-pointer'), { d: `M${cx - 5} -9 L${cx + 5} -9 L${cx} -2 Z` });
      setText(mk.querySelector('title'), t('map.iterTitle', iterName(k.it), k.key));
    },
  });
}

function iterName(it) {
  return it.names.length ? it.names.join(', ') : it.kind;
}

function iterAt(it, objects) {
  const k = it.mark;
  if (!k) return it.it.slot === null || it.it.slot === undefined ? t('map.iterNowhere') : `${formatValue(it.it.key, objects)}`;
  const entry = `${formatValue(k.k, objects)}: ${formatValue(k.v, objects)}`;
  if (it.kind === 'swissiter') return t('map.iterAtGroup', k.bucket, k.slot, entry);
  return t(k.old ? 'map.iterAtOld' : 'map.iterAt', k.bucket, k.slot, entry);
}

function makeBox() {
  const g = createSVG('g', { class: 'bucket' });
  g.append(createSVG('text', { class: 'bucket-label', x: -6, y: SLOT_H / 2 + 8, 'text-anchor': 'end' }), createSVG('text', { class: 'bucket-note', x: -6, y: SLOT_H / 2 + 21, 'text-anchor': 'end' }), createSVG('rect', { class: 'bucket-box', rx: 4 }), createSVG('g', { class: 'slots' }), createSVG('title'));
  return g;
}

function makeMini() {
  const g = createSVG('g', { class: 'bucket mini' });
  g.append(createSVG('text', { class: 'bucket-label', x: -6, y: MINI_SLOT_H - 1, 'text-anchor': 'end' }), createSVG('rect', { class: 'bucket-box', rx: 3 }), createSVG('g', { class: 'slots' }), createSVG('title'));
  return g;
}

function markText(b, s) {
  if (b.swiss) return s.state === 'full' ? hex(s.mark).slice(2) : s.state === 'deleted' ? 'del' : '—';
  switch (s.state) {
    case 'full': return hex(s.mark).slice(2);
    case 'evacuatedX': return '→X';
    case 'evacuatedY': return '→Y';
    case 'evacuatedEmpty': return '→∅';
    default: return String(s.mark);
  }
}

function updateBox(el, b, m, objects) {
  setAttrs(el.querySelector('.bucket-box'), { width: b.w, height: b.h });
  const label = b.overflowIndex === 0 ? `[${b.bucket}]` : '';
  setText(el.querySelector('.bucket-label'), label);
  setText(el.querySelector('.bucket-note'), b.evacuated ? t('map.evacuated') : b.overflowIndex > 0 ? '' : '');
  setText(el.querySelector('title'), boxTitle(b, m, objects));
  join(el.querySelector('.slots'), b.slots, (s) => s.i, {
    enter: () => {
      const sg = createSVG('g', { class: 'slot' });
      sg.append(
        createSVG('rect', { class: 'slot-box', width: SLOT_W - 2, height: SLOT_H }),
        createSVG('text', { class: 'slot-mark', x: 3, y: 10 }),
        createSVG('text', { class: 'slot-key', x: SLOT_W / 2 - 1, y: 26, 'text-anchor': 'middle' }),
        createSVG('text', { class: 'slot-elem', x: SLOT_W / 2 - 1, y: 40, 'text-anchor': 'middle' }),
        createSVG('title'),
      );
      return sg;
    },
    update: (sg, s) => {
      moveTo(sg, BOX_PAD + s.i * SLOT_W + 1, BOX_PAD);
      const full = s.state === 'full';
      setAttrs(sg, { 'data-slot': s.i, 'data-state': s.state, 'data-changed': s.changed ? 'true' : null, tabindex: full ? '0' : null, role: full ? 'button' : null });
      setText(sg.querySelector('.slot-mark'), markText(b, s));
      setText(sg.querySelector('.slot-key'), full ? clip(formatValue(s.k, objects), 6) : '');
      setText(sg.querySelector('.slot-elem'), full ? clip(formatValue(s.v, objects), 6) : '');
      setText(sg.querySelector('title'), slotTitle(b, s, objects));
    },
  });
}

function updateMini(el, b, objects) {
  setAttrs(el.querySelector('.bucket-box'), { width: b.w, height: b.h });
  setText(el.querySelector('.bucket-label'), b.lineStart ? `[${b.bucket}]` : '');
  setText(el.querySelector('title'), `${b.old ? 'oldbuckets' : b.swiss ? 'group' : 'bucket'} [${b.bucket}]${b.overflowIndex ? ' overflow ' + b.overflowIndex : ''}${b.evacuated ? ' · ' + t('map.evacuated') : ''}: ${b.slots.filter((s) => s.state === 'full').map((s) => `${formatValue(s.k, objects)}: ${formatValue(s.v, objects)}`).join(', ') || t('map.emptyBucket')}`);
  join(el.querySelector('.slots'), b.slots, (s) => s.i, {
    enter: () => createSVG('rect', { class: 'mini-slot', width: MINI_SLOT_W - 1, height: MINI_SLOT_H }),
    update: (r, s) => setAttrs(r, { x: BOX_PAD + s.i * MINI_SLOT_W, y: BOX_PAD, 'data-slot': s.i, 'data-state': s.state, 'data-changed': s.changed ? 'true' : null }),
  });
}

function boxTitle(b, m, objects) {
  const n = b.slots.filter((s) => s.state === 'full').length;
  const what = b.swiss ? t('map.groupTitle', b.bucket, b.addr) : b.old ? t('map.oldBucketTitle', b.bucket, b.addr) : b.overflowIndex ? t('map.overflowTitle', b.bucket, b.overflowIndex, b.addr) : t('map.bucketTitle', b.bucket, b.addr);
  return `${what}: ${t('map.slotsUsed', n)}${b.evacuated ? ' · ' + t('map.evacuated') : ''}`;
}

function slotTitle(b, s, objects) {
  const mark = b.swiss ? `ctrl ${hex(s.mark)}` : `tophash ${hex(s.mark)}${s.state !== 'full' ? ' (' + s.state + ')' : ''}`;
  if (s.state !== 'full') return `${s.i}: ${mark}`;
  return `${s.i}: ${mark} · ${formatValue(s.k, objects)}: ${formatValue(s.v, objects)} · ${t('map.clickForKey')}`;
}

/** The same facts in words. */
export function describe(maps, objects = {}) {
  return maps.map((m) => {
    const name = m.names.length ? m.names.join(', ') : t('map.anonymous');
    const entries = [];
    for (const b of m.boxes) {
      if (b.old && b.evacuated) continue;
      for (const s of b.slots) if (s.state === 'full') entries.push(`${formatValue(s.k, objects)}: ${formatValue(s.v, objects)}`);
    }
    const shown = entries.slice(0, 12).join(', ') + (entries.length > 12 ? t('map.andMore', entries.length - 12) : '');
    const iters = (m.iters ?? []).map((it) => it.kind === 'swissiter'
      ? ' ' + t('map.descIterSwiss', iterName(it), iterAt(it, objects))
      : ' ' + t('map.descIter', iterName(it), it.it.startBucket, it.it.offset, iterAt(it, objects))).join('');
    if (m.swiss) {
      const tables = m.sections.filter((s) => s.table).length;
      return t('map.descSwiss', name, m.addr, m.count, tables, shown) + iters;
    }
    const buckets = m.boxes.filter((b) => !b.old && b.overflowIndex === 0).length;
    const overflow = m.boxes.filter((b) => !b.old && b.overflowIndex > 0).length;
    let s = t('map.desc', name, m.addr, m.count, m.B, buckets, overflow, m.flags.length ? list(m.flags) : t('map.noFlags'), shown);
    if (m.growing) {
      const old = m.boxes.filter((b) => b.old && b.overflowIndex === 0);
      const evacuated = old.filter((b) => b.evacuated).map((b) => b.bucket);
      s += ' ' + t('map.descGrowing', old.length, evacuated.length ? list(evacuated.map(String)) : t('map.noneYet'), m.nevacuate);
    }
    return s + iters;
  }).join(' ');
}
