// The embed builder: a claim ID or document plus the element's options in, a live preview and
// the snippet to paste out. What the user pastes is only ever data: the preview element is
// made with createElement/setAttribute and its `claim` property, and the snippet is the value
// of a read-only textarea, never parsed as HTML. The snippet's markup comes from the same
// functions as the CLI's (cli/lib/embed.mjs).
import { EvidenceClaim } from '../dist/evidence-claim.js';
import { ID_PATTERN, problemText, validateClaim } from '../dist/toolkit.js';
import { cdnScriptUrl } from '../cli/lib/defaults.mjs';
import { claimElementHtml, elementHtml, snippetHtml } from '../cli/lib/embed.mjs';

const $ = (id) => document.getElementById(id);
const form = $('form');
const input = $('input');
const inputStatus = $('input-status');
const preview = $('preview');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');

/** The element's defaults: an option left at its default is left out of the snippet. */
const DEFAULTS = { variant: 'card', theme: 'auto', 'heading-level': '3', lang: '', loading: 'lazy', endpoint: '' };
const script = { src: cdnScriptUrl(EvidenceClaim.version) };

/** The chosen options that differ from the defaults, as attributes. */
function chosenAttributes() {
  const attrs = {};
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = form.elements.namedItem(name).value.trim();
    if (value !== fallback) attrs[name] = value;
  }
  return attrs;
}

/**
 * What the textarea holds: `{ id }`, `{ doc, claim, warnings }` for a valid document, or a
 * `problem` to tell (with the `doc` when it parsed, so the preview can show the element's error).
 */
function readInput() {
  const text = input.value.trim();
  if (!text) return { problem: 'Paste a claim ID or a claim document.' };
  if (text.startsWith('{')) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return { problem: `This is not valid JSON: ${e.message}` };
    }
    const result = validateClaim(doc);
    if (!result.ok) return { doc, problem: `This document is not valid: ${result.errors.map(problemText).join('; ')}` };
    return { doc, claim: result.claim, warnings: result.warnings };
  }
  if (!ID_PATTERN.test(text)) return { problem: 'A claim ID is 1 to 64 of the characters A-Z, a-z, 0-9, _ and -.' };
  return { id: text };
}

function setSnippet(text) {
  if (snippet.value !== text) copyStatus.textContent = '';
  snippet.value = text;
  copyButton.disabled = !text;
}

/** A new preview element for the input and options: a fresh one each time, no stale state. */
function showPreview(source, attrs) {
  const el = document.createElement('evidence-claim');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (source.doc !== undefined) el.claim = source.doc;
  else el.setAttribute('claim-id', source.id);
  el.addEventListener('evidence-claim-load', (e) => {
    if (preview.firstElementChild !== el || !source.id) return;
    // Now that the claim is known, the snippet can carry its fallback content. With no endpoint
    // chosen, the CDN script would look for claims/<id>.json beside itself, which does not
    // exist: the snippet then carries the claim inline, as the CLI's does.
    const inline = attrs.endpoint ? undefined : e.detail;
    setSnippet(snippetHtml(script, claimElementHtml(e.detail, attrs, { inline })));
    inputStatus.textContent = inline
      ? `Loaded claim "${source.id}". No endpoint is set, so the snippet carries the claim inline; set the endpoint where your claims are hosted to load it by ID instead.`
      : `Loaded claim "${source.id}".`;
  });
  el.addEventListener('evidence-claim-error', (e) => {
    if (preview.firstElementChild === el && source.id) inputStatus.textContent = `The preview could not load this claim: ${e.detail.message}`;
  });
  preview.replaceChildren(el);
}

function update() {
  const attrs = chosenAttributes();
  const source = readInput();
  const badEndpoint = attrs.endpoint && !attrs.endpoint.includes('{id}');
  if (badEndpoint) source.problem = 'The endpoint must contain {id}, where the claim ID goes.';
  // An invalid document is previewed all the same: the element shows what it makes of it.
  if (!badEndpoint && (source.doc !== undefined || source.id)) showPreview(source, attrs);
  else preview.replaceChildren();

  if (source.problem) {
    inputStatus.textContent = source.problem;
    setSnippet('');
  } else if (source.claim) {
    inputStatus.textContent = source.warnings.length
      ? `Valid. These invalid optional fields will be ignored: ${source.warnings.map(problemText).join('; ')}`
      : 'A valid claim document: the snippet carries it inline.';
    setSnippet(snippetHtml(script, claimElementHtml(source.claim, attrs, { inline: source.doc })));
  } else {
    inputStatus.textContent = `Loading claim "${source.id}"…`;
    setSnippet(snippetHtml(script, elementHtml({ 'claim-id': source.id, ...attrs })));
  }
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select it for the reader.
    snippet.focus();
    snippet.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      // unsupported: the selection stays for Ctrl+C
    }
    copyStatus.textContent = copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

let typing;
form.addEventListener('input', (e) => {
  clearTimeout(typing);
  // Wait for a pause in typing before fetching or re-rendering; choices apply at once.
  if (e.target === input || e.target.id === 'endpoint') typing = setTimeout(update, 300);
  else update();
});
form.addEventListener('submit', (e) => e.preventDefault());
copyButton.addEventListener('click', copySnippet);
update();
