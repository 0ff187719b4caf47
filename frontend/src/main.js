// The playground page: wires the editor, the run panel that htmx swaps in, the event stream,
// the store, the player and the views. Everything it draws comes from store.current(), a full
// snapshot, and store.previous(), to mark what changed in this step.
//
// The same module runs a lesson's embedded sandbox (/play/embed, <body data-embed>): the program
// is read-only and already loaded, the run opens at <body data-open-step> and only the views in
// <body data-views> are drawn.

import { createStore } from './store.js';
import { openStream } from './stream.js';
import { createSVG, setAttrs, setText, beginFrame, moveTo } from './svg.js';
import { join } from './join.js';
import { layoutScene } from './layout/scene.js';
import { nameIndex } from './layout/names.js';
import { keyFacts } from './layout/hmap.js';
import { findNext } from './events.js';
import { encodeShare, decodeShare, addChoice } from './share.js';
import { loadMessagesFromPage, t } from './i18n.js';
import { formatValue } from './values.js';
import { installHover, keyDetailRows, showPanel } from './interact.js';
import { installHtmxErrors } from './htmx-errors.js';
import * as goroutinesView from './views/goroutines.js';
import * as schedView from './views/sched.js';
import * as hchanView from './views/hchan.js';
import * as hmapView from './views/hmap.js';
import * as slicesView from './views/slices.js';
import * as heapView from './views/heap.js';

loadMessagesFromPage();

const SOURCE_KEY = 'gopherscope-source';
const MAX_BATCH = 1000;

const page = document.body.dataset;
const embed = page.embed === 'true';
const views = page.views ? new Set(page.views.split(/\s+/).filter(Boolean)) : null; // null: every view
let pendingOpen = embed && Number(page.openStep) > 0 ? Number(page.openStep) : null; // the step an embedded sandbox opens at
const store = createStore();
let stream = null;
let run = null; // the run panel element (data-events, data-step, data-run, data-choose)
let editor = null;
let marks = []; // editor line classes to clear: [line, where, class]
let markedLine = -1; // the editor line marked as the one that ran
let scheduled = false;
let lastScene = null;
let lastRenderedCursor = -1;
let inflight = null; // {target, at}: steps requested from the server and not yet all arrived
let pendingSeek = null; // {kind}: "run to the next ..." waiting for more steps
let notice = null; // a message about the last action, shown instead of the usual status until the next action
let choices = []; // manual scheduling choices of this run, [step, goid], for share links
let loadedSource = null; // the program of the current run (the editor may have changed since)
let pendingShare = decodeShare(location.hash); // a share link to reproduce once its run is loaded
const player = { playing: false, timer: null, speed: 4 };
const renderTimes = [];

const svg = document.getElementById('scope');
const defs = svg.appendChild(createSVG('defs'));
defs.innerHTML = '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" class="arrow-head"/></marker>'
  + '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>';
const layers = {
  sections: svg.appendChild(createSVG('g', { class: 'sections' })),
  links: svg.appendChild(createSVG('g', { class: 'links' })),
  handoff: null, // drawn above the cards, below
  goroutines: svg.appendChild(createSVG('g', { class: 'goroutines' })),
  sched: svg.appendChild(createSVG('g', { class: 'sched' })),
  channels: svg.appendChild(createSVG('g', { class: 'channels' })),
  maps: svg.appendChild(createSVG('g', { class: 'maps' })),
  slices: svg.appendChild(createSVG('g', { class: 'slices' })),
  heap: svg.appendChild(createSVG('g', { class: 'heap' })),
};
layers.handoff = svg.appendChild(createSVG('g', { class: 'handoffs' }));

// For tests and measurements (docs/performance-web.md): the store and the render timings.
const viewTimes = {}; // view -> total ms, for finding what a slow frame spent its time on
const drawing = { fast: null }; // null: decide by the player's speed; true/false: forced (measurements)
window.gopherscope = { store, renderTimes, viewTimes, drawing, renderNow: () => render() };

