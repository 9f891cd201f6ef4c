// The claim editor: a form for every field of a claim, a live preview with the real element,
// problems next to their fields, import, export and the snippet to paste. A static page: it
// needs the built dist/ and nothing else, no server of its own.
//
// Everything typed is data: controls are made with createElement and textContent, the preview
// gets the document through its `claim` property, the snippet is a read-only textarea's value.
// The problems come from the same module as the CLI's (dist/toolkit.js, whose authoring checks
// run the widget's validator), and the snippet from the same functions (cli/lib/embed.mjs).
// Defines <evidence-claim> for the preview.
import '../dist/evidence-claim.js';
import { checkClaim, parseClaimText, validateClaim } from '../dist/toolkit.js';
import { DEFAULT_SCRIPT_PATH } from '../cli/lib/defaults.mjs';
import { claimElementHtml, snippetHtml, stylesheetFor, today } from '../cli/lib/embed.mjs';
import { ALIASES, LISTS, SECTIONS } from './editor-fields.js';
import { freshStudyId, fromControl, getAt, ordered, setAt, toControl } from './editor-doc.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
};

/** Drafts live in this browser only; the widget itself stores nothing. */
const DRAFT_KEY = 'evidence-claim-editor-draft';
/** The element's defaults: an option left at its default is left out of the snippet. */
const DEFAULTS = { variant: 'card', theme: 'auto', 'heading-level': '', lang: '', loading: 'lazy', endpoint: '' };
// Where `evidence-claim build` output is served from, with the claims beside the script.
const script = { src: DEFAULT_SCRIPT_PATH };
const blank = () => ({ schemaVersion: 1 });

const form = $('editor');
const options = $('options');
const status = $('status');

let doc = blank();
/** Paths the editor has left (or changed): their problems show next to them. */
let touched = new Set();
/** After an import or an export attempt, every problem shows. */
let showAll = false;
let lastCheck = checkClaim(doc);
let lastPreviewed;
let counter = 0;
const uid = (p) => `${p}-${++counter}`;

/** The controls by path, with their error line: filled as the form is built. */
const controls = new Map();
/** Error lines of groups (a list, an item) by path. */
const groupErrors = new Map();

function control(field, path) {
  const id = uid('f');
  const kind = field.kind ?? 'text';
  let input;
  if (kind === 'select') {
    input = el('select', { id });
    for (const [value, text] of field.options) input.append(el('option', { value, textContent: text }));
  } else if (kind === 'area' || kind === 'lines') {
    input = el('textarea', { id, rows: field.rows ?? (kind === 'lines' ? 3 : 4) });
  } else {
    input = el('input', { id, type: 'text', autocomplete: 'off' });
    if (kind === 'number') input.inputMode = 'decimal';
  }
  input.dataset.path = path;
  input.dataset.kind = kind;
  input.value = toControl(kind, getAt(doc, path));
  // A value the select does not offer (an imported typo) stays visible as its own option.
  if (kind === 'select' && input.value !== toControl(kind, getAt(doc, path))) {
    const raw = toControl(kind, getAt(doc, path));
    input.append(el('option', { value: raw, textContent: `${raw} (not one of the choices)` }));
    input.value = raw;
  }
  const help = field.help ? el('p', { id: `${id}-help`, className: 'help', textContent: field.help }) : undefined;
  const error = el('p', { id: `${id}-error`, className: 'error' });
  input.setAttribute('aria-describedby', [help?.id, error.id].filter(Boolean).join(' '));
  controls.set(path, { input, error, label: field.label });
  return el(
    'div',
    { className: `field${kind === 'area' || kind === 'lines' ? ' wide' : ''}` },
    el('label', { htmlFor: id, textContent: field.label }),
    input,
    help,
    error,
  );
}

function section({ legend, fields }) {
  return el('fieldset', { className: 'group' }, el('legend', { textContent: legend }), ...fields.map((f) => control(f, f.path)));
}

