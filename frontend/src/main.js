// The playground page: wires the editor, the run panel that htmx swaps in, the event stream,
// the store and the views. Everything it draws comes from store.current(), a full snapshot.

import { createStore } from './store.js';
import { openStream } from './stream.js';
import { createSVG, setAttrs, setText } from './svg.js';
import { join } from './join.js';
import { layoutScene } from './layout/scene.js';
import * as goroutinesView from './views/goroutines.js';
import * as hchanView from './views/hchan.js';

const store = createStore();
let stream = null;
let run = null; // the run panel element (data-events, data-step, data-run)
let editor = null;
let marks = []; // editor line classes to clear: [line, where, class]
let scheduled = false;
let lastScene = null;

const svg = document.getElementById('scope');
const layers = {
  sections: svg.appendChild(createSVG('g', { class: 'sections' })),
  goroutines: svg.appendChild(createSVG('g', { class: 'goroutines' })),
  channels: svg.appendChild(createSVG('g', { class: 'channels' })),
};

setupEditor();
store.subscribe(scheduleRender);
document.body.addEventListener('htmx:configRequest', (e) => {
  if (editor && e.detail.elt?.id === 'run-form') {
    editor.save();
    e.detail.parameters.source = editor.getValue();
  }
});
document.body.addEventListener('htmx:afterSwap', (e) => {
  if (e.detail.target?.id === 'run') connectRun();
});
document.addEventListener('click', onControl);
document.addEventListener('keydown', onKey);
document.addEventListener('input', (e) => {
  if (e.target.classList?.contains('scrubber')) store.seek(Number(e.target.value));
});
connectRun();

function setupEditor() {
  const textarea = document.getElementById('source');
  if (!textarea || typeof window.CodeMirror !== 'function') return; // the plain textarea still works
  editor = window.CodeMirror.fromTextArea(textarea, {
    mode: 'go',
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    indentWithTabs: true,
    extraKeys: { 'Ctrl-Enter': submit, 'Cmd-Enter': submit },
  });
}

function submit() {
  document.getElementById('run-form')?.requestSubmit();
}

/** Starts following the run panel currently in #run (after a swap, or on page load). */
function connectRun() {
  stream?.close();
  stream = null;
  store.reset();
  clearMarks();
  run = document.querySelector('#run .run[data-events]');
  if (!run) return;
  markDiagnostics(JSON.parse(run.dataset.diagnostics || '[]'));
  setStatus('connecting…');
  stream = openStream(run.dataset.events, {
    step: (event) => store.push(event),
    done: (data) => store.finish('done', data),
    limit: (data) => store.finish('limit', data),
    error: (data) => store.finish('error', data),
    connection: (state) => {
      if (state === 'reconnecting') setStatus('connection lost, reconnecting…');
      if (state === 'failed') setStatus('disconnected: the run may have expired; press Load program to start again');
      if (state === 'open') scheduleRender();
    },
  });
}

async function onControl(e) {
  const button = e.target.closest?.('.run [data-action]');
  if (!button || !run) return;
  const action = button.dataset.action;
  if (action === 'back') store.stepBack();
  else if (action === 'step') await stepForward();
  else if (action === 'run') await runToEnd();
}

async function stepForward() {
  if (store.stepForward()) return; // replaying steps already received
  if (store.outcome) {
    setStatus(outcomeText(store.outcome) + ' (nothing left to step)');
    return;
  }
  await post(run.dataset.step);
}

async function runToEnd() {
  store.seek(store.length - 1);
  if (!store.outcome) await post(run.dataset.run);
}

async function post(url) {
  try {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin' });
    if (response.status === 404) setStatus('this run has expired; press Load program to start again');
    else if (!response.ok) setStatus(`the server refused the request (${response.status})`);
  } catch {
    setStatus('the server cannot be reached');
  }
}

function onKey(e) {
  const typing = e.target.closest?.('.CodeMirror, input, textarea, select');
  if (typing || e.altKey || e.ctrlKey || e.metaKey || !run) return;
  if (e.key === 'ArrowRight' && e.shiftKey) runToEnd();
  else if (e.key === 'ArrowRight') stepForward();
  else if (e.key === 'ArrowLeft') store.stepBack();
  else if (e.key === 'Home') store.seek(0);
  else if (e.key === 'End') store.seek(store.length - 1);
  else return;
  e.preventDefault();
}

