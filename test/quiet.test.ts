// Quiet cards: a page of lazy cards read by a screen reader user who scrolls through it. Every
// change inside a live region of any card is counted as an announcement, as a screen reader
// would speak it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, settled, textOf, uniqueKey } from './helpers.js';

const LIVE =
  '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], [role="marquee"], [role="timer"]';

/** Counts changes inside live regions of the card's shadow root. */
function countAnnouncements(el: EvidenceClaim, counter: { n: number }) {
  new MutationObserver((records) => {
    for (const r of records) {
      const node = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (node?.closest(LIVE)) counter.n++;
    }
  }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
}

describe('a page of 30 lazy cards, scrolled through', () => {
  const cards: EvidenceClaim[] = [];
  const announced = { n: 0 };
  let page: HTMLElement;
  before(() => {
    page = document.createElement('main');
    const key = uniqueKey('quiet');
    for (let i = 0; i < 30; i++) {
      const p = document.createElement('p');
      p.textContent = 'Article text. '.repeat(80);
      const el = document.createElement('evidence-claim') as EvidenceClaim;
      el.setAttribute('claim-id', ['sample-vitamin-d', 'sample-minimal', 'sample-es'][i % 3]);
      el.setAttribute('endpoint', `/api/slow/${key}/{id}.json?ms=50`);
      page.append(p, el);
      cards.push(el);
    }
    document.body.append(page);
    for (const el of cards) countAnnouncements(el, announced);
  });
  after(() => page.remove());

  it('cards not yet reached are busy, and hold no live region', async () => {
    await cards[0].updateComplete;
    const last = cards[29];
    await last.updateComplete;
    expect(last.state).to.equal('loading');
    expect($(last, '.root')!.getAttribute('aria-busy')).to.equal('true');
    for (const el of cards) expect($$(el, LIVE)).to.have.length(0);
  });

  it('make no announcement at all while the reader scrolls through them', async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    for (const el of cards) await settled(el);
    expect(cards.every((el) => el.state === 'ready')).to.be.true;
    console.log(`quiet: 30 lazy cards scrolled through, ${announced.n} announcements`);
    expect(announced.n).to.equal(0);
    for (const el of cards) {
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
      expect($$(el, LIVE)).to.have.length(0);
    }
    window.scrollTo(0, 0);
  });

  it('a card the reader activates tells them its own change, on the control they used', async () => {
    const el = cards[0];
    const summary = $$<HTMLElement>(el, 'summary').find((b) => textOf(b).startsWith('Show all'))!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    // Focus stays on the control, a native disclosure whose new state a screen reader speaks ("expanded").
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect((summary.parentElement as HTMLDetailsElement).open).to.be.true;
    expect(announced.n).to.equal(0);
  });
});