/** A repeating group: its items, each with move and remove buttons, and an add button. */
function listSection(name) {
  const spec = LISTS[name];
  const items = getAt(doc, name);
  const list = el('ol', { className: 'items' });
  const count = Array.isArray(items) ? items.length : 0;
  for (let i = 0; i < count; i++) {
    const base = `${name}[${i}]`;
    const title = `${spec.item} ${i + 1}`;
    const error = el('p', { className: 'error', id: uid('g') });
    groupErrors.set(base, error);
    // The visible words start the accessible name (what voice control users say).
    const button = (text, action, disabled = false) => {
      const b = el('button', { type: 'button', textContent: text, disabled, onclick: action, className: 'small' });
      b.setAttribute('aria-label', `${text} ${title.toLowerCase()}`);
      return b;
    };
    list.append(
      el(
        'li',
        {},
        el(
          'fieldset',
          { className: 'group item' },
          el('legend', { textContent: title }),
          error,
          ...spec.fields.map((f) => control(f, `${base}.${f.path}`)),
          el(
            'p',
            { className: 'actions' },
            button('Move up', () => move(name, i, -1, 'up'), i === 0),
            button('Move down', () => move(name, i, 1, 'down'), i === count - 1),
            button('Remove', () => remove(name, i)),
          ),
        ),
      ),
    );
  }
  const error = el('p', { className: 'error', id: uid('g') });
  groupErrors.set(name, error);
  const add = el('button', { type: 'button', textContent: spec.add, onclick: () => addItem(name) });
  add.dataset.add = name;
  return el(
    'fieldset',
    { className: 'group list', id: `list-${name}` },
    el('legend', { textContent: spec.legend }),
    error,
    list,
    el('p', { className: 'actions' }, add),
  );
}

/** (Re)builds the form from the document; focus goes to the control or button named, if any. */
function buildForm(focus) {
  controls.clear();
  groupErrors.clear();
  form.replaceChildren(...SECTIONS.map((s) => (s.list ? listSection(s.list) : section(s))));
  showProblems();
  if (typeof focus === 'function') focus()?.focus();
}

function addItem(name) {
  const items = Array.isArray(doc[name]) ? doc[name] : (doc[name] = []);
  items.push(name === 'studies' ? { id: freshStudyId(doc) } : {});
  const i = items.length - 1;
  changed();
  buildForm(() => [...controls.entries()].find(([p]) => p.startsWith(`${name}[${i}].`))?.[1].input);
  say(`${LISTS[name].item} ${i + 1} added.`);
}

function remove(name, i) {
  doc[name].splice(i, 1);
  if (!doc[name].length) delete doc[name];
  changed();
  buildForm(() => form.querySelector(`[data-add="${name}"]`));
  say(`${LISTS[name].item} ${i + 1} removed.`);
}

function move(name, i, by, word) {
  const items = doc[name];
  [items[i], items[i + by]] = [items[i + by], items[i]];
  changed();
  const title = `${LISTS[name].item} ${i + by + 1}`.toLowerCase();
  // Focus stays on the same button of the item that moved, or on the other one at an end.
  buildForm(
    () =>
      form.querySelector(`[aria-label="Move ${word} ${title}"]:not(:disabled)`) ??
      form.querySelector(`[aria-label^="Move "][aria-label$=" ${title}"]:not(:disabled)`),
  );
  say(`${LISTS[name].item} ${i + 1} moved ${word}: it is now ${title}.`);
}

const say = (text) => (status.textContent = text);

/** Where a problem is shown: its field, the nearest field or group above it, else only the list. */
function placeOf(path) {
  let p = ALIASES[path] ?? path;
  while (p) {
    if (controls.has(p)) return { ...controls.get(p), path: p };
    if (groupErrors.has(p)) return { error: groupErrors.get(p), path: p };
    p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '') === p ? '' : p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  }
}

/** `studies[1]` → "Study 2", for the words next to a field. */
const friendly = (path) =>
  path
    .replace(/^(\w+)\[(\d+)\]/, (m, list, i) => (LISTS[list] ? `${LISTS[list].item.toLowerCase()} ${Number(i) + 1}` : m))
    .replace(/^(\w+)$/, 'the $1 field');

