// `evidence-claim/element` (dist/lib/evidence-claim-element.js): the class alone, importing `lit` by name. Importing it registers nothing;
// EvidenceClaim.define() registers it under the tag the app picks, and that card works.
import { expect } from '@open-wc/testing';
import { captureConsole, claimJson, settled, textOf } from './helpers.js';
import type { EvidenceClaim as Element } from '../src/evidence-claim-element.js';

it('imports without defining anything, then registers under a tag of the app', async () => {
  const before = customElements.get('evidence-claim');
  const { EvidenceClaim } = (await import(/* @vite-ignore */ '/dist/lib/evidence-claim-element.js' as string)) as {
    EvidenceClaim: typeof Element;
  };
  expect(customElements.get('evidence-claim'), 'no new registration on import').to.equal(before);
  expect(customElements.get('health-claim')).to.equal(undefined);

  EvidenceClaim.define('health-claim');
  expect(customElements.get('health-claim')).to.equal(EvidenceClaim);

  const el = document.createElement('health-claim') as Element;
  el.claim = await claimJson('sample-minimal');
  document.body.append(el);
  await settled(el);
  expect(el.state).to.equal('ready');
  expect(textOf(el.shadowRoot!.querySelector('[role="heading"]'))).to.not.equal('');

  // The same tag again from the same class is quiet; a different class is told no, once.
  const warnings = await captureConsole('warn', async () => {
    EvidenceClaim.define('health-claim');
    class Other extends EvidenceClaim {}
    Other.define('health-claim');
  });
  expect(warnings).to.have.length(1);
  expect(warnings[0]).to.contain('<health-claim> is already defined by another copy');
  el.remove();
});
