// The verdict at a glance: what a skimming reader meets first, how large, and how long the card
// is. Measured in the real layout at the widths of a phone and of an article column.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import { $, $$, claimJson, settled, textOf } from './helpers.js';

let full: Record<string, any>;
let many: Record<string, any>;
before(async () => {
  full = await claimJson('sample-vitamin-d');
  many = await claimJson('sample-many');
});

async function cardAt(width: number, claim: unknown, style = '') {
  const wrapper = await fixture(
    html`<div style="width: ${width}px; ${style}"><evidence-claim .claim=${claim}></evidence-claim></div>`,
  );
  return settled(wrapper.querySelector('evidence-claim')!);
}
const top = (el: Element) => el.getBoundingClientRect().top;
const px = (el: Element, prop: 'fontSize' | 'fontWeight') => parseFloat(getComputedStyle(el)[prop]);

describe('verdict first', () => {
  for (const width of [320, 700]) {
    it(`at ${width} px: verdict, claim, scores, summary, in reading order and from top to bottom`, async () => {
      const el = await cardAt(width, full);
      const card = $(el, '[part="card"]')!;
      const verdict = $(el, '[part="badge"]')!;
      const claim = $(el, '[role="heading"][id]')!;
      const scores = $(el, '[part="scores"]')!;
      const summary = $$(el, 'section.sec').find((s) => textOf(s).startsWith('In plain words'))!;
      // Reading order: the card's text starts with the verdict.
      expect(textOf(card).startsWith('Evidence is mixed')).to.be.true;
      const order = [verdict, claim, scores, summary];
      for (let i = 1; i < order.length; i++) {
        expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.be.greaterThan(0);
        expect(top(order[i - 1]), `${i}`).to.be.below(top(order[i]));
      }
      // Visually: nothing in the card sits above the verdict.
      const above = $$(el, '[part="card"] *').filter((n) => n.getBoundingClientRect().height && top(n) < top(verdict) - 0.5);
      expect(above).to.deep.equal([]);
    });
  }

  it("the verdict's words are bold and at least as large as the claim statement", async () => {
    const el = await cardAt(700, full);
    const verdict = $(el, '[part="badge"]')!;
    const claim = $(el, '[role="heading"][id]')!;
    expect(px(verdict, 'fontSize')).to.be.at.least(px(claim, 'fontSize'));
    expect(px(verdict, 'fontWeight')).to.be.at.least(700);
    // Nothing else in the card is larger: the verdict is the headline.
    for (const n of $$(el, '[part="card"] *')) {
      if (n.textContent!.trim()) expect(px(n, 'fontSize'), textOf(n).slice(0, 40)).to.be.at.most(px(verdict, 'fontSize'));
    }
  });

  for (const size of [14, 16, 20]) {
    it(`the type scale follows the host's font size (${size} px)`, async () => {
      const el = await cardAt(700, full, `font-size: ${size}px`);
      expect(px($(el, '.root')!, 'fontSize')).to.equal(size);
      expect(px($(el, '[part="badge"]')!, 'fontSize')).to.be.closeTo(size * 1.5, 0.1);
      expect(px($(el, '[role="heading"][id]')!, 'fontSize')).to.be.closeTo(size * 1.125, 0.1);
      expect(px($(el, '[role="heading"]:not([id])')!, 'fontSize')).to.equal(size);
      expect(px($(el, '.meta')!, 'fontSize')).to.be.closeTo(size * 0.875, 0.1);
    });
  }

  it('--evidence-claim-font-size still sets the base size', async () => {
    const el = await cardAt(700, full, 'font-size: 20px; --evidence-claim-font-size: 15px');
    expect(px($(el, '.root')!, 'fontSize')).to.equal(15);
  });
});

