// Pure layout of goroutine cards: snapshot -> positioned cards for views/goroutines.js.
// One card per goroutine (keyed by goid), in the snapshot's order, wrapped into rows.

export const CARD_W = 232;
export const CARD_GAP = 14;
export const HEAD_H = 26;
export const LINE_H = 17;
export const MAX_LOCALS = 6;

/** The lines a card shows: the wait reason (if any), then each frame and its locals. */
export function cardLines(g) {
  const lines = [];
  if (g.waitreason) lines.push({ kind: 'status', text: `waitreason: ${g.waitreason}` });
  for (const f of g.frames ?? []) {
    lines.push({ kind: 'frame', text: `${f.function}  line ${f.line}` });
    const locals = Object.entries(f.locals ?? {});
    for (const [name, value] of locals.slice(0, MAX_LOCALS)) lines.push({ kind: 'local', name, value });
    if (locals.length > MAX_LOCALS) lines.push({ kind: 'more', text: `… ${locals.length - MAX_LOCALS} more` });
  }
  return lines;
}

export function layoutGoroutines(snapshot, { x = 0, top = 0, width = 640 } = {}) {
  const perRow = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_W + CARD_GAP)));
  const cards = [];
  let rowTop = top;
  let rowH = 0;
  (snapshot?.goroutines ?? []).forEach((g, i) => {
    const col = i % perRow;
    if (col === 0 && i > 0) {
      rowTop += rowH + CARD_GAP;
      rowH = 0;
    }
    const lines = cardLines(g);
    const h = HEAD_H + lines.length * LINE_H + 8;
    rowH = Math.max(rowH, h);
    cards.push({
      key: `g${g.goid}`,
      goid: g.goid,
      status: g.status,
      waitreason: g.waitreason ?? '',
      current: g.goid === snapshot.goid,
      x: x + col * (CARD_W + CARD_GAP),
      y: rowTop,
      w: CARD_W,
      h,
      lines,
    });
  });
  return { cards, height: cards.length ? rowTop + rowH - top : 0 };
}