function timed(name, fn) {
  const t0 = performance.now();
  fn();
  viewTimes[name] = (viewTimes[name] ?? 0) + performance.now() - t0;
}

setupEditor();
store.subscribe(onStoreChange);
document.body.addEventListener('htmx:configRequest', (e) => {
  if (editor && e.detail.elt?.id === 'run-form') {
    editor.save();
    e.detail.parameters.source = editor.getValue();
  }
  if (e.detail.elt?.id === 'run-form') loadedSource = String(e.detail.parameters.source ?? '');
});
document.body.addEventListener('htmx:afterSwap', (e) => {
  if (e.detail.target?.id === 'run') connectRun();
});
installHtmxErrors(document, (status) => t('status.refused', status));
document.body.addEventListener('gopherscope:problem', (e) => {
  if (e.target?.id === 'run') connectRun(); // the refusal replaced the run panel
});
document.addEventListener('click', onClick);
document.addEventListener('keydown', onKey);
document.addEventListener('input', onInput);
installHover(document, svg);
document.getElementById('toggle-words')?.addEventListener('click', toggleWords);
window.addEventListener('resize', scheduleRender);
connectRun();
if (pendingShare) {
  // htmx wires the form up on DOMContentLoaded, which comes after this module has run
  const start = () => setTimeout(() => openShare(pendingShare), 0);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

// --- editor ----------------------------------------------------------------------------------

function setupEditor() {
  const textarea = document.getElementById('source');
  const saved = sessionStorage.getItem(SOURCE_KEY);
  if (saved !== null && textarea) {
    textarea.value = saved;
    sessionStorage.removeItem(SOURCE_KEY);
  }
  if (!textarea || typeof window.CodeMirror !== 'function') return; // the plain textarea still works
  editor = window.CodeMirror.fromTextArea(textarea, {
    mode: 'go',
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    indentWithTabs: true,
    screenReaderLabel: t('editor.label'),
    readOnly: embed,
    extraKeys: {
      'Ctrl-Enter': submit,
      'Cmd-Enter': submit,
      Esc: () => document.getElementById('go')?.focus(),
    },
  });
}

function submit() {
  document.getElementById('run-form')?.requestSubmit();
}

// --- the run and its stream ----------------------------------------------------------------------

/** Starts following the run panel currently in #run (after a swap, or on page load). */
function connectRun(from = null) {
  if (from === null) {
    stream?.close();
    stream = null;
    store.reset();
    pause();
    inflight = null;
    pendingSeek = null;
    notice = null;
    choices = [];
    clearMarks();
    run = document.querySelector('#run .run[data-events]');
    if (!run) return;
    loadedSource ??= editor ? editor.getValue() : document.getElementById('source')?.value ?? '';
    markDiagnostics(JSON.parse(run.dataset.diagnostics || '[]'));
    player.speed = Number(run.querySelector('.speed')?.value ?? 4);
    setStatus(t('status.connecting'));
  }
  stream = openStream(run.dataset.events, {
    step: (event) => store.push(event),
    rewind: (data) => store.truncate(data.step),
    done: (data) => store.finish('done', data),
    limit: (data) => store.finish('limit', data),
    error: (data) => store.finish('error', data),
    connection: (state) => {
      if (state === 'open' && pendingShare && from === null) {
        const share = pendingShare;
        pendingShare = null;
        replayShare(share);
      }
      if (state === 'open' && pendingOpen !== null && from === null) {
        const step = pendingOpen;
        pendingOpen = null;
        openAt(step);
      }
      if (state === 'reconnecting') setNotice(t('status.reconnecting'));
      if (state === 'failed') setNotice(t('status.disconnected'));
      if (state === 'open') scheduleRender();
    },
  }, { from });
}

function onStoreChange() {
  if (inflight && (store.outcome || (store.latest()?.step ?? -1) >= inflight.target || performance.now() - inflight.at > 8000)) inflight = null;
  if (pendingSeek) continueSeek();
  if (player.playing) ensureAhead();
  scheduleRender();
}

async function post(url, params = {}) {
  const query = new URLSearchParams(params).toString();
  try {
    const response = await fetch(query ? `${url}?${query}` : url, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 404) setNotice(t('status.expired'));
    else if (response.status === 429) setNotice(t('status.tooMany', response.headers.get('Retry-After') ?? '60'));
    else if (!response.ok && response.status !== 409) setNotice(t('status.refused', response.status));
    return response;
  } catch {
    setNotice(t('status.unreachable'));
    return null;
  }
}

/** Asks the server for `count` more steps unless a request is still arriving. */
function request(count) {
  if (!run || store.outcome || inflight) return;
  const latest = store.latest()?.step ?? 0;
  inflight = { target: latest + count, at: performance.now() };
  post(run.dataset.step, { count: Math.max(1, Math.min(MAX_BATCH, count)) }).then((response) => {
    if (response?.status !== 429) return;
    inflight = null; // refused: nothing is coming; stop playing rather than ask again at once
    pause();
  });
}

// --- controls ----------------------------------------------------------------------------------

async function stepForward() {
  if (store.stepForward()) return; // replaying steps already received
  if (store.outcome) {
    setNotice(t('status.nothingLeft', outcomeText(store.outcome)));
    return;
  }
  store.follow = true;
  if (!inflight) request(1);
}

function stepBack() {
  pause();
  store.stepBack();
}

function runToEnd() {
  pause();
  store.follow = true;
  store.seek(store.length - 1);
  if (!store.outcome && run) post(run.dataset.run);
}

function togglePlay() {
  if (player.playing) pause();
  else play();
}

function play() {
  if (!run) return;
  if (store.outcome && store.atEnd()) store.seek(0); // replay a finished run from the start
  player.playing = true;
  store.follow = false; // the timer moves the cursor
  restartTimer();
  ensureAhead();
  renderPlayButton();
}

function pause() {
  const was = player.playing;
  player.playing = false;
  clearInterval(player.timer);
  player.timer = null;
  renderPlayButton();
  if (was) scheduleRender();
}

function restartTimer() {
  clearInterval(player.timer);
  if (player.playing) player.timer = setInterval(tick, 1000 / player.speed);
}

function tick() {
  if (store.stepForward()) return;
  if (store.outcome) pause();
  else ensureAhead();
}

/** While playing, keep about a second of steps received ahead of the cursor. */
function ensureAhead() {
  const ahead = store.length - 1 - store.cursor;
  if (!store.outcome && ahead < player.speed) request(Math.max(4, player.speed * 2));
}

function setSpeed(speed) {
  player.speed = Math.max(1, Math.min(60, Math.round(speed)));
  const input = run?.querySelector('.speed');
  if (input) input.value = String(player.speed);
  setText(run?.querySelector('.speed-value') ?? document.createElement('output'), t('run.speedValue', player.speed));
  restartTimer();
}

/** "Run to the next channel operation / map growth / goroutine switch". */
function seekNext(kind) {
  pause();
  store.follow = false;
  pendingSeek = { kind, label: t(`next.${kind}`), from: Math.max(0, store.cursor) };
  continueSeek();
}

function continueSeek() {
  const { kind, label, from } = pendingSeek;
  const i = findNext(kind, (j) => store.at(j), store.length, from);
  if (i >= 0) {
    pendingSeek = null;
    store.seek(i);
    setNotice(t('status.found', label, store.at(i).step));
    return;
  }
  if (store.outcome) {
    pendingSeek = null;
    store.seek(store.length - 1);
    setNotice(t('status.notFound', label));
    return;
  }
  pendingSeek.from = Math.max(from, store.length - 1);
  setNotice(t('status.searching', label));
  request(MAX_BATCH);
}

/** Manual scheduling: this goroutine runs next, from the step on screen. */
async function choose(goid) {
  const snap = store.current();
  if (!run || !snap) return;
  pause();
  store.follow = true;
  const step = snap.step;
  setNotice(t('status.choosing', goid));
  const response = await post(run.dataset.choose, { goid, step });
  if (!response) return;
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    choices = addChoice(choices, step, goid);
    setNotice(t('status.chosen', goid, step));
    if (stream?.closed) {
      // the run had ended, so the stream was closed: drop the old ending and follow the branch
      store.truncate(step);
      connectRun(body.lastEventId ?? `0-${step}`); // the id of that step on the run's new branch
    }
  } else if (body.message) {
    setNotice(body.message);
  }
}

