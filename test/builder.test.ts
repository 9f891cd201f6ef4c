// demo/builder.html, used as a publisher uses it: in a frame, typing into its form, reading its
// preview and its snippet. It loads the built dist/ (which `npm test` builds first).
import { expect, waitUntil } from '@open-wc/testing';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { textOf } from './helpers.js';

let frame: HTMLIFrameElement;
let doc: Document;
const $ = <T extends Element = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
const preview = () => $<EvidenceClaim>('#preview evidence-claim');
const snippet = () => $<HTMLTextAreaElement>('#snippet').value;
const status = () => textOf($('#input-status'));
const readyPreview = async () => {
  await waitUntil(() => preview()?.state === 'ready', 'the preview is not ready', { timeout: 10000 });
  return preview();
};

/** Types into a field the way a person does: a value, then an input event. */
async function type(selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // The builder waits for a pause in typing.
  await new Promise((r) => setTimeout(r, 400));
}
function choose(selector: string, value: string) {
  const select = $<HTMLSelectElement>(selector);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
}

before(async () => {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:2400px';
  frame.src = '/demo/builder.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  doc = frame.contentDocument!;
  await waitUntil(() => preview(), 'the builder did not start', { timeout: 10000 });
});
after(() => frame.remove());

it('has no inline script or style, and a label for every control', () => {
  expect(doc.querySelectorAll('script:not([src]), style, [style]').length).to.equal(0);
  const controls = [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea')];
  expect(controls.length).to.equal(8);
  for (const control of controls) {
    expect(control.labels?.length, `#${control.id} has no label`).to.equal(1);
    expect(textOf(control.labels![0])).not.to.equal('');
  }
  expect(textOf($('#copy'))).to.equal('Copy snippet');
});

it('starts with a claim ID: the preview loads it and the snippet carries its fallback', async () => {
  const el = await readyPreview();
  expect(el.getAttribute('claim-id')).to.equal('sample-vitamin-d');
  expect(textOf(el.shadowRoot!.querySelector('[role="heading"]'))).to.equal(
    'Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.',
  );
  const version = (frame.contentWindow as any).customElements.get('evidence-claim').version;
  const lines = snippet().split('\n');
  expect(lines[0]).to.equal(`<script type="module" src="https://cdn.jsdelivr.net/npm/evidence-claim@${version}/dist/evidence-claim.js"></script>`);
  expect(lines[1]).to.equal('<evidence-claim claim-id="sample-vitamin-d">');
  expect(snippet()).to.include('<p><strong>Evidence is mixed</strong></p>');
  // No endpoint chosen: the CDN script could not find claims/<id>.json, so the claim rides inline.
  expect(snippet()).to.include('<script type="application/json">');
  expect(status()).to.match(/^Loaded claim "sample-vitamin-d"\. No endpoint is set, so the snippet carries the claim inline/);
});

it('applies the options to the preview and puts only the non-default ones in the snippet', async () => {
  choose('#variant', 'compact');
  choose('#theme', 'dark');
  choose('#heading-level', '2');
  choose('#lang', 'es');
  choose('#loading', 'eager');
  const el = await readyPreview();
  expect(el.getAttribute('variant')).to.equal('compact');
  expect(el.getAttribute('theme')).to.equal('dark');
  expect(el.getAttribute('lang')).to.equal('es');
  expect(el.getAttribute('loading')).to.equal('eager');
  expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  expect(textOf(el.shadowRoot!.querySelector('[part="toggle"]'))).to.equal('Ver toda la evidencia');
  expect(snippet()).to.include('<evidence-claim claim-id="sample-vitamin-d" variant="compact" theme="dark" heading-level="2" lang="es" loading="eager">');

  for (const [selector, value] of [['#variant', 'card'], ['#theme', 'auto'], ['#heading-level', '3'], ['#lang', ''], ['#loading', 'lazy']]) {
    choose(selector, value);
  }
  await readyPreview();
  expect(snippet()).to.include('<evidence-claim claim-id="sample-vitamin-d">');
});

it('takes an endpoint with {id}, and refuses one without', async () => {
  await type('#endpoint', '/api/ok/builder/{id}.json');
  const el = await readyPreview();
  expect(el.getAttribute('endpoint')).to.equal('/api/ok/builder/{id}.json');
  expect(snippet()).to.include('endpoint="/api/ok/builder/{id}.json"');

  await type('#endpoint', 'https://data.example/claims.json');
  expect(status()).to.equal('The endpoint must contain {id}, where the claim ID goes.');
  expect(snippet()).to.equal('');
  expect($<HTMLButtonElement>('#copy').disabled).to.be.true;
  await type('#endpoint', '');
});

it('shows a pasted document as it is and carries it inline in the snippet', async () => {
  const text = await (await fetch('/demo/claims/sample-minimal.json')).text();
  await type('#input', text);
  const el = await readyPreview();
  expect(el.hasAttribute('claim-id')).to.be.false;
  expect(el.claim).to.deep.equal(JSON.parse(text));
  expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.equal('Not enough evidence');
  expect(status()).to.equal('A valid claim document: the snippet carries it inline.');
  const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet())![1];
  expect(JSON.parse(inline)).to.deep.equal(JSON.parse(text));
  expect(snippet()).to.include('<p><strong>Not enough evidence</strong></p>');
});

