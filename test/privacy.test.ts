// What the README's privacy text promises, checked: no cookie and no referrer on requests, no
// storage written, no request but the claim documents (and the code's own language pack).
import { expect } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, captureConsole, claimJson, requestLog, settled, uniqueKey, widget } from './helpers.js';

/** Opens every disclosure, the compact toggle and the badge popover: storage or requests a control might cause. */
function useEveryControl(el: Element) {
  // Every summary, the compact toggle among them (a native disclosure).
  el.shadowRoot!.querySelectorAll('summary').forEach((s) => s.click());
  $(el, '[part="badge-button"]')?.click();
}

async function storage() {
  return {
    cookie: document.cookie,
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
    indexedDB: JSON.stringify((await indexedDB.databases()).map((d) => d.name)),
    caches: JSON.stringify(await caches.keys()),
  };
}

/** The resources the page fetched while fn ran (Resource Timing, by start time). */
async function requestsDuring(fn: () => Promise<void>): Promise<string[]> {
  const seen: PerformanceResourceTiming[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as PerformanceResourceTiming[])));
  observer.observe({ type: 'resource' });
  const start = performance.now();
  await fn();
  const end = performance.now();
  await new Promise((r) => setTimeout(r, 200)); // entries are delivered asynchronously
  observer.disconnect();
  return seen.filter((e) => e.startTime >= start && e.startTime <= end).map((e) => new URL(e.name).pathname);
}

afterEach(() => document.querySelectorAll('evidence-claim').forEach((el) => el.remove()));

// First in the file: the page has fetched no language pack yet.
it('a Spanish card adds only its language pack, from beside the code', async () => {
  const key = uniqueKey('requests-es');
  const paths = await requestsDuring(async () => {
    await settled(
      widget(
        { 'claim-id': 'sample-es', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' },
        { parent: document.body },
      ) as EvidenceClaim,
    );
  });
  const claim = paths.filter((p) => p.startsWith('/api/'));
  // The card chunk (validator, strings, templates, styles and formats; here as its source modules) comes from beside the code too.
  const chunk = paths.filter((p) =>
    /^\/src\/(card|render|styles|format|validate|strings)\.(ts|js)$|^\/node_modules\/lit(-html)?\/directives\//.test(p),
  );
  const other = paths.filter((p) => !p.startsWith('/api/') && !chunk.includes(p));
  expect(claim).to.deep.equal([`/api/ok/${key}/sample-es.json`]);
  expect(chunk).to.include('/src/render.ts');
  expect(other, other.join(', ')).to.have.length(1);
  expect(other[0]).to.match(/^\/src\/i18n\/es\.(ts|js)$/);
});

it('sends no cookie and no referrer, even when the page has both and a permissive referrer policy', async () => {
  document.cookie = 'reader=tracked-123; path=/';
  const meta = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
  document.head.append(meta);
  try {
    expect(document.cookie).to.include('reader=tracked-123');
    // The page's own fetch does carry the cookie: the test server would see one.
    const key = uniqueKey('privacy');
    await fetch(`/api/ok/${key}-control/sample-minimal.json`);
    expect((await requestLog(`${key}-control`)).requests[0].cookie).to.include('reader=tracked-123');

    const el = widget(
      { 'claim-id': 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' },
      { parent: document.body },
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    const log = await requestLog(key);
    expect(log.count).to.equal(1);
    expect(log.requests[0].cookie).to.equal('');
    expect(log.requests[0].referer).to.equal('');
  } finally {
    meta.remove();
    document.cookie = 'reader=; path=/; max-age=0';
  }
});

it('writes no cookie, localStorage, sessionStorage, IndexedDB or Cache Storage', async () => {
  localStorage.setItem('page-own', '1'); // the page's own data stays exactly as it was
  const before = await storage();
  const key = uniqueKey('storage');
  const els = [
    widget({ 'claim-id': 'sample-vitamin-d', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' }, { parent: document.body }),
    widget(
      { 'claim-id': 'sample-es', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager', variant: 'compact' },
      { parent: document.body },
    ),
    widget({ variant: 'badge' }, { parent: document.body, claim: await claimJson('sample-ar') }),
    widget({ 'claim-id': 'no-such-claim', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' }, { parent: document.body }),
  ];
  await captureConsole('error', async () => {
    for (const el of els) await settled(el as EvidenceClaim);
  });
  // Use every control: disclosures, the compact toggle, the badge popover.
  for (const el of els) useEveryControl(el);
  await new Promise((r) => setTimeout(r, 100));
  expect(await storage()).to.deep.equal(before);
  localStorage.removeItem('page-own');
});

it('asks for nothing but the claim documents', async () => {
  const key = uniqueKey('requests');
  const inline = await claimJson('sample-minimal');
  const paths = await requestsDuring(async () => {
    const els = [
      widget(
        { 'claim-id': 'sample-vitamin-d', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' },
        { parent: document.body },
      ),
      widget(
        { 'claim-id': 'sample-vitamin-d', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager', variant: 'badge' },
        { parent: document.body },
      ),
      widget(
        { 'claim-id': '2a6e0c5cbc553fd2', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager', variant: 'compact' },
        { parent: document.body },
      ),
      widget({}, { parent: document.body, claim: inline }),
    ];
    for (const el of els) await settled(el as EvidenceClaim);
    for (const el of els) useEveryControl(el);
    await new Promise((r) => setTimeout(r, 100));
  });
  // One request per distinct claim: the two vitamin D widgets share theirs.
  expect(paths.sort()).to.deep.equal([`/api/ok/${key}/2a6e0c5cbc553fd2.json`, `/api/ok/${key}/sample-vitamin-d.json`]);
});