// --- share links -------------------------------------------------------------------------------

/** Puts a link that reproduces this run, its choices and the step on screen in the share field. */
function share() {
  const snap = store.current();
  if (!run || !snap) return;
  const fragment = encodeShare({
    source: loadedSource ?? '',
    go: run.dataset.go,
    seed: Number(run.dataset.seed),
    procs: Number(run.dataset.procs),
    step: snap.step,
    choices,
  });
  const url = `${location.origin}${page.sharePath ?? location.pathname}#${fragment}`;
  const field = run.querySelector('.share-url');
  field.hidden = false;
  field.value = url;
  field.focus();
  field.select();
  navigator.clipboard?.writeText(url).then(() => setNotice(t('status.shareCopied')), () => setNotice(t('status.shareReady')));
  setNotice(t('status.shareReady'));
}

/** A share link was opened: load its program with its inputs; replayShare follows once it runs. */
function openShare(share) {
  if (editor) editor.setValue(share.source);
  else document.getElementById('source').value = share.source;
  const select = (id, value) => {
    const el = document.getElementById(id);
    if (!el) return;
    if (el.tagName === 'SELECT' && ![...el.options].some((o) => o.value === String(value))) el.add(new Option(String(value), String(value)));
    el.value = String(value);
  };
  select('go', share.go);
  select('seed', share.seed);
  select('maxprocs', share.procs);
  pendingShare = share;
  submit();
}

