// WCAG 2.2 AA as far as a browser can show it: axe in every state, variant and theme, on light
// and dark host pages; headings, keyboard, reflow, text spacing, forced colours, reduced motion.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, captureConsole, claimJson, settled } from './helpers.js';
import { can, itWhere } from './engines.js';

let full: Record<string, unknown>;
before(async () => {
  full = await claimJson('sample-vitamin-d');
});
afterEach(async () => {
  if (can('mediaEmulation')) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
});

async function card(attrs: { variant?: string; theme?: string; level?: number } = {}) {
  const el = await fixture<EvidenceClaim>(html`<evidence-claim
    .claim=${full}
    variant=${attrs.variant ?? 'card'}
    theme=${attrs.theme ?? 'auto'}
    heading-level=${attrs.level ?? 3}
  ></evidence-claim>`);
  return settled(el);
}

const background = (el: EvidenceClaim) => getComputedStyle($(el, '[part="card"]')!).backgroundColor;

describe('axe in every variant, theme and host page', () => {
  for (const variant of ['card', 'compact', 'badge']) {
    for (const theme of ['light', 'dark']) {
      it(`${variant}, ${theme} theme on a ${theme} page, closed and open`, async () => {
        document.body.style.background = theme === 'dark' ? '#000' : '#fff';
        const el = await card({ variant, theme });
        await expect(el).to.be.accessible();
        if (variant === 'compact') $(el, '[part="toggle"]')!.click();
        if (variant === 'badge') $(el, '[part="badge-button"]')!.click();
        await el.updateComplete;
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a light card on a dark page and a dark card on a light page', async () => {
    document.body.style.background = '#000';
    await expect(await card({ theme: 'light' })).to.be.accessible();
    document.body.style.background = '#fff';
    await expect(await card({ theme: 'dark' })).to.be.accessible();
  });

  it('the error state, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      await captureConsole('error', async () => {
        const el = await fixture<EvidenceClaim>(html`<evidence-claim theme=${theme} claim-id="bad id"></evidence-claim>`);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('themes', () => {
  it('theme="light" and theme="dark" pick their surfaces', async () => {
    expect(background(await card({ theme: 'light' }))).to.equal('rgb(255, 255, 255)');
    expect(background(await card({ theme: 'dark' }))).to.equal('rgb(23, 25, 29)');
  });

  // theme="auto" against page backgrounds: test/page-reading.test.ts.

  it('public custom properties and parts restyle the card', async () => {
    const el =
      await fixture<EvidenceClaim>(html`<div style="--evidence-claim-surface: rgb(1, 2, 3); --evidence-claim-supports: rgb(0, 90, 0)">
      <evidence-claim .claim=${{ ...full, verdict: { leaning: 'supports' } }}></evidence-claim>
    </div>`);
    const claim = el.querySelector('evidence-claim')!;
    await settled(claim);
    expect(background(claim)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(claim, '[part="badge"]')!).color).to.equal('rgb(0, 90, 0)');
  });

  it('follows the host page font by default', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif"><evidence-claim .claim=${full}></evidence-claim></div>`,
    );
    const el = wrapper.querySelector('evidence-claim')!;
    await settled(el);
    expect(getComputedStyle($(el, '[part="card"]')!).fontFamily).to.equal('Georgia, serif');
  });
});

describe('semantics and keyboard', () => {
  it('heading-level sets the claim heading and the sections sit one below', async () => {
    const el = await card({ level: 2 });
    expect($(el, '[role="heading"][id]')!.getAttribute('aria-level')).to.equal('2');
    const levels = $$(el, '[role="heading"]:not([id])').map((h) => h.getAttribute('aria-level'));
    expect(levels.length).to.be.greaterThan(2);
    expect(new Set(levels)).to.deep.equal(new Set(['3']));
  });

  it('lists are lists and stances are words', async () => {
    const el = await card();
    const studies = $(el, '[part="studies"]')!;
    expect(studies.localName).to.equal('ul');
    expect($$(el, '[part="studies"] > li').map((li) => li.textContent!.trim().split(/\s/)[0])).to.deep.equal([
      'Supports',
      'Opposes',
      'Supports',
    ]);
  });

  it('every control is reachable by Tab, in reading order, with a visible focus ring', async () => {
    const el = await card();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    // And one after it, so Tab never leaves the page (Firefox would move focus to its own
    // toolbar, and the page would stay unfocused for the test files after this one).
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      reached.push(active.textContent!.trim().slice(0, 30));
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `focus ring on ${active.localName}`).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(reached[0]).to.equal('See the scientific wording');
    expect(reached).to.include('DOI 10.5555/sample.2021.001');
    expect(reached).to.include('Show all 4 studies');
    expect(reached).to.include('More details');
    expect(reached).to.include('Read the full analysis');
    expect($$(el, '[tabindex]').filter((e) => Number(e.getAttribute('tabindex')) > 0)).to.have.length(0);
    before.remove();
    after.remove();
  });

  it('reads scores as "Evidence for 41 out of 100"', async () => {
    const el = await card();
    const score = $(el, '[part="scores"] > div')!;
    // The visible "/100" is hidden from assistive technology; the spoken "out of 100" is not shown.
    expect(score.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Evidence for 41 out of 100/100');
    expect(score.querySelector('[aria-hidden="true"]')!.textContent).to.equal('/100');
  });
});

describe('reflow, spacing, forced colours, motion', () => {
  // Screen-reader-only text is a 1 px box that clips on purpose; everything else must fit.
  const srOnly = (n: Element) => n.getBoundingClientRect().width <= 1;
  const overflows = (el: EvidenceClaim) =>
    $$(el, '*').filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'visible' && !srOnly(n));

  it('fits 320 CSS px with no horizontal scroll', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><evidence-claim .claim=${full}></evidence-claim></div>`);
    const el = wrapper.querySelector('evidence-claim')!;
    await settled(el);
    for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '[part="card"]')!.scrollWidth).to.be.at.most(320);
    expect(overflows(el)).to.have.length(0);
  });

  it('keeps all text with WCAG text-spacing overrides', async () => {
    const wrapper = await fixture(html`<div style="width: 360px"><evidence-claim .claim=${full}></evidence-claim></div>`);
    const el = wrapper.querySelector('evidence-claim')!;
    await settled(el);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
    );
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    expect($(el, '[part="card"]')!.scrollWidth).to.be.at.most(360);
    const clipped = $$(el, '*').filter((n) => n.scrollHeight > n.clientHeight + 1 && getComputedStyle(n).overflowY === 'hidden');
    expect(clipped.filter((n) => !srOnly(n))).to.have.length(0);
  });

  itWhere('mediaEmulation', 'keeps boundaries and states visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await card();
    const c = getComputedStyle($(el, '[part="card"]')!);
    expect(c.borderTopStyle).to.equal('solid');
    // The verdict is told by its words and its icon, both drawn in the text colour.
    expect(getComputedStyle($(el, '[part="badge"] svg')!).stroke).not.to.equal('none');
    expect(getComputedStyle($(el, '[part="scores"] svg rect:last-child')!).fill).not.to.equal('none');
  });

  itWhere('mediaEmulation', 'runs no animation or transition when the reader asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await card();
    expect(el.shadowRoot!.getAnimations?.() ?? []).to.have.length(0);
    for (const n of $$(el, '*')) {
      const s = getComputedStyle(n);
      expect(s.animationName).to.equal('none');
      expect(parseFloat(s.transitionDuration)).to.equal(0);
    }
  });
});
