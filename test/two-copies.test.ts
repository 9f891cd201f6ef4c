// Two copies of the widget on one page (a theme and a plugin each add one; or the module and the
// classic build): the first registration wins and keeps working; each later copy says so once on
// the console, throws nothing and defines nothing. Needs the built dist/ (npm run build).
import { expect } from '@open-wc/testing';
import { captureConsole, claimJson, settled, textOf, trackEscapes } from './helpers.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';

const escaped = trackEscapes();

const classic = (src: string) =>
  new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject });
    document.head.append(s);
  });
// Through a variable, so no tool rewrites the specifier: the browser must see these exact URLs.
const load = (url: string) => import(/* @vite-ignore */ url);

it('module, the same module under another query string, classic build: one warning, for the classic copy only; the first keeps working', async () => {
  const { version } = await (await fetch('/package.json')).json();
  const extra = new RegExp(
    `^evidence-claim: <evidence-claim> is already defined by another copy \\(version ${version.replace(/\./g, '\\.')}\\); this copy \\(version ${version.replace(/\./g, '\\.')}\\) does nothing\\.$`,
  );

  expect(
    await captureConsole('warn', async () => {
      await load('/dist/evidence-claim.js');
      await customElements.whenDefined('evidence-claim');
    }),
  ).to.deep.equal([]);
  const Defined = customElements.get('evidence-claim') as unknown as typeof EvidenceClaim;
  expect(Defined.version).to.equal(version);

  // What WordPress prints (`?ver=`): the page's file runs again, but the element it asks for is
  // the same file, run once: no second copy, nothing to warn about.
  expect(
    await captureConsole('warn', async () => {
      await load('/dist/evidence-claim.js?ver=2');
      await new Promise((r) => setTimeout(r, 300));
    }),
  ).to.deep.equal([]);
  expect(customElements.get('evidence-claim')).to.equal(Defined);

  const classicWarnings = await captureConsole('warn', () => classic('/dist/evidence-claim.iife.js'));
  expect((window as any).EvidenceClaim.EvidenceClaim).not.to.equal(Defined);
  expect(classicWarnings).to.have.length(1);
  expect(classicWarnings[0]).to.match(extra);

  expect(customElements.get('evidence-claim')).to.equal(Defined);
  expect(escaped).to.deep.equal([]);

  // The first copy still draws cards, in English and with its own language packs.
  const warningsAfter = await captureConsole('warn', async () => {
    for (const [id, badge] of [
      ['2a6e0c5cbc553fd2', 'Supports is higher'],
      ['sample-es', 'La evidencia lo respalda'],
    ]) {
      const el = document.createElement('evidence-claim') as EvidenceClaim;
      el.setAttribute('claim-id', id);
      el.setAttribute('loading', 'eager');
      document.body.append(el);
      await settled(el);
      expect(el).to.be.instanceOf(Defined!);
      expect(el.state).to.equal('ready');
      expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.equal(badge);
      el.remove();
    }
  });
  expect(warningsAfter).to.deep.equal([]);
  expect(escaped).to.deep.equal([]);
});

/**
 * A page of its own in an iframe: `head` (scripts) and `body`, with console warnings and errors
 * recorded in `warnings`. Calls `check` once its card is ready, then removes the frame.
 */
async function framed(head: string, body: string, check: (win: any) => void) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
    <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' ')); window.onerror = (m) => warnings.push('ERROR ' + m);</script>
    ${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => (frame.onload = r));
  document.body.append(frame);
  try {
    await loaded;
    const el = frame.contentDocument!.querySelector('evidence-claim') as EvidenceClaim;
    const start = performance.now();
    while (el.getAttribute('state') !== 'ready' && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(el.getAttribute('state')).to.equal('ready');
    check(frame.contentWindow);
  } finally {
    frame.remove();
  }
}

it('classic build first, then the module: the same, the other way round', async () => {
  await framed(
    '<script src="/dist/evidence-claim.iife.js"></script><script type="module" src="/dist/evidence-claim.js"></script>',
    '<evidence-claim claim-id="sample-minimal" loading="eager"></evidence-claim>',
    (win) => {
      // The classic copy registered first and is the one drawing.
      expect(win.customElements.get('evidence-claim')).to.equal(win.EvidenceClaim.EvidenceClaim);
      expect(win.warnings).to.have.length(1);
      expect(win.warnings[0]).to.include('is already defined by another copy');
    },
  );
});

it('a page that loads the script with ?ver=1 fetches and runs each file exactly once', async () => {
  const doc = JSON.stringify(await claimJson('sample-minimal')).replace(/</g, '\\u003c');
  await framed(
    '<script type="module" src="/dist/evidence-claim.js?ver=1"></script>',
    `<evidence-claim><script type="application/json">${doc}</script></evidence-claim>`,
    (win) => {
      const scripts = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((e) => new URL(e.name).pathname + new URL(e.name).search)
        .filter((p) => p.startsWith('/dist/'))
        .sort();
      expect(scripts).to.deep.equal([
        '/dist/evidence-claim-card.js',
        '/dist/evidence-claim-element.js',
        '/dist/evidence-claim.js?ver=1',
      ]);
      // A second run of the element's file would be a second copy, and say so.
      expect(win.warnings).to.deep.equal([]);
    },
  );
});