/** The validator's message, with the field's own label as its subject. */
function sentence(problem, label) {
  const dropped =
    problem.dropped && problem.dropped !== problem.path ? `, so the card leaves out ${friendly(problem.dropped)}` : '';
  const text = `${label} ${problem.message}${dropped}`;
  return /[.?]$/.test(text) ? text : `${text}.`;
}

function showProblems() {
  const { errors, warnings } = lastCheck;
  for (const { input, error } of controls.values()) {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  }
  for (const error of groupErrors.values()) error.textContent = '';
  const items = [];
  for (const [problems, kind] of [
    [errors, 'error'],
    [warnings, 'warning'],
  ]) {
    for (const p of problems) {
      // A misspelt field name is shown at the field that was meant.
      const meant = /did you mean (\w+)\?$/.exec(p.message)?.[1];
      const exact = ALIASES[p.path] ?? p.path;
      const place = placeOf(meant ? p.path.replace(/[^.[\]]+$/, meant) : exact);
      // The field's own label names it; a problem placed elsewhere keeps its path.
      const text = sentence(p, !meant && place?.path === exact && place.label ? place.label : p.path);
      if (place && (showAll || touched.has(place.path) || kind === 'warning')) {
        place.error.textContent = place.error.textContent ? `${place.error.textContent} ${text}` : text;
        if (kind === 'error') place.input?.setAttribute('aria-invalid', 'true');
      }
      const target = place?.input ?? place?.error;
      const item = el('li', { className: kind });
      // In the list, a problem inside a study (or another item) says which one.
      const within = /^(\w+)\[(\d+)\]/.exec(p.path);
      const summary = within && LISTS[within[1]] ? `${LISTS[within[1]].item} ${Number(within[2]) + 1}: ${text}` : text;
      if (target)
        item.append(
          el('a', {
            href: `#${target.id}`,
            textContent: summary,
            onclick: (e) => (e.preventDefault(), target.focus?.(), target.scrollIntoView?.({ block: 'center' })),
          }),
        );
      else item.textContent = summary;
      items.push(item);
    }
  }
  const panel = $('problems');
  panel.hidden = !items.length;
  const n = errors.length;
  const w = warnings.length;
  const check = `${w} ${w === 1 ? 'thing' : 'things'} to check`;
  $('problems-heading').textContent = n
    ? `${n} ${n === 1 ? 'thing' : 'things'} to fix before export${w ? `, ${check}` : ''}`
    : check;
  $('problem-list').replaceChildren(...items);
}

/** The option attributes that differ from the defaults. */
function chosen() {
  const attrs = {};
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = options.elements.namedItem(name).value.trim();
    if (value !== fallback) attrs[name] = value;
  }
  return attrs;
}

/**
 * The preview shows the document whenever the widget can render it, else the last version it
 * could, else a placeholder: never a broken card.
 */
function updatePreview() {
  const preview = $('preview');
  const note = $('preview-note');
  const attrs = chosen();
  delete attrs.endpoint; // the preview always has the document itself
  const renderable = validateClaim(doc).ok;
  if (renderable) lastPreviewed = JSON.parse(JSON.stringify(doc));
  if (!lastPreviewed) {
    preview.replaceChildren(
      el('p', {
        className: 'placeholder',
        textContent: 'Your card appears here once the claim, the summary, the claim ID and the verdict are filled in.',
      }),
    );
    note.textContent = '';
    return;
  }
  let card = preview.querySelector('evidence-claim');
  if (!card) preview.replaceChildren((card = document.createElement('evidence-claim')));
  for (const name of Object.keys(DEFAULTS)) {
    if (attrs[name] === undefined) card.removeAttribute(name);
    else card.setAttribute(name, attrs[name]);
  }
  // The preview shows at once, wherever it is on the page; the snippet keeps the chosen loading.
  card.setAttribute('loading', 'eager');
  if (renderable || card.claim === undefined) card.claim = lastPreviewed;
  note.textContent = renderable
    ? ''
    : 'The preview shows the last version that could be shown. Fix the problems listed above to update it.';
}