/** Replays a share link's scheduling choices in order, then shows its step. */
async function replayShare(share) {
  setNotice(t('status.replayingShare'));
  for (const [step, goid] of share.choices) {
    await reach(step);
    if (!store.seek(indexOfStep(step)) && store.current()?.step !== step) break;
    await choose(goid);
    await reach(step + 1);
  }
  await reach(share.step);
  store.seek(indexOfStep(share.step));
  setNotice(t('status.sharedRun', share.step, share.choices.length));
  // the address keeps the link until the run is reproduced (a reload meanwhile starts over); then
  // it is dropped, so that reloading the page does not replay the link over the student's work
  history.replaceState(null, '', location.pathname + location.search);
}

/** An embedded sandbox: fetches the steps up to `step` and shows that one. */
async function openAt(step) {
  await reach(step);
  store.seek(indexOfStep(step));
}

function indexOfStep(step) {
  for (let i = store.length - 1; i >= 0; i--) if (store.at(i).step === step) return i;
  return store.length - 1;
}

/** Resolves once the store holds step `step` (asking the server for it) or the run has ended. */
function reach(step) {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const check = () => {
      const latest = store.latest()?.step ?? -1;
      if (latest >= step || store.outcome) {
        unsubscribe();
        resolve();
        return true;
      }
      if (!inflight && store.length) request(Math.min(MAX_BATCH, step - latest)); // after step 0 has arrived
      return false;
    };
    if (!check()) unsubscribe = store.subscribe(check);
  });
}

