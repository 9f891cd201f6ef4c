// What the card reads from the page around it: theme="auto" against real page backgrounds and
// color-schemes, and the default heading level against real outlines (checked by axe's
// heading-order rule, the one Lighthouse runs).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, claimJson, settled } from './helpers.js';
import { can, itWhere } from './engines.js';

let full: Record<string, unknown>;
before(async () => {
  full = await claimJson('sample-vitamin-d');
});
afterEach(async () => {
  if (can('mediaEmulation')) await emulateMedia({ colorScheme: 'light' });
  document.documentElement.style.colorScheme = '';
  document.documentElement.style.background = '';
  document.body.style.background = '';
});

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(23, 25, 29)';
const surface = (el: EvidenceClaim) => getComputedStyle($(el, '[part="card"]')!).backgroundColor;

/** A card inside `wrapper` markup (the card goes where `<evidence-claim>` is). */
async function cardIn(markup: (card: unknown) => unknown, theme?: string) {
  const wrapper = await fixture(markup(html`<evidence-claim .claim=${full} theme=${theme ?? 'auto'}></evidence-claim>`));
  return settled(wrapper.querySelector('evidence-claim')!);
}
const plain = (card: unknown) => html`<div>${card}</div>`;

describe('theme="auto"', () => {
  itWhere('mediaEmulation', 'a white page stays light in dark OS mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.body.style.background = '#fff';
    expect(surface(await cardIn(plain))).to.equal(LIGHT);
  });

  it('a dark page stays dark in light OS mode', async () => {
    document.body.style.background = 'rgb(18, 18, 18)';
    expect(surface(await cardIn(plain))).to.equal(DARK);
  });

  itWhere('mediaEmulation', "a page that paints nothing is the browser's white canvas: light, even in dark OS mode", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await cardIn(plain))).to.equal(LIGHT);
  });

  it('the background right behind the card counts: a dark box on a white page, a white box on a dark page', async () => {
    document.body.style.background = '#fff';
    expect(surface(await cardIn((c) => html`<aside style="background: #202124; padding: 8px">${c}</aside>`))).to.equal(DARK);
    document.body.style.background = '#000';
    expect(surface(await cardIn((c) => html`<div style="background: rgb(250, 248, 240)"><p>${c}</p></div>`))).to.equal(LIGHT);
    // A nearly transparent tint does not count: the page beneath it does.
    expect(surface(await cardIn((c) => html`<div style="background: rgba(255, 255, 255, 0.1)">${c}</div>`))).to.equal(DARK);
  });

  it('backgrounds in oklch(), lab() and color() (as Tailwind writes them) are read as the colours they are', async () => {
    document.body.style.background = '#fff';
    expect(surface(await cardIn((c) => html`<div style="background: oklch(0.21 0.006 285.9)">${c}</div>`))).to.equal(DARK);
    expect(surface(await cardIn((c) => html`<div style="background: lab(20 0 -5)">${c}</div>`))).to.equal(DARK);
    document.body.style.background = '#000';
    expect(surface(await cardIn((c) => html`<div style="background: oklch(0.985 0.002 248)">${c}</div>`))).to.equal(LIGHT);
    expect(surface(await cardIn((c) => html`<div style="background: color(srgb 0.98 0.98 0.97)">${c}</div>`))).to.equal(LIGHT);
  });

  it("inside another component's shadow root, the component's background counts", async () => {
    document.body.style.background = '#fff';
    const host = await fixture<HTMLElement>(html`<div style="background: #111"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('evidence-claim') as EvidenceClaim;
    el.claim = full;
    root.append(el);
    await settled(el);
    expect(surface(el)).to.equal(DARK);
  });

  itWhere('mediaEmulation', "the page's own color-scheme wins over its background", async () => {
    document.body.style.background = '#fff';
    document.documentElement.style.colorScheme = 'dark';
    expect(surface(await cardIn(plain))).to.equal(DARK);
    document.documentElement.style.colorScheme = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await cardIn(plain))).to.equal(LIGHT);
  });

  it("a color-scheme set on the card's section of the page counts", async () => {
    expect(surface(await cardIn((c) => html`<section style="color-scheme: dark">${c}</section>`))).to.equal(DARK);
  });

  itWhere('mediaEmulation', 'the OS preference decides when the page declares both schemes and paints nothing', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await cardIn(plain))).to.equal(DARK);
    await emulateMedia({ colorScheme: 'light' });
    expect(surface(await cardIn(plain))).to.equal(LIGHT);
  });

  itWhere('mediaEmulation', 'a page whose dark mode is a media query: the card follows when the reader switches', async () => {
    const style = document.createElement('style');
    style.textContent = 'body { background: #fff } @media (prefers-color-scheme: dark) { body { background: #121212 } }';
    document.head.append(style);
    try {
      const el = await cardIn(plain);
      expect(surface(el)).to.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface(el)).to.equal(DARK);
    } finally {
      style.remove();
    }
  });

  itWhere('mediaEmulation', 'explicit light and dark still win', async () => {
    document.body.style.background = '#000';
    expect(surface(await cardIn(plain, 'light'))).to.equal(LIGHT);
    document.body.style.background = '#fff';
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await cardIn(plain, 'dark'))).to.equal(DARK);
  });
});

/** axe's heading-order rule, as Lighthouse runs it, over one container. */
async function headingOrder(container: Element) {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as any).axe;
  const result = await axe.run(container, { runOnly: ['heading-order'] });
  return result as { violations: unknown[]; passes: { nodes: unknown[] }[] };
}

const levels = (el: EvidenceClaim) => ({
  claim: $(el, '[role="heading"][id]')!.getAttribute('aria-level'),
  sections: [...new Set($$(el, '[role="heading"]:not([id])').map((h) => h.getAttribute('aria-level')))],
});

describe('heading-level by default', () => {
  const outlines: [string, (card: unknown) => unknown, string][] = [
    ['no heading before the card', (c) => html`<article><p>Intro.</p>${c}<p>After.</p></article>`, '2'],
    ["after the article's h1", (c) => html`<article><h1>Article</h1><p>Text.</p>${c}<h2>Next section</h2></article>`, '2'],
    [
      'deep in a section: h1, h2, h3, then the card',
      (c) =>
        html`<article><h1>Article</h1><h2>Part</h2><p>Text.</p><h3>Detail</h3><div><p>${c}</p></div><h2>Next part</h2></article>`,
      '4',
    ],
    [
      'after a role=heading with aria-level, and headings after the card do not count',
      (c) => html`<main><h1>Site</h1><div role="heading" aria-level="2">Box</div>${c}<h5>Later</h5></main>`,
      '3',
    ],
    [
      'after a role=heading with no aria-level (level 2)',
      (c) => html`<main><h1>Site</h1><div role="heading">Box</div>${c}</main>`,
      '3',
    ],
  ];
  for (const [name, markup, level] of outlines) {
    it(`${name}: the claim is level ${level}, its sections one below, and heading-order passes`, async () => {
      const el = await cardIn(markup);
      const container = el.closest('article, main')!;
      expect(levels(el)).to.deep.equal({ claim: level, sections: [String(+level + 1)] });
      const { violations, passes } = await headingOrder(container);
      expect(violations).to.deep.equal([]);
      // The rule looked at the card's headings too (claim, summary, mechanism, research), not only the page's.
      expect(passes[0].nodes.length).to.be.at.least(4 + container.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]').length);
    });
  }

  it('an explicit heading-level wins', async () => {
    const wrapper = await fixture(
      html`<article><h1>A</h1><h2>B</h2><evidence-claim heading-level="2" .claim=${full}></evidence-claim></article>`,
    );
    const el = await settled(wrapper.querySelector('evidence-claim')!);
    expect(levels(el)).to.deep.equal({ claim: '2', sections: ['3'] });
  });

  it('never goes past 6: a card after an h6 is level 6, and so are its sections', async () => {
    const el = await cardIn((c) => html`<article><h6>Deep</h6>${c}</article>`);
    expect(levels(el)).to.deep.equal({ claim: '6', sections: ['6'] });
  });
});
