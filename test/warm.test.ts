// The page's first card draws its pieces hidden before it draws itself (src/warm.ts), so the
// page's one-time costs of drawing are paid in short tasks. What a reader could notice of that is
// checked here: nothing. (How long the tasks take is measured by `npm run bench`.)
import { expect } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { claimJson, frames, settled, shadow, textOf, widget } from './helpers.js';

const STATEMENT =
  'Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.';

/** The hidden layer, while it is there: a child of the card's root with a shadow root of its own. */
const layerOf = (el: EvidenceClaim) =>
  [...shadow(el).children].find((n): n is HTMLElement => n instanceof HTMLElement && !!n.shadowRoot);

/** Watches a card until it leaves `loading`, each frame: what its layer showed, and where the text below it was. */
async function watch(el: EvidenceClaim, below: HTMLElement) {
  const seen: { layer?: HTMLElement; text: string; focusable: number; tops: Set<number> } = {
    text: '',
    focusable: 0,
    tops: new Set(),
  };
  while (el.state === 'loading') {
    seen.tops.add(Math.round(below.getBoundingClientRect().top));
    const layer = layerOf(el);
    if (layer) {
      seen.layer = layer;
      seen.text = textOf(layer.shadowRoot) || seen.text;
      // Nothing in it can take focus: try every link.
      for (const a of layer.shadowRoot!.querySelectorAll('a')) {
        a.focus();
        if (layer.shadowRoot!.activeElement === a) seen.focusable++;
      }
      const style = getComputedStyle(layer);
      expect([style.visibility, style.position, layer.getBoundingClientRect().height]).to.deep.equal(['hidden', 'fixed', 0]);
      expect(layer.inert).to.be.true;
    }
    await frames(1);
  }
  return seen;
}

let stage: HTMLElement;
beforeEach(() => {
  stage = document.createElement('div');
  stage.style.width = '600px';
  document.body.append(stage);
});
afterEach(() => stage.remove());

// First in the file: the page has drawn no card yet.
it('the first card draws its pieces hidden first: nothing moves, nothing in them is focused, and they are gone when it shows', async () => {
  const el = widget({}, { claim: await claimJson('sample-vitamin-d') });
  const below = Object.assign(document.createElement('p'), { textContent: 'The article goes on.' });
  stage.append(el, below);
  const seen = await watch(el, below);
  await settled(el);
  // The pieces were the card itself (its statement and summary), drawn where no one sees them.
  expect(seen.layer, 'no hidden layer was seen').to.exist;
  expect(seen.text).to.include(STATEMENT);
  expect(seen.focusable).to.equal(0);
  // The text below stayed where the stand-in put it, all the while.
  expect([...seen.tops]).to.have.length(1);
  // Gone once the card shows, and the card is whole.
  expect(layerOf(el)).to.be.undefined;
  expect(seen.layer!.isConnected).to.be.false;
  expect(el.state).to.equal('ready');
  expect(textOf(shadow(el))).to.include(STATEMENT);
});

it('later cards find the work done: no hidden layer', async () => {
  const el = widget({ variant: 'compact' }, { claim: await claimJson('sample-vitamin-d'), parent: stage });
  const seen = await watch(el, stage);
  await settled(el);
  expect(seen.layer).to.be.undefined;
  expect(textOf(shadow(el))).to.include(STATEMENT);
});