function onClick(e) {
  const button = e.target.closest?.('.run [data-action]');
  if (button && run) {
    notice = null;
    const action = button.dataset.action;
    if (action === 'back') stepBack();
    else if (action === 'step') stepForward();
    else if (action === 'play') togglePlay();
    else if (action === 'run') runToEnd();
    else if (action === 'next') seekNext(button.dataset.kind);
    else if (action === 'reset') pause();
    else if (action === 'share') share();
    return;
  }
  const card = e.target.closest?.('.goroutine[data-runnable="true"]');
  if (card) {
    notice = null;
    choose(Number(card.dataset.goid));
    return;
  }
  const slot = e.target.closest?.('.bucket .slot[data-state="full"], .bucket .mini-slot[data-state="full"]');
  if (slot) {
    showKey(slot);
    return;
  }
  const lang = e.target.closest?.('.lang-switch a');
  if (lang && editor) sessionStorage.setItem(SOURCE_KEY, editor.getValue());
  if (e.target.closest?.('#key-detail .close')) hideKey();
}

function onInput(e) {
  if (e.target.classList?.contains('scrubber')) {
    notice = null;
    pause();
    store.seek(Number(e.target.value));
  } else if (e.target.classList?.contains('speed')) {
    setSpeed(Number(e.target.value));
  }
}

function onKey(e) {
  const card = e.target.closest?.('.goroutine[data-runnable="true"]');
  if (card && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    choose(Number(card.dataset.goid));
    return;
  }
  const slot = e.target.closest?.('.bucket .slot[data-state="full"]');
  if (slot && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    showKey(slot);
    return;
  }
  if (e.key === 'Escape' && !document.getElementById('key-detail')?.hidden) {
    hideKey();
    return;
  }
  const typing = e.target.closest?.('.CodeMirror, input, textarea, select');
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.target.closest?.('.CodeMirror')) {
    e.preventDefault();
    submit();
    return;
  }
  if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
  if (!['Shift', 'Tab', 'Control', 'Alt', 'Meta'].includes(e.key)) notice = null;
  const onButton = e.target.closest?.('button, a, summary');
  if (e.key === '?') {
    const help = document.getElementById('shortcuts');
    help.open = true;
    help.querySelector('summary')?.focus();
    e.preventDefault();
    return;
  }
  if (e.key === 'w') {
    toggleWords();
    return;
  }
  const field = { v: 'go', s: 'seed', p: 'maxprocs' }[e.key];
  if (field) {
    document.getElementById(field)?.focus();
    e.preventDefault();
    return;
  }
  if (e.key === 'l') {
    document.querySelector('.lang-switch a:not([aria-current="true"])')?.click();
    return;
  }
  if (!run) return;
  if (e.key === 'ArrowRight' && e.shiftKey) runToEnd();
  else if (e.key === 'ArrowRight' || e.key === '.') stepForward();
  else if (e.key === 'ArrowLeft' || e.key === ',') stepBack();
  else if ((e.key === ' ' && !onButton) || e.key === 'k') togglePlay();
  else if (e.key === 'e') runToEnd();
  else if (e.key === 'Home') { pause(); store.seek(0); }
  else if (e.key === 'End') { pause(); store.seek(store.length - 1); }
  else if (e.key === 'c') seekNext('chan');
  else if (e.key === 'm') seekNext('map');
  else if (e.key === 'g') seekNext('switch');
  else if (e.key === '+' || e.key === '=') setSpeed(player.speed < 10 ? player.speed + 1 : player.speed + 5);
  else if (e.key === '-') setSpeed(player.speed <= 10 ? player.speed - 1 : player.speed - 5);
  else if (e.key === 'r') run.querySelector('[data-action="reset"]')?.click();
  else return;
  e.preventDefault();
}

function toggleWords() {
  const words = document.getElementById('scope-description');
  const button = document.getElementById('toggle-words');
  const show = words.classList.contains('visually-hidden');
  words.classList.toggle('visually-hidden', !show);
  button.setAttribute('aria-expanded', String(show));
  setText(button, show ? button.dataset.hide : button.dataset.show);
}

// --- map keys --------------------------------------------------------------------------------

