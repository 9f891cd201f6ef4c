// Two copies of the widget on one page (a theme and a plugin each add one; or the module and the
// classic build): the first registration wins and keeps working; each later copy says so once on
// the console, throws nothing and defines nothing. Needs the built dist/ (npm run build).
import { expect } from '@open-wc/testing';
import { captureConsole, settled, textOf, trackEscapes } from './helpers.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';

const escaped = trackEscapes();

const classic = (src: string) =>
  new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject });
    document.head.append(s);
  });
// Through a variable, so no tool rewrites the specifier: the browser must see these exact URLs.
const load = (url: string) => import(/* @vite-ignore */ url);

it('module, second module instance, classic build: one warning per extra copy naming both versions; the first keeps working', async () => {
  const { version } = await (await fetch('/package.json')).json();
  const extra = new RegExp(
    `^evidence-claim: <evidence-claim> is already defined by another copy \\(version ${version.replace(/\./g, '\\.')}\\); this copy \\(version ${version.replace(/\./g, '\\.')}\\) does nothing\\.$`,
  );

  let first: any;
  expect(await captureConsole('warn', async () => (first = await load('/dist/evidence-claim.js')))).to.deep.equal([]);
  const Defined = customElements.get('evidence-claim');
  expect(Defined).to.equal(first.EvidenceClaim);
  expect(first.EvidenceClaim.version).to.equal(version);

  let second: any;
  const secondWarnings = await captureConsole('warn', async () => (second = await load('/dist/evidence-claim.js?copy=2')));
  expect(second.EvidenceClaim, 'a second module instance').not.to.equal(Defined);
  expect(secondWarnings).to.have.length(1);
  expect(secondWarnings[0]).to.match(extra);

  const classicWarnings = await captureConsole('warn', () => classic('/dist/evidence-claim.iife.js'));
  expect((window as any).EvidenceClaim.EvidenceClaim).not.to.equal(Defined);
  expect(classicWarnings).to.have.length(1);
  expect(classicWarnings[0]).to.match(extra);

  expect(customElements.get('evidence-claim')).to.equal(Defined);
  expect(escaped).to.deep.equal([]);

  // The first copy still draws cards, in English and with its own language packs.
  const warningsAfter = await captureConsole('warn', async () => {
    for (const [id, badge] of [
      ['2a6e0c5cbc553fd2', 'Evidence supports this'],
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

it('classic build first, then the module: the same, the other way round', async () => {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
    <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' ')); window.onerror = (m) => warnings.push('ERROR ' + m);</script>
    <script src="/dist/evidence-claim.iife.js"></script>
    <script type="module" src="/dist/evidence-claim.js"></script>
    </head><body><evidence-claim claim-id="sample-minimal" loading="eager"></evidence-claim></body></html>`;
  const loaded = new Promise((r) => (frame.onload = r));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as any;
    const el = frame.contentDocument!.querySelector('evidence-claim') as EvidenceClaim;
    const start = performance.now();
    while (el.getAttribute('state') !== 'ready' && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(el.getAttribute('state')).to.equal('ready');
    // The classic copy registered first and is the one drawing.
    expect(win.customElements.get('evidence-claim')).to.equal(win.EvidenceClaim.EvidenceClaim);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.include('is already defined by another copy');
  } finally {
    frame.remove();
  }
});
