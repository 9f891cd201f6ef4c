// The CLI's prerendered snippet in real pages (test/prerendered-page.mjs, under the strict CSP):
// complete without JavaScript, styled with zero violations, adopted by the script without a
// visible change, and redrawn only when the document it was drawn from has changed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { claimJson, requestLog, settled, textOf, uniqueKey } from './helpers.js';

interface Framed extends Window {
  __violations: unknown[];
  __shifts: number[];
}

/** Opens a page in an iframe; `sandbox` (no allow-scripts) runs it without JavaScript. */
async function open(url: string, { sandbox = false, width = 1000, height = 900 } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  if (sandbox) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = url;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('#after'), 'page', { timeout: 10000 });
  const doc = frame.contentDocument!;
  const el = doc.querySelector('evidence-claim')!;
  const win = frame.contentWindow as Framed;
  // The stylesheet linked from inside the template has applied.
  const root = () => el.shadowRoot?.querySelector<HTMLElement>('.root');
  await waitUntil(() => root() && win.getComputedStyle(root()!).overflowWrap === 'anywhere', 'styled', { timeout: 10000 });
  return { frame, doc, el, win, root: () => root()! };
}

/** What a reader sees of the card: its rendered text. */
const seen = (el: Element) => (el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')?.innerText ?? '').trim();

/**
 * Whether the card shows the served edition: its own words, and not the older one's. (A card
 * redrawn a moment ago may have no rendered text for a frame: `content-visibility`.)
 */
const newEdition = (el: Element, words: string) => seen(el).includes(words) && !seen(el).includes('An older summary.');

const defined = (win: Window) => !!win.customElements.get('evidence-claim');

/** The language packs a page fetched. */
const packsLoaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/i18n/'));

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('a prerendered card without JavaScript', () => {
  it('shows every section, styled: verdict, scores, summary, studies, disclosures, disclaimer', async () => {
    const { el, win, root } = await open('/prerendered/sample-vitamin-d.html?script=none', { sandbox: true });
    expect(defined(win)).to.be.false;
    const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
    expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
    expect(textOf($('[part="badge"]'))).to.equal('Evidence is mixed');
    // Level 2 without script: one below an article's title (the script fits it to the outline).
    expect(textOf($('[role="heading"][aria-level="2"]'))).to.include('vitamin D supplement');
    expect(textOf($('[part="scores"]'))).to.match(/Evidence for ?41 out of 100/);
    expect(textOf(root())).to.include('daily vitamin D gives a small protective effect');
    // Three studies, and the rest in a native "Show all 4 studies" disclosure.
    expect(el.shadowRoot!.querySelectorAll('[part="studies"] > li')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('details > .rest > li')).to.have.length(1);
    expect(textOf($('[part="disclaimer"]'))).to.match(/medical advice/i);
    // Styled by the linked stylesheet: the card's box, the verdict's colour.
    expect(win.getComputedStyle($('[part="card"]')!).borderTopWidth).to.equal('4px');
    expect(win.getComputedStyle($('svg')!).width).to.not.equal('300px');
    // The disclosures open natively.
    const disclosures = [...el.shadowRoot!.querySelectorAll('details')];
    expect(disclosures.length).to.equal(3);
    for (const d of disclosures) {
      expect(d.open).to.be.false;
      d.querySelector('summary')!.click();
      expect(d.open).to.be.true;
      expect(d.querySelector('section, p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    // The light fallback is there for tools that drop templates, and hidden by the card.
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('compact: the rest of the card opens from a native disclosure', async () => {
    const { el } = await open('/prerendered/sample-vitamin-d.html?script=none&variant=compact', { sandbox: true });
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
    expect(textOf(toggle)).to.equal('Show the full evidence');
    const studies = el.shadowRoot!.querySelector('[part="studies"]')!;
    expect(studies.checkVisibility()).to.be.false;
    toggle.click();
    expect(studies.checkVisibility()).to.be.true;
  });

  it('badge: the pill opens the card in a popover (popovertarget)', async () => {
    const { el } = await open('/prerendered/sample-vitamin-d.html?script=none&variant=badge', { sandbox: true });
    const pop = el.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
    expect(pop.matches(':popover-open')).to.be.false;
    el.shadowRoot!.querySelector<HTMLElement>('[part="badge-button"]')!.click();
    expect(pop.matches(':popover-open')).to.be.true;
    expect(textOf(pop)).to.match(/Evidence for ?41 out of 100/);
  });
});

for (const script of ['module', 'iife']) {
  describe(`a prerendered card when the ${script} script arrives 1.5 s late (and its stylesheet 0.4 s)`, () => {
    it('strict CSP: styled, zero violations; the script changes nothing the reader sees', async () => {
      const { el, win, root } = await open(`/prerendered/sample-vitamin-d.html?script=${script}&late=1500&csslate=400`);
      expect(defined(win), 'measured before the script').to.be.false;
      const before = seen(el);
      const card = el.shadowRoot!.querySelector('[part="card"]')!;
      expect(before).to.include('Taking a daily vitamin D supplement');
      await waitUntil(() => defined(win) && el.getAttribute('state') === 'ready', 'the script', { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 300));
      // Adopted, not drawn again: the same nodes, one card, the same text.
      expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
      expect(card.isConnected).to.be.true;
      expect(seen(el)).to.equal(before);
      expect(win.getComputedStyle(root()).overflowWrap).to.equal('anywhere');
      expect(win.__violations).to.deep.equal([]);
      const cls = win.__shifts.reduce((a, b) => a + b, 0);
      expect(cls, JSON.stringify((win as any).__shiftLog)).to.be.at.most(0.01);
      // Interactive: its disclosure still opens, and the element knows its claim.
      const details = el.shadowRoot!.querySelector('details')!;
      details.querySelector('summary')!.click();
      expect(details.open).to.be.true;
      expect((el as EvidenceClaim).validatedClaim?.id).to.equal('sample-vitamin-d');
    });
  });
}

describe('a prerendered card whose stylesheet link carries an integrity hash', () => {
  it('is styled when the stylesheet is the hashed copy, and left unstyled when the bytes differ', async () => {
    // open() waits until the linked stylesheet has applied.
    const { el } = await open('/prerendered/sample-vitamin-d.html?script=none&sri=good', { sandbox: true });
    const link = el.shadowRoot!.querySelector('link')!;
    expect(link.integrity).to.match(/^sha384-/);
    expect(link.crossOrigin).to.equal('anonymous');

    // A wrong hash: the engine refuses the stylesheet (what SRI is for), so the card is unstyled.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:900px;border:0';
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.src = '/prerendered/sample-vitamin-d.html?script=none&sri=bad';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    await new Promise((r) => setTimeout(r, 300));
    const bad = frame.contentDocument!.querySelector('evidence-claim')!;
    const root = bad.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(frame.contentWindow!.getComputedStyle(root).overflowWrap).to.not.equal('anywhere');
  });
});

describe('a prerendered card with a claim-id', () => {
  it('fetches the document when near, and keeps the card as it is when nothing changed', async () => {
    const key = uniqueKey('pre-same');
    const { el, win } = await open(`/prerendered/sample-vitamin-d.html?endpoint=/api/ok/${key}/{id}.json`);
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    const before = seen(el);
    await waitUntil(async () => (await requestLog(key)).count === 1, 'one fetch', { timeout: 10000 });
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    expect(card.isConnected).to.be.true;
    expect(seen(el)).to.equal(before);
    // Styled by its own link alone: the script adopts no sheet into a card it keeps (restyling
    // every card of a page for nothing made one long task on a page of 100).
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
    expect(win.__violations).to.deep.equal([]);
  });

  it('updates in place when the served document has changed', async () => {
    // The new edition is answered 1.5 s late, so the old one is seen first in every engine.
    const key = uniqueKey('pre-changed');
    const { el, win } = await open(`/prerendered/sample-vitamin-d.html?stale=1&endpoint=/api/slow/${key}/{id}.json`);
    expect(seen(el)).to.include('An older summary.');
    await waitUntil(() => newEdition(el, 'daily vitamin D gives'), 'the new edition', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
    expect(seen(el)).to.include('daily vitamin D gives a small protective effect');
    expect(el.getAttribute('state')).to.equal('ready');
    // Redrawn, it carries the styles the script draws with.
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(3);
    expect((await requestLog(key)).count).to.equal(1);
    expect(win.__violations).to.deep.equal([]);
  });

  it('in Spanish: checks its document without fetching the Spanish strings it does not redraw with', async () => {
    const key = uniqueKey('pre-es');
    const { el, win } = await open(`/prerendered/sample-es.html?endpoint=/api/ok/${key}/{id}.json`);
    const before = seen(el);
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(seen(el)).to.equal(before);
    expect(before).to.include('La evidencia lo respalda');
    expect(packsLoaded(win)).to.deep.equal([]);
  });

  it('in Spanish, changed: fetches the Spanish strings and redraws in Spanish', async () => {
    const key = uniqueKey('pre-es-changed');
    const { el, win } = await open(`/prerendered/sample-es.html?stale=1&endpoint=/api/ok/${key}/{id}.json`);
    await waitUntil(() => newEdition(el, 'Los estudios de ejemplo'), 'the new edition', { timeout: 10000 });
    expect(seen(el)).to.include('La evidencia lo respalda');
    expect(packsLoaded(win)).to.deep.equal(['/dist/i18n/es.js']);
  });

  it('still checks its document when moved in the page mid-check', async () => {
    const key = uniqueKey('pre-moved');
    // The script (and its element file) 2.5 s late each: the page is set before it runs, even on a busy machine.
    const { el, doc, win } = await open(`/prerendered/sample-vitamin-d.html?stale=1&late=2500&endpoint=/api/ok/${key}/{id}.json`);
    // Far below the fold before the script arrives: the card waits to be near before it checks.
    (el as HTMLElement).style.marginTop = '5000px';
    await waitUntil(() => defined(win), 'defined', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect((await requestLog(key)).count).to.equal(0);
    // Not checked yet, and shown as it is: ready, at its own height (no loading box's).
    expect(el.getAttribute('state')).to.equal('ready');
    expect(win.getComputedStyle(el).minHeight).to.equal('0px');
    // A move is a disconnect and a connect: the wait starts over where the card now is.
    doc.body.append(el);
    (el as HTMLElement).style.marginTop = '';
    await waitUntil(() => newEdition(el, 'daily vitamin D gives'), 'the new edition', { timeout: 10000 });
    expect(seen(el)).to.include('daily vitamin D gives a small protective effect');
    expect(el.getAttribute('state')).to.equal('ready');
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('prerendered and client-rendered cards', () => {
  for (const id of ['sample-vitamin-d', 'sample-es', 'sample-ar', 'sample-minimal']) {
    it(`${id}: the same text, as the widget draws it`, async () => {
      const { el: pre } = await open(`/prerendered/${id}.html?script=none`, { sandbox: true });
      const live = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson(id)}></evidence-claim>`);
      await settled(live);
      // Whitespace aside: the tests draw from the unminified sources, the CLI from the built
      // templates. Both carry the studies past the first three in a closed "Show all" disclosure.
      const text = (e: Element) => {
        const root = e.shadowRoot!.querySelector('.root')!.cloneNode(true) as Element;
        root.querySelectorAll('.rest').forEach((rest) => rest.remove());
        return textOf(root).replace(/\s+/g, '');
      };
      expect(text(pre)).to.equal(text(live));
      // The same controls: the disclosures' and buttons' names, in order.
      const controls = (e: Element) =>
        [...e.shadowRoot!.querySelectorAll('summary, button')].map((c) => `${c.localName}:${textOf(c)}`);
      expect(controls(pre)).to.deep.equal(controls(live));
    });
  }
});

describe('a prerendered card whose element asks for other options than it was drawn with', () => {
  /** The page without its script; the element's attributes changed; then the script, as a late script tag would. */
  async function withOptions(attributes: Record<string, string>, pageLang = 'en', id = 'sample-vitamin-d') {
    const { el, doc, win } = await open(`/prerendered/${id}.html?script=none`);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    doc.documentElement.lang = pageLang;
    const script = Object.assign(doc.createElement('script'), { type: 'module', src: '/dist/evidence-claim.js' });
    doc.head.append(script);
    await waitUntil(() => defined(win) && el.getAttribute('state') === 'ready', 'the script', { timeout: 10000 });
    await (el as EvidenceClaim).updateComplete;
    return { el, win };
  }

  it('a page in en-US keeps the card drawn in en: the same strings, nothing redrawn', async () => {
    // A claim that names no language: the CLI draws it in en, the page around it says en-US.
    const { el } = await withOptions({}, 'en-US', 'sample-minimal');
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(card.isConnected).to.be.true;
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
  });

  it('theme="dark": the kept card is shown dark, in place', async () => {
    const { el, win } = await withOptions({ theme: 'dark' });
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root[data-digest]')!;
    expect(root.classList.contains('dark')).to.be.true;
    // The card's own surface follows: a dark background.
    const [r, g, b] = win.getComputedStyle(root.querySelector('[part="card"]')!).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r + g + b).to.be.below(200);
  });

  it("heading-level=4: the kept card's headings are at 4 and 5", async () => {
    const { el } = await withOptions({ 'heading-level': '4' });
    expect(el.shadowRoot!.querySelector('#h')!.getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.querySelector('.sec [role="heading"]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('variant="compact": redrawn as the compact card', async () => {
    const { el } = await withOptions({ variant: 'compact' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="more"]'), 'the compact card', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
    expect(textOf(el.shadowRoot!.querySelector('[part="more"] > summary'))).to.equal('Show the full evidence');
  });
});
