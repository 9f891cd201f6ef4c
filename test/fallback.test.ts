// Fallback content: the light-DOM children a publisher puts inside the element (the CLI's
// snippet writes them). Shown before the script runs, while loading and on error; hidden, not
// duplicated, once the card renders. The widget never reads its data from it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, captureConsole, settled, textOf, uniqueKey } from './helpers.js';

const visible = (node: Element) => (node as HTMLElement).offsetHeight > 0;

it('shows the fallback while loading, then only the card', async () => {
  const el = await fixture<EvidenceClaim>(html`<evidence-claim claim-id="sample-minimal" loading="eager"
    endpoint="/api/slow/${uniqueKey('fallback')}/{id}.json?ms=400"
    ><p>Fallback: not enough evidence that you need eight glasses of water a day.</p></evidence-claim
  >`);
  const fallback = el.querySelector('p')!;
  expect(el.state).to.equal('loading');
  expect(visible(fallback)).to.be.true;
  expect($(el, '[part="card"]')).to.be.null;
  await settled(el);
  expect(el.state).to.equal('ready');
  expect(visible(fallback)).to.be.false;
  expect(textOf($(el, '[role="heading"]'))).to.equal('Drinking eight glasses of water a day is necessary for good health.');
  // The card came from the claim document, not from the fallback's words.
  expect(textOf(el.shadowRoot)).not.to.include('Fallback:');
});

it('keeps the fallback in place of an error box when loading fails, and still reports the error', async () => {
  let el!: EvidenceClaim;
  let kind = '';
  await captureConsole('error', async () => {
    el = await fixture<EvidenceClaim>(html`<evidence-claim claim-id="does-not-exist" loading="eager"
      endpoint="/api/ok/${uniqueKey('fallback-error')}/{id}.json"
      @evidence-claim-error=${(e: CustomEvent) => (kind = e.detail.kind)}
      ><p>Fallback text stays.</p></evidence-claim
    >`);
    await settled(el);
  });
  expect(el.state).to.equal('error');
  expect(kind).to.equal('http');
  expect(visible(el.querySelector('p')!)).to.be.true;
  expect($(el, '[part="card"]')).to.be.null;
  // Nothing is announced: a screen reader user who reaches the card reads the fallback.
  expect($(el, '[role="status"],[role="alert"],[aria-live]')).to.be.null;
});