function showKey(slotEl) {
  const box = slotEl.closest('.bucket');
  const map = lastScene?.maps.find((m) => m.addr === box.dataset.map);
  const b = map?.boxes.find((x) => x.addr === box.dataset.addr);
  const s = b?.slots[Number(slotEl.dataset.slot)];
  if (!s) return;
  const facts = keyFacts(map, b, s);
  const objects = store.current()?.objects ?? {};
  showPanel(document.getElementById('key-detail'), t('key.title', formatValue(facts.key, objects)), keyDetailRows(facts, objects), t('key.close'));
}

function hideKey() {
  const panel = document.getElementById('key-detail');
  if (panel) panel.hidden = true;
}

// --- drawing ---------------------------------------------------------------------------------

function scheduleRender() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const t0 = performance.now();
    render();
    renderTimes.push(performance.now() - t0);
    if (renderTimes.length > 5000) renderTimes.splice(0, 1000);
  });
}

function render() {
  beginFrame();
  const snap = store.current();
  const prev = store.previous();
  timed('controls', () => {
    renderControls(snap);
    renderConsole(snap);
    markCurrentLine(snap);
  });
  const width = Math.max(360, Math.floor(svg.clientWidth || svg.parentElement?.clientWidth || 720));
  let scene;
  timed('layout', () => { scene = layoutScene(snap, width, prev, views); });
  const objects = snap?.objects ?? {};
  const index = nameIndex(snap);
  const names = (addr) => index.get(addr) ?? [];
  // animate only when moving one step forward; a jump just redraws. Playing faster than an
  // animation lasts (over 8 steps a second) draws each step at once, which also keeps frames short.
  const fast = drawing.fast ?? (player.playing && player.speed > 8);
  svg.classList.toggle('fast', fast);
  const animate = !fast && store.cursor === lastRenderedCursor + 1;
  lastRenderedCursor = store.cursor;
  // no viewBox: user units are CSS pixels, so a taller picture only makes the box taller (a new viewBox would re-lay out every element)
  setAttrs(svg, { height: scene.height, 'data-step': snap?.step ?? '' });
  join(layers.sections, snap ? scene.sections : [], (s) => s.key, {
    enter: () => createSVG('text', { class: 'section-title' }),
    update: (tx, s) => {
      setAttrs(tx, { x: s.x, y: s.y + 16, 'data-section': s.key });
      setText(tx, t(s.title, ...s.args));
    },
  });
  join(layers.links, snap ? scene.links : [], (l) => l.key, {
    enter: () => createSVG('path', { class: 'park-link', 'marker-end': 'url(#arrow)' }),
    update: (p, l) => {
      const my = (l.y1 + l.y2) / 2;
      setAttrs(p, { d: `M${l.x1} ${l.y1} C${l.x1} ${my} ${l.x2} ${my} ${l.x2} ${l.y2 - 3}`, 'data-goid': l.goid, 'data-queue': l.queue });
    },
  });
  const opts = { objects, names, animate };
  renderHandoff(scene.handoff, objects, animate);
  for (const name of ['goroutines', 'sched', 'channels', 'maps', 'slices', 'heap']) moveTo(layers[name], 0, scene.offsets[name] ?? 0);
  timed('goroutines', () => goroutinesView.render(layers.goroutines, snap ? scene.goroutines : [], opts));
  timed('sched', () => schedView.render(layers.sched, scene.sched, opts));
  timed('channels', () => hchanView.render(layers.channels, scene.channels, opts));
  timed('maps', () => hmapView.render(layers.maps, scene.maps, opts));
  timed('slices', () => slicesView.render(layers.slices, scene.slices, opts));
  timed('heap', () => heapView.render(layers.heap, scene.heap, opts));
  lastScene = scene;
  timed('words', () => renderWords(snap, scene, objects, names));
  const detail = document.getElementById('key-detail');
  if (detail && !detail.hidden && !scene.maps.length) hideKey();
}

