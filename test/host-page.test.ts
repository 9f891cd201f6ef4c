// A hostile host page: a theme that forces line height, capitals, letter spacing, inline display
// and big margins on everything. The card keeps its own look. (The host's font size is not
// hostile: the card follows it on purpose, tested in test/glance.test.ts; a root font size
// that the article text does not inherit leaves the card alone, tested here.)
import { expect } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, claimJson, settled, CLAIM_HEADING } from './helpers.js';

const HOSTILE = `html{font-size:40px} body{font-size:16px} *{line-height:3!important;text-transform:uppercase!important;letter-spacing:5px!important} div,p,li,a{display:inline!important;margin:60px!important}`;

// The container is not a div, so the hostile rules leave its 600px alone: only the card is on trial.
const box = document.createElement('section');
box.style.width = '600px';
document.body.append(box);

let doc: Record<string, any>;
before(async () => (doc = await claimJson('sample-vitamin-d')));

async function card(variant = 'card') {
  const el = document.createElement('evidence-claim');
  el.claim = doc;
  el.setAttribute('variant', variant);
  box.append(el);
  await settled(el);
  // content-visibility: auto lays out a card only once it is near the viewport, a frame later.
  el.scrollIntoView();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

/** What the hostile rules would change, read from inside the card. */
function looks(el: EvidenceClaim) {
  const height = el.getBoundingClientRect().height;
  const text = $$(el, `${CLAIM_HEADING}, p, li, a, [part="badge"] span, summary`).map((n) => {
    const s = getComputedStyle(n);
    return [
      n.localName,
      s.textTransform,
      s.letterSpacing,
      s.lineHeight,
      s.display === 'inline' && n.localName !== 'a' && n.localName !== 'span',
    ];
  });
  return { height, text };
}

function addHostile() {
  const style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  return style;
}

for (const variant of ['card', 'compact']) {
  it(`${variant}: height changes under 5% and nothing is uppercased, spaced or inlined when the page turns hostile`, async () => {
    const el = await card(variant);
    const before = looks(el);
    const style = addHostile();
    try {
      await new Promise((r) => requestAnimationFrame(r));
      const after = looks(el);
      console.log(`host page (${variant}): height ${before.height.toFixed(0)} px -> ${after.height.toFixed(0)} px`);
      expect(Math.abs(after.height - before.height) / before.height).to.be.below(0.05);
      expect(after.text).to.deep.equal(before.text);
      // The claim, its summary and the verdict words: as written (the small "The claim" label is capitals by design).
      for (const n of [$(el, CLAIM_HEADING)!, ...$$(el, 'section section p'), $(el, '[part="badge"] span')!]) {
        const s = getComputedStyle(n);
        expect([s.textTransform, s.letterSpacing], n.textContent!).to.deep.equal(['none', 'normal']);
      }
      expect(getComputedStyle($(el, CLAIM_HEADING)!).fontSize).to.equal('18px');
      // The page's own elements do obey the theme: the rules are live.
      const probe = document.createElement('p');
      probe.textContent = 'x';
      document.body.append(probe);
      expect(getComputedStyle(probe).textTransform).to.equal('uppercase');
      probe.remove();
    } finally {
      style.remove();
      el.remove();
    }
  });
}

it('a card first drawn on the hostile page looks like one drawn on a plain page', async () => {
  const plain = looks(await card());
  box.replaceChildren();
  const style = addHostile();
  try {
    const el = await card();
    const hostile = looks(el);
    expect(Math.abs(hostile.height - plain.height) / plain.height).to.be.below(0.05);
    expect(hostile.text).to.deep.equal(plain.text);
  } finally {
    style.remove();
    box.replaceChildren();
  }
});