/**
 * The prerendered element: the CLI's own prerenderer, built for the browser and loaded on first
 * use. It draws from the same templates as the card, every text escaped.
 */
async function prerenderedElement(claimDoc, claim, attrs) {
  const { prerender } = await import('../dist/prerender.browser.js');
  const shadow = await prerender(claimDoc, {
    version: customElements.get('evidence-claim').version,
    stylesheet: stylesheetFor(script.src),
    variant: attrs.variant,
    theme: attrs.theme,
    headingLevel: attrs['heading-level'],
    lang: attrs.lang,
    asOf: attrs['as-of'],
  });
  return claimElementHtml(claim, attrs, { shadow });
}

/** Bumped by every snippet update: a prerendered snippet for an older one is dropped. */
let snippets = 0;
function updateSnippet() {
  const ticket = ++snippets;
  // Written today, as `evidence-claim snippet` does: the card will say if the claim changes after.
  const attrs = { ...chosen(), 'as-of': today() };
  const endpointError = $('endpoint-error');
  endpointError.textContent =
    attrs.endpoint && !attrs.endpoint.includes('{id}') ? 'The address must contain {id}, where the claim ID goes.' : '';
  const snippet = $('snippet');
  if (!lastCheck.ok || endpointError.textContent) {
    snippet.value = '';
    snippet.placeholder = 'The code appears here once the problems above are fixed.';
    snippet.removeAttribute('aria-busy');
    return;
  }
  // By ID, from claims/<id>.json (the downloaded file, published with `evidence-claim build`):
  // no inline JSON, which a CMS that strips scripts would show as text. The light form at once;
  // the prerendered one replaces it when drawn, unless unticked.
  snippet.value = snippetHtml(script, claimElementHtml(lastCheck.claim, attrs));
  if (!$('prerender').checked) return;
  snippet.setAttribute('aria-busy', 'true');
  prerenderedElement(ordered(doc), lastCheck.claim, attrs)
    .then(
      (element) => ticket === snippets && (snippet.value = snippetHtml(script, element)),
      // The light form stays: it is a complete snippet too.
      (e) => console.warn('evidence-claim editor: the card could not be prerendered', e),
    )
    .finally(() => ticket === snippets && snippet.removeAttribute('aria-busy'));
}

let saving;
function saveDraft() {
  clearTimeout(saving);
  saving = setTimeout(() => {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ doc, options: chosen() }));
    } catch {
      // Storage off or full: the editor works, only the draft is not kept.
    }
  }, 200);
}

let typing;
/** After any change to the document: check it, show problems, refresh the preview and snippet. */
function changed({ now = false } = {}) {
  lastCheck = checkClaim(doc);
  showProblems();
  updateSnippet();
  saveDraft();
  clearTimeout(typing);
  if (now) updatePreview();
  else typing = setTimeout(updatePreview, 250);
}

form.addEventListener('input', (e) => {
  const input = e.target;
  if (!input.dataset.path) return;
  setAt(doc, input.dataset.path, fromControl(input.dataset.kind, input.value));
  if (input.localName === 'select') touched.add(input.dataset.path);
  changed();
});

/** A claim ID made from the claim's first words: `creatine-supplements-improve-memory`. */
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 6)
    .join('-')
    .slice(0, 64);

// A field's problems show once the editor has left it, not while they are still typing.
form.addEventListener('focusout', (e) => {
  const path = e.target.dataset?.path;
  // Leaving the claim with no ID yet: suggest one from its words (the editor may change it).
  const id = controls.get('id')?.input;
  if (path === 'claim' && id && !id.value && slug(e.target.value)) {
    id.value = slug(e.target.value);
    setAt(doc, 'id', id.value);
    changed();
  }
  if (path && !touched.has(path)) {
    touched.add(path);
    showProblems();
  }
});
form.addEventListener('submit', (e) => e.preventDefault());
options.addEventListener('input', () => {
  updateSnippet();
  updatePreview();
  saveDraft();
});
options.addEventListener('submit', (e) => e.preventDefault());