describe('studies', () => {
  it('shows three, both stances, higher grade then score first, and keeps the counts line', async () => {
    const el = await cardAt(700, many);
    const items = $$(el, '[part="studies"] > li');
    expect(items).to.have.length(3);
    const shown = items.map((li) => many.studies.find((s: any) => textOf(li).includes(s.title)));
    const stances = shown.map((s) => s.stance);
    expect(stances).to.include('supports').and.to.include('opposes');
    // The best study of each stance is among them.
    const rank = (s: any) => ['Very low', 'Low', 'Moderate', 'High'].indexOf(s.grade) * 200 + s.score;
    for (const stance of ['supports', 'opposes']) {
      const best = many.studies.filter((s: any) => s.stance === stance).sort((a: any, b: any) => rank(b) - rank(a))[0];
      expect(shown).to.include(best);
    }
    expect(shown.map(rank)).to.deep.equal(shown.map(rank).sort((a, b) => b - a));
    expect(textOf(el.shadowRoot)).to.include('17 supporting studies · 15 opposing studies');
  });

  it('"Show all 40 studies" is a disclosure: it shows the rest below the first three, and folds them again', async () => {
    const el = await cardAt(700, many);
    const summary = $$<HTMLElement>(el, 'summary').find((b) => textOf(b) === 'Show all 40 studies')!;
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.be.false;
    const firstThree = $$(el, '[part="studies"] > li').map(textOf);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    const all = $$(el, '.studies > li');
    expect(all).to.have.length(40);
    expect(all.slice(0, 3).map(textOf)).to.deep.equal(firstThree);
    // The reader's own control keeps focus, and says itself that it is expanded (a native disclosure).
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.false;
  });

  it('no switch for three studies or fewer', async () => {
    const el = await cardAt(700, { ...full, studies: full.studies.slice(0, 3) });
    expect($$(el, '[part="studies"] > li')).to.have.length(3);
    expect($$(el, 'summary').filter((b) => textOf(b).startsWith('Show all'))).to.have.length(0);
  });

  it('only one stance: the three best of it', async () => {
    const el = await cardAt(700, { ...many, studies: many.studies.filter((s: any) => s.stance === 'opposes') });
    const items = $$(el, '[part="studies"] > li');
    expect(items.map((li) => textOf(li.querySelector('.stance')))).to.deep.equal(['Opposes', 'Opposes', 'Opposes']);
  });

  for (const width of [320, 700]) {
    it(`at ${width} px a 40-study card is at most 1.25 times the 3-study card`, async () => {
      const three = await cardAt(width, { ...many, studies: pickThree(many.studies) });
      const forty = await cardAt(width, many);
      const h3 = three.getBoundingClientRect().height;
      const h40 = forty.getBoundingClientRect().height;
      console.log(
        `glance: ${width} px: 3 studies ${h3.toFixed(0)} px, 40 studies ${h40.toFixed(0)} px (${(h40 / h3).toFixed(2)}x)`,
      );
      expect(h40 / h3).to.be.at.most(1.25);
    });
  }

  it("the second disclosure's label fits one line at 320 px, in every language", async () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'ar']) {
      const wrapper = await fixture(
        html`<div style="width: 320px"><evidence-claim lang=${lang} .claim=${full}></evidence-claim></div>`,
      );
      const el = await settled(wrapper.querySelector('evidence-claim')!);
      const summary = $$(el, 'summary').find((x) => x.closest('details')!.querySelector('section'))!;
      {
        const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
        const range = document.createRange();
        range.selectNodeContents(summary);
        expect(range.getClientRects().length, `${lang}: ${textOf(summary)}`).to.equal(1);
        expect(range.getBoundingClientRect().height, `${lang}: ${textOf(summary)}`).to.be.below(lineHeight * 1.5);
      }
    }
  });
});

/** The same three studies the card would show, so the two cards differ only by the rest. */
function pickThree(studies: any[]) {
  const rank = (s: any) => ['very low', 'low', 'moderate', 'high'].indexOf(s.grade.toLowerCase()) * 200 + (s.score ?? 0);
  const sorted = [...studies].sort((a, b) => rank(b) - rank(a));
  const few = ['supports', 'opposes'].map((x) => sorted.find((s) => s.stance === x));
  for (const s of sorted) if (few.length < 3 && !few.includes(s)) few.push(s);
  return few;
}