it('keeps hostile text as text: in the preview, the status and the snippet', async () => {
  const text = await (await fetch('/api/ok/builder/hostile.json')).text();
  await type('#input', text);
  const el = await readyPreview();
  const win = frame.contentWindow as any;
  expect(win.__pwned).to.equal(undefined);
  expect(doc.querySelectorAll('img, iframe, svg:not(evidence-claim svg)').length).to.equal(0);
  expect(textOf(el.shadowRoot!.querySelector('[role="heading"]'))).to.equal(JSON.parse(text).claim);
  expect(status()).to.include('These invalid optional fields will be ignored: ');
  // The snippet holds exactly one script of its own making, plus the inline JSON one.
  expect(snippet().match(/<script/g)!.length).to.equal(2);
  expect(snippet().match(/<\/script>/g)!.length).to.equal(2);
  expect(snippet()).to.include('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
});

it('says what is wrong with input it cannot use', async () => {
  await type('#input', '{ "schemaVersion": 1, "id": ');
  expect(status()).to.match(/^This is not valid JSON: /);
  expect(preview()).to.equal(null);
  expect(snippet()).to.equal('');

  await type('#input', '{ "schemaVersion": 1, "id": "x", "claim": "A claim.", "summary": "S.", "verdict": { "leaning": "probably" } }');
  expect(status()).to.equal('This document is not valid: verdict.leaning must be one of supports, opposes, balanced, insufficient');
  await waitUntil(() => preview()?.state === 'error', 'the preview does not show the error');

  await type('#input', 'not an id!');
  expect(status()).to.equal('A claim ID is 1 to 64 of the characters A-Z, a-z, 0-9, _ and -.');
  await type('#input', '');
  expect(status()).to.equal('Paste a claim ID or a claim document.');
  await type('#input', 'sample-minimal');
  await readyPreview();
});

describe('the Copy button', () => {
  const clipboard = () => (frame.contentWindow as any).navigator.clipboard;
  let original: (text: string) => Promise<void>;
  before(() => (original = clipboard().writeText));
  after(() => (clipboard().writeText = original));

  it('copies the snippet to the clipboard', async () => {
    let copied = '';
    clipboard().writeText = async (text: string) => void (copied = text);
    $('#copy').click();
    await waitUntil(() => textOf($('#copy-status')) === 'Copied.');
    expect(copied).to.equal(snippet());
    expect(copied).to.include('<evidence-claim claim-id="sample-minimal">');
  });

  it('selects the snippet when the clipboard is refused', async () => {
    await type('#input', 'sample-vitamin-d');
    await readyPreview();
    clipboard().writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    $('#copy').click();
    await waitUntil(() => textOf($('#copy-status')) !== '', 'no word on the copy');
    const area = $<HTMLTextAreaElement>('#snippet');
    expect(doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(['Copied.', 'Selected: press Ctrl+C (⌘C on a Mac) to copy.']).to.include(textOf($('#copy-status')));
  });
});