/** A direct handoff: an arrow from sender to receiver for the step, and a value token that travels it. */
function renderHandoff(h, objects, animate) {
  join(layers.handoff, h ? [h] : [], (x) => x.key, {
    enter: () => {
      const g = createSVG('g', { class: 'handoff' });
      g.append(createSVG('path', { class: 'handoff-arrow', 'marker-end': 'url(#arrow)' }), createSVG('text', { class: 'handoff-label' }), createSVG('g', { class: 'handoff-token' }));
      g.querySelector('.handoff-token').append(createSVG('rect', { rx: 9, height: 18, y: -9 }), createSVG('text', { y: 4, 'text-anchor': 'middle' }));
      return g;
    },
    update: (g, x) => {
      // arc above the cards' heads, but stay inside the picture (the label sits on top of the arc)
      const lift = Math.max(6, Math.min(60, Math.abs(x.x2 - x.x1) / 4 + 20, (Math.min(x.y1, x.y2) - 16) / 0.75));
      setAttrs(g, { 'data-from': x.from, 'data-to': x.to });
      setAttrs(g.querySelector('.handoff-arrow'), { d: `M${x.x1} ${x.y1} C${x.x1} ${x.y1 - lift} ${x.x2} ${x.y2 - lift} ${x.x2} ${x.y2 - 4}` });
      const value = x.known ? formatValue(x.value, objects) : t('chan.aValue');
      setText(setAttrs(g.querySelector('.handoff-label'), { x: (x.x1 + x.x2) / 2, y: Math.max(11, Math.min(x.y1, x.y2) - lift * 0.75 - 4), 'text-anchor': 'middle' }), t('chan.handoff', value, x.from, x.to));
      const token = g.querySelector('.handoff-token');
      const w = Math.max(22, String(value).length * 7 + 12);
      setAttrs(token.querySelector('rect'), { width: w, x: -w / 2 });
      setText(token.querySelector('text'), value);
      token.style.transform = `translate(${x.x2}px, ${x.y2 - 4}px)`;
      if (animate && typeof token.animate === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        token.animate([
          { transform: `translate(${x.x1}px, ${x.y1}px)` },
          { transform: `translate(${(x.x1 + x.x2) / 2}px, ${Math.min(x.y1, x.y2) - lift * 0.75}px)` },
          { transform: `translate(${x.x2}px, ${x.y2 - 4}px)` },
        ], { duration: 700, easing: 'ease-in-out' });
      }
    },
  });
}

function renderWords(snap, scene, objects, names) {
  const words = document.getElementById('scope-description');
  const paragraphs = [];
  if (snap) {
    const stepWords = t('words.step', snap.step, snap.event || 'start', snap.pos?.line ?? '?', snap.goid);
    paragraphs.push({ key: 'step', text: stepWords + (store.outcome && store.atEnd() ? ' ' + outcomeText(store.outcome) + '.' : '') });
    if (scene.goroutines.length) paragraphs.push({ key: 'goroutines', text: goroutinesView.describe(scene.goroutines, names) });
    if (scene.sched.procs.length) paragraphs.push({ key: 'sched', text: schedView.describe(scene.sched) });
    if (scene.channels.length) {
      const h = scene.handoff;
      const handoff = h ? ' ' + t('chan.handoffWords', h.from, h.to, h.known ? formatValue(h.value, objects) : t('chan.aValue')) : '';
      paragraphs.push({ key: 'channels', text: hchanView.describe(scene.channels, objects) + handoff });
    }
    if (scene.maps.length) paragraphs.push({ key: 'maps', text: hmapView.describe(scene.maps, objects) });
    if (scene.slices.length) paragraphs.push({ key: 'slices', text: slicesView.describe(scene.slices, objects) });
    if (scene.heap.boxes.length) paragraphs.push({ key: 'heap', text: heapView.describe(scene.heap, objects, names) });
  }
  join(words, paragraphs, (p) => p.key, {
    enter: () => document.createElement('p'),
    update: (p, item) => {
      p.dataset.view = item.key;
      setText(p, item.text);
    },
  });
}