/** Puts a document into the form: every problem shows at once, as after a check. */
function load(json, message) {
  doc = json;
  touched = new Set();
  showAll = true;
  lastPreviewed = undefined;
  $('preview').replaceChildren();
  lastCheck = checkClaim(doc);
  buildForm();
  changed({ now: true });
  say(message);
}

/** True when the form holds something the editor wrote: replacing it asks first. */
const mayReplace = () =>
  Object.keys(doc).every((k) => k === 'schemaVersion') ||
  confirm('Replace the claim in the form? What it holds now will be lost.');

function open(text, source) {
  const error = $('open-error');
  const parsed = parseClaimText(text);
  const problem =
    'problem' in parsed
      ? parsed.problem
      : Array.isArray(parsed.json) || typeof parsed.json !== 'object' || !parsed.json
        ? { message: 'must be a JSON object' }
        : undefined;
  if (problem) {
    error.textContent = `The ${source} ${problem.message}.`;
    say(error.textContent);
    return;
  }
  error.textContent = '';
  if (!mayReplace()) return;
  const n = checkClaim(parsed.json).errors.length;
  load(
    parsed.json,
    `Opened the ${source}.${n ? ` ${n} ${n === 1 ? 'thing needs' : 'things need'} fixing: see the list above the form.` : ''}`,
  );
}

$('open-paste').addEventListener('click', () => open($('paste').value, 'pasted claim'));
$('open-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (file) open(await file.text(), `file ${file.name}`);
});
$('new-claim').addEventListener('click', () => {
  if (!mayReplace()) return;
  showAll = false;
  load(blank(), 'Started a new claim.');
  showAll = false;
  showProblems();
  form.querySelector('[data-path="claim"]').focus();
});

/** Export only what the widget will show as written: else the problems are listed and focused. */
function exportable() {
  if (lastCheck.ok && !$('endpoint-error').textContent) return true;
  showAll = true;
  showProblems();
  say(lastCheck.ok ? 'Fix the address where your claims are hosted first.' : 'Fix the problems listed above first.');
  if (!lastCheck.ok) $('problems-heading').focus();
  return false;
}

const json = () => `${JSON.stringify(ordered(doc), null, 2)}\n`;

async function copy(text, what, area) {
  try {
    await navigator.clipboard.writeText(text);
    say(`${what} copied.`);
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select it instead.
    if (area) {
      area.focus();
      area.select();
    }
    say(area ? `${what} selected: press Ctrl+C (⌘C on a Mac) to copy.` : `${what} could not be copied here: use Download JSON.`);
  }
}

$('copy-json').addEventListener('click', () => exportable() && copy(json(), 'JSON'));
$('download-json').addEventListener('click', () => {
  if (!exportable()) return;
  const url = URL.createObjectURL(new Blob([json()], { type: 'application/json' }));
  const a = el('a', { href: url, download: `${doc.id}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say(`Downloaded ${doc.id}.json.`);
});
$('copy').addEventListener('click', () => exportable() && copy($('snippet').value, 'Code', $('snippet')));

/** The draft of the last visit, if this browser kept one. */
function restore() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY));
    if (draft && typeof draft.doc === 'object' && !Array.isArray(draft.doc) && draft.doc) {
      for (const [name, value] of Object.entries(draft.options ?? {})) {
        const input = options.elements.namedItem(name);
        if (input && name in DEFAULTS) input.value = value;
      }
      return draft.doc;
    }
  } catch {
    // no storage, or not ours: start blank
  }
}

const draft = restore();
doc = draft ?? blank();
lastCheck = checkClaim(doc);
buildForm();
changed({ now: true });
if (draft) say('Your draft from this browser is back.');
