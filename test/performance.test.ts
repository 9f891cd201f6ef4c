// Behaviour that keeps a page fast with many cards: one request per claim, nothing fetched far
// from the reader, text that stays put while a claim is on its way, and nothing kept for removed
// cards. Timings are measured by `npm run bench` (scripts/bench.mjs), never asserted here.
import { expect } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, captureConsole, claimJson, requestLog, settled, textOf, uniqueKey, widget, frames, endpointFor } from './helpers.js';

const STATEMENT =
  'Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.';

/** Long enough for IntersectionObserver to report and a fetch to reach the server, if one were made. */
const quiet = async () => {
  await frames(2);
  await new Promise((r) => setTimeout(r, 300));
};
const heading = (el: EvidenceClaim) => textOf($(el, '[role="heading"]'));

/**
 * Counts the widget's own fetch calls. The test runner marks every answer with a file extension
 * cacheable for a year (over the claim server's no-store), so the browser's HTTP cache would
 * hide a second request from the server's log: only counting the calls shows the widget's sharing.
 */
function spyOnFetch() {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}
let fetches: ReturnType<typeof spyOnFetch>;
const fetched = (key: string) => fetches.urls.filter((u) => u.includes(`/${key}/`));

/** A block as tall as `px`, standing in for the article text above a card. */
const spacer = (px: number) => Object.assign(document.createElement('div'), { style: `height:${px}px` });

// Everything a test adds goes in here, so nothing is left for the next test.
let stage: HTMLElement;
beforeEach(() => {
  stage = document.createElement('div');
  document.body.append(stage);
  fetches = spyOnFetch();
});
afterEach(() => {
  fetches.restore();
  stage.remove();
  window.scrollTo(0, 0);
});

describe('one request per claim', () => {
  it('50 cards of one claim ID make exactly one request, and all show the claim', async () => {
    const key = uniqueKey('shared');
    const cards = Array.from({ length: 50 }, () =>
      widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key), loading: 'eager' }),
    );
    stage.append(...cards);
    await Promise.all(cards.map((el) => settled(el)));

    expect(cards.every((el) => el.state === 'ready')).to.be.true;
    expect(cards.every((el) => heading(el) === STATEMENT)).to.be.true;
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('a card added after the claim has loaded shows it with no new request', async () => {
    const key = uniqueKey('later');
    const first = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key), loading: 'eager' });
    stage.append(first);
    await settled(first);

    const later = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key), loading: 'eager' });
    stage.append(later);
    await settled(later);
    expect(heading(later)).to.equal(STATEMENT);
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('5 distinct claim IDs make 5 requests, one per ID, however many cards show each', async () => {
    const key = uniqueKey('distinct');
    const ids = ['sample-vitamin-d', 'sample-minimal', 'sample-es', 'sample-ar', '2a6e0c5cbc553fd2'];
    const cards = ids.flatMap((id) =>
      Array.from({ length: 4 }, () => widget({ 'claim-id': id, endpoint: endpointFor(key), loading: 'eager' })),
    );
    stage.append(...cards);
    await Promise.all(cards.map((el) => settled(el)));

    expect(cards.every((el) => el.state === 'ready')).to.be.true;
    const idOf = (url: string) => /\/([^/]+)\.json/.exec(url)![1];
    expect(fetched(key).map(idOf).sort()).to.deep.equal([...ids].sort());
    const log = await requestLog(key);
    expect(log.count).to.equal(5);
    expect(log.requests.map((r) => idOf(r.url)).sort()).to.deep.equal([...ids].sort());
  });
});

/** A lazy card below the fold: it has asked for nothing; scrolled to, it loads. */
async function expectWaitingThenLoadsOnScroll(el: EvidenceClaim, key: string) {
  expect(el.state).to.equal('loading');
  expect(fetched(key)).to.have.length(0);
  expect((await requestLog(key)).count).to.equal(0);
  el.scrollIntoView();
  await settled(el);
}