function renderControls(snap) {
  if (!run) return;
  const scrubber = run.querySelector('.scrubber');
  setAttrs(scrubber, { max: Math.max(0, store.length - 1), 'aria-valuetext': snap ? t('run.stepOf', snap.step, store.latest().step) : '' });
  if (Number(scrubber.value) !== store.cursor) scrubber.value = String(Math.max(0, store.cursor));
  const last = store.latest();
  setText(run.querySelector('.step-counter'), snap ? t('run.stepOf', snap.step, last.step) : t('run.stepOf', 0, 0));
  setText(run.querySelector('.event'), snap ? snap.event || 'start' : '');
  setText(run.querySelector('.position'), snap?.pos ? t('run.position', snap.pos.line, snap.pos.col, snap.goid) : '');
  setText(run.querySelector('.speed-value'), t('run.speedValue', player.speed));
  if (notice !== null) setStatus(notice);
  else if (snap && player.playing) setStatus(t('status.playing', player.speed));
  else if (store.outcome) setStatus(outcomeText(store.outcome) + (store.atEnd() ? '' : ' · ' + t('status.replaying')));
  else if (snap) setStatus(store.atEnd() ? t('status.paused') : t('status.replaying'));
  run.querySelector('[data-action="back"]').disabled = store.cursor <= 0;
  renderPlayButton();
}

function renderPlayButton() {
  const button = run?.querySelector('[data-action="play"]');
  if (!button) return;
  setText(button, player.playing ? button.dataset.pause : button.dataset.play);
  button.setAttribute('aria-pressed', String(player.playing));
}

function outcomeText(o) {
  if (o.kind === 'done') {
    const err = String(o.stderr ?? '');
    if (err.includes('all goroutines are asleep - deadlock!')) return t('status.deadlock', o.exitCode);
    if (/^panic: /m.test(err)) return t('status.panic', o.exitCode);
    if (o.diagnostics?.length) return t('status.compileError', o.exitCode);
    return t('status.finished', o.exitCode);
  }
  if (o.kind === 'limit') return t('status.stopped', o.message ?? o.limit);
  return t('status.error', o.message);
}

/** Says what the last action did; the next action (or a new run) clears it. */
function setNotice(text) {
  notice = text;
  setStatus(text);
}

function setStatus(text) {
  const status = run?.querySelector('.status');
  if (status) setText(status, text);
}

function renderConsole(snap) {
  // At the end of a finished run, show the run's result: it alone carries a compile report.
  const final = store.outcome && store.atEnd() ? store.outcome : null;
  const out = document.getElementById('stdout');
  const err = document.getElementById('stderr');
  if (out) setText(out, final?.stdout ?? snap?.stdout ?? ''); // an embedded sandbox may have no console
  if (err) setText(err, final?.stderr ?? snap?.stderr ?? '');
}

function markDiagnostics(diagnostics) {
  if (!editor) return;
  for (const d of diagnostics) {
    const line = Math.max(0, d.line - 1);
    editor.addLineClass(line, 'background', 'cm-compile-error');
    marks.push([line, 'background', 'cm-compile-error']);
  }
}

/** Highlights the line that ran, in one CodeMirror operation and only when it moved. */
function markCurrentLine(snap) {
  if (!editor) return;
  const line = snap?.pos?.line > 0 && !store.outcome?.diagnostics?.length ? snap.pos.line - 1 : -1;
  if (line === markedLine) return;
  editor.operation(() => {
    for (const [l, where, cls] of marks.filter((m) => m[2] === 'cm-current-line')) editor.removeLineClass(l, where, cls);
    marks = marks.filter((m) => m[2] !== 'cm-current-line');
    if (line >= 0) {
      editor.addLineClass(line, 'background', 'cm-current-line');
      marks.push([line, 'background', 'cm-current-line']);
      if (embed) editor.scrollIntoView({ line, ch: 0 }, 40); // a sandbox's editor is short
    }
  });
  markedLine = line;
}

function clearMarks() {
  markedLine = -1;
  if (!editor) return;
  for (const [line, where, cls] of marks) editor.removeLineClass(line, where, cls);
  marks = [];
}