function scheduleRender() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    render();
  });
}

function render() {
  const snap = store.current();
  renderControls(snap);
  renderConsole(snap);
  markCurrentLine(snap);
  const width = Math.max(360, Math.floor(svg.clientWidth || svg.parentElement?.clientWidth || 720));
  const scene = layoutScene(snap ?? { goroutines: [], objects: {} }, width);
  const objects = snap?.objects ?? {};
  setAttrs(svg, { viewBox: `0 0 ${scene.width} ${scene.height}`, height: scene.height, 'data-step': snap?.step ?? '' });
  join(layers.sections, snap ? scene.sections : [], (s) => s.key, {
    enter: () => createSVG('text', { class: 'section-title' }),
    update: (t, s) => setText(setAttrs(t, { x: s.x, y: s.y + 16 }), s.title),
  });
  goroutinesView.render(layers.goroutines, scene.goroutines, lastScene?.goroutines, objects);
  hchanView.render(layers.channels, scene.channels, lastScene?.channels, objects);
  lastScene = scene;
  const words = snap
    ? `Step ${snap.step}: ${snap.event || 'start'} at line ${snap.pos?.line ?? '?'}. `
      + `${goroutinesView.describe(scene.goroutines)} ${hchanView.describe(scene.channels, objects)}`
    : '';
  setText(document.getElementById('scope-description'), words);
}

function renderControls(snap) {
  if (!run) return;
  const scrubber = run.querySelector('.scrubber');
  setAttrs(scrubber, { max: Math.max(0, store.length - 1) });
  if (Number(scrubber.value) !== store.cursor) scrubber.value = String(Math.max(0, store.cursor));
  const last = store.latest();
  setText(run.querySelector('.step-counter'), snap ? `step ${snap.step} of ${last.step}` : 'step 0 of 0');
  setText(run.querySelector('.event'), snap ? snap.event || 'start' : '');
  setText(run.querySelector('.position'), snap?.pos ? `line ${snap.pos.line}:${snap.pos.col} · goroutine ${snap.goid}` : '');
  if (store.outcome) setStatus(outcomeText(store.outcome));
  else if (snap) setStatus(store.atEnd() ? 'paused: press Step' : 'replaying recorded steps');
  run.querySelector('[data-action="back"]').disabled = store.cursor <= 0;
}

function outcomeText(o) {
  if (o.kind === 'done') return `finished: exit status ${o.exitCode}`;
  if (o.kind === 'limit') return `stopped: ${o.message ?? o.limit}`;
  return `error: ${o.message}`;
}

function setStatus(text) {
  const status = run?.querySelector('.status');
  if (status) setText(status, text);
}

function renderConsole(snap) {
  // At the end of a finished run, show the run's result: it alone carries a compile report.
  const final = store.outcome && store.atEnd() ? store.outcome : null;
  setText(document.getElementById('stdout'), final?.stdout ?? snap?.stdout ?? '');
  setText(document.getElementById('stderr'), final?.stderr ?? snap?.stderr ?? '');
}

function markDiagnostics(diagnostics) {
  if (!editor) return;
  for (const d of diagnostics) {
    const line = Math.max(0, d.line - 1);
    editor.addLineClass(line, 'background', 'cm-compile-error');
    marks.push([line, 'background', 'cm-compile-error']);
  }
}

function markCurrentLine(snap) {
  if (!editor) return;
  for (const [line, where, cls] of marks.filter((m) => m[2] === 'cm-current-line')) editor.removeLineClass(line, where, cls);
  marks = marks.filter((m) => m[2] !== 'cm-current-line');
  if (snap?.pos?.line > 0 && !store.outcome?.diagnostics?.length) {
    const line = snap.pos.line - 1;
    editor.addLineClass(line, 'background', 'cm-current-line');
    marks.push([line, 'background', 'cm-current-line']);
  }
}

function clearMarks() {
  if (!editor) return;
  for (const [line, where, cls] of marks) editor.removeLineClass(line, where, cls);
  marks = [];
}