describe('lazy loading', () => {
  it('a card far below the fold fetches nothing until the reader scrolls near it, then loads', async () => {
    const key = uniqueKey('lazy');
    const el = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key) });
    stage.append(spacer(5000), el);
    await quiet();
    await expectWaitingThenLoadsOnScroll(el, key);
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(STATEMENT);
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('starts loading a screen ahead, before the card is in view', async () => {
    const key = uniqueKey('ahead');
    const el = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key) });
    stage.append(spacer(5000), el);
    await quiet();
    // Half a screen below the bottom edge: not visible yet, but near.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 1.5);
    await settled(el);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    expect(el.state).to.equal('ready');
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('loading="eager" far below the fold fetches at once, with no scrolling', async () => {
    const key = uniqueKey('eager');
    const el = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key), loading: 'eager' });
    stage.append(spacer(5000), el);
    await settled(el);
    expect(window.scrollY).to.equal(0);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    expect(el.state).to.equal('ready');
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('layout while a claim is on its way', () => {
  const text =
    'Health stories often lean on a single study, and readers rarely see how it sits among the rest of the research. ' +
    'This paragraph stands in for the text of an article, long enough to wrap over several lines.';

  // The card grows from its 34em placeholder to about 1600 px. CLS stays low because the
  // placeholder fills most of the first screen: only the top of the next paragraph is seen to
  // move (about 0.047 at the runner's 800×600). A shorter placeholder fails this.
  it('a claim arriving 800 ms late keeps CLS ≤ 0.05 and the card stays in place (700 px column, top of the page)', async () => {
    const key = uniqueKey('late');
    const article = document.createElement('article');
    article.style.cssText = 'width:700px;font:16px/1.5 serif';
    const el = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key, 'slow', '?ms=800') });
    const paragraphs = Array.from({ length: 6 }, () => Object.assign(document.createElement('p'), { textContent: text }));
    article.append(el, ...paragraphs);
    // At the top of the page, so the card and the text after it start on the first screen.
    document.body.prepend(article);
    try {
      await el.updateComplete;
      await frames(2);
      const start = el.getBoundingClientRect().top;
      expect(paragraphs[0].getBoundingClientRect().top, 'text after the card starts on screen').to.be.below(window.innerHeight);

      // Only shifts from now on: inserting the article itself is not one.
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) shifts.push(e.value);
        }
      });
      observer.observe({ type: 'layout-shift' });
      const began = performance.now();
      await settled(el);
      const waited = performance.now() - began;
      await frames(2);
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();

      expect(el.state).to.equal('ready');
      expect(waited).to.be.greaterThan(700); // the claim really was late
      expect(el.getBoundingClientRect().top).to.equal(start);
      const cls = shifts.reduce((a, b) => a + b, 0);
      expect(cls).to.be.at.most(0.05);
    } finally {
      article.remove();
    }
  });
});

describe('removed cards are let go', () => {
  it('100 lazy cards removed before they came near make no request when their place scrolls into view', async () => {
    const key = uniqueKey('removed');
    const cards = Array.from({ length: 100 }, (_, i) =>
      widget({ 'claim-id': i % 2 ? 'sample-vitamin-d' : 'sample-minimal', endpoint: endpointFor(key) }),
    );
    stage.append(spacer(5000), ...cards);
    await quiet();
    expect((await requestLog(key)).count).to.equal(0);

    for (const el of cards) el.remove();
    // The text that takes their place scrolls into view, as the cards would have.
    const filler = spacer(3000);
    stage.append(filler);
    filler.scrollIntoView();
    await quiet();
    window.scrollTo(0, document.documentElement.scrollHeight);
    await quiet();

    expect(fetched(key)).to.have.length(0);
    expect((await requestLog(key)).count).to.equal(0);
    expect(cards.every((el) => el.state === 'loading')).to.be.true;
  });

  it('a removed lazy card added back waits again, then loads when near', async () => {
    const key = uniqueKey('readded');
    const el = widget({ 'claim-id': 'sample-vitamin-d', endpoint: endpointFor(key) });
    const far = spacer(5000);
    stage.append(far, el);
    await quiet();
    el.remove();
    await quiet();

    stage.append(el);
    await quiet();
    await expectWaitingThenLoadsOnScroll(el, key);
    expect(heading(el)).to.equal(STATEMENT);
    expect(fetched(key)).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('200 cards with inline claims, added and removed in 5 rounds of 40, render every round without errors', async () => {
    const claim = await claimJson('sample-vitamin-d');
    const json = JSON.stringify(claim);
    const errors = await captureConsole('error', async () => {
      for (let round = 0; round < 5; round++) {
        const cards = Array.from({ length: 40 }, () => {
          const el = widget({ loading: 'eager' });
          el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json }));
          return el;
        });
        stage.append(...cards);
        await Promise.all(cards.map((el) => settled(el)));
        expect(
          cards.every((el) => el.state === 'ready' && heading(el) === STATEMENT),
          `round ${round}`,
        ).to.be.true;
        for (const el of cards) el.remove();
      }
    });
    expect(errors).to.deep.equal([]);
    expect(stage.querySelectorAll('evidence-claim')).to.have.length(0);
  });

  it('a card removed once ready and added back still shows its claim', async () => {
    const el = widget({});
    el.claim = await claimJson('sample-vitamin-d');
    stage.append(el);
    await settled(el);
    el.remove();
    await quiet();
    stage.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(STATEMENT);
  });
});
