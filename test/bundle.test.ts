// The shipped file itself: dist/evidence-claim.js (built by `npm test` before the runner starts).
// Loaded the way a publisher loads it, it finds claims in `claims/` beside itself.
import { expect } from '@open-wc/testing';
import { requestLog, settled, textOf } from './helpers.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';

before(async () => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/evidence-claim.js';
  const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
  document.head.append(script);
  await loaded;
  await customElements.whenDefined('evidence-claim');
});

it('fetches claims/<id>.json beside the script when no endpoint is set', async () => {
  const before = (await requestLog('dist')).count;
  const el = document.createElement('evidence-claim') as EvidenceClaim;
  el.setAttribute('claim-id', '2a6e0c5cbc553fd2');
  document.body.append(el);
  await settled(el);
  expect(el.state).to.equal('ready');
  expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.equal('Supports is higher');
  const log = await requestLog('dist');
  expect(log.count).to.equal(before + 1);
  expect(log.requests.at(-1)!.url).to.equal('/dist/claims/2a6e0c5cbc553fd2.json');
  el.remove();
});

it('fetches a language pack from beside the script only for that language', async () => {
  const el = document.createElement('evidence-claim') as EvidenceClaim;
  el.setAttribute('claim-id', 'sample-es');
  document.body.append(el);
  await settled(el);
  expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.equal('La evidencia lo respalda');
  const packs = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/i18n/'));
  expect(packs).to.deep.equal(['/dist/i18n/es.js']);
  el.remove();
});
