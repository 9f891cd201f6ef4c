// `as-of`: a card whose claim changed after the article around it says so, by its verdict
// (src/changed.ts). What a reader sees, in every engine: the line and its date, the verdict
// before and now on a prerendered card, no line where none is due, a warning for a malformed
// date, the line translated, and axe clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, captureConsole, claimJson, settled, textOf, uniqueKey } from './helpers.js';

// sample-vitamin-d: dateModified 2026-11-20T09:30:00Z, verdict "balanced" labelled "Evidence is mixed".
let vitaminD: Record<string, unknown>;
before(async () => {
  vitaminD = await claimJson('sample-vitamin-d');
});
afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

async function card(asOf: string | undefined, { claim = vitaminD, variant = 'card', lang = '', theme = 'auto' } = {}) {
  const el = await fixture<EvidenceClaim>(html`<evidence-claim
    .claim=${claim}
    as-of=${asOf ?? (undefined as unknown as string)}
    variant=${variant}
    theme=${theme}
    lang=${lang || (undefined as unknown as string)}
  ></evidence-claim>`);
  return settled(el);
}

const line = (el: Element) => $(el, '[part="updated"]');

/** Whether a reader sees the element: it has a box and nothing above it hides it. */
const visible = (node: HTMLElement) => node.getBoundingClientRect().height > 0 && !node.closest('details:not([open]), [popover]');

describe('as-of: the line', () => {
  it("a card with as-of before the claim's update shows the line, with the update's date, by the verdict", async () => {
    const el = await card('2026-11-01');
    const p = line(el)!;
    expect(textOf(p)).to.equal('Updated on November 20, 2026, after this article was published.');
    expect(p.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20T09:30:00Z');
    expect(visible(p)).to.be.true;
    // Near the verdict: in the card's top, before the claim's heading.
    const verdict = $(el, '[part="badge"]')!;
    expect(verdict.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(p.compareDocumentPosition($(el, '[role="heading"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Not a live announcement: nothing around it is a live region.
    expect(p.closest('[aria-live], [role="status"], [role="alert"], [role="log"]')).to.equal(null);
    // No verdict before is known to a card drawn by the script: the line names none.
    expect(textOf(p)).to.not.include('verdict');
  });

  it('is visible without opening anything in the compact and badge variants', async () => {
    for (const variant of ['compact', 'badge']) {
      const el = await card('2026-11-01', { variant });
      const shown = $$(el, '[part="updated"]').filter(visible);
      expect(shown, variant).to.have.length(1);
      expect(textOf(shown[0])).to.include('Updated on November 20, 2026');
    }
  });

  it('a full ISO date and time is read on its UTC day', async () => {
    expect(line(await card('2026-11-19T23:59:59Z'))).to.not.equal(null);
    expect(line(await card('2026-11-20T08:00:00Z'))).to.equal(null);
    // 23:00 on the 19th at UTC-05:00 is the 20th in UTC: the day of the update, so no line.
    expect(line(await card('2026-11-19T23:00:00-05:00'))).to.equal(null);
  });

  it('no line without as-of, with as-of on or after the update, or for a claim never updated', async () => {
    expect(line(await card(undefined))).to.equal(null);
    expect(line(await card(''))).to.equal(null);
    expect(line(await card('2026-11-20'))).to.equal(null);
    expect(line(await card('2026-12-03'))).to.equal(null);
    const minimal = await claimJson('sample-minimal');
    expect(minimal.dateModified).to.equal(undefined);
    expect(line(await card('2000-01-01', { claim: minimal }))).to.equal(null);
  });

  it('a malformed as-of warns on the console, naming the attribute, once, and shows no line', async () => {
    for (const bad of ['yesterday', '20/11/2026', '2026-02-30', '2026-11-1']) {
      let el!: EvidenceClaim;
      const warnings = await captureConsole('warn', async () => {
        el = await card(bad);
        // More updates of the same card: still one warning.
        el.variant = 'compact';
        await el.updateComplete;
      });
      const ours = warnings.filter((w) => w.includes('as-of'));
      expect(ours, bad).to.have.length(1);
      expect(ours[0]).to.include(`the as-of attribute "${bad}" is not a date`);
      expect(line(el), bad).to.equal(null);
      expect(el.state).to.equal('ready');
    }
  });

  it('set by script after the card is drawn, the line comes and goes', async () => {
    const el = await card(undefined);
    el.asOf = '2026-11-01';
    await el.updateComplete;
    expect(textOf(line(el))).to.include('November 20, 2026');
    el.setAttribute('as-of', '2026-11-21');
    await el.updateComplete;
    expect(line(el)).to.equal(null);
  });
});

describe('as-of: translated', () => {
  it('German', async () => {
    const el = await card('2026-11-01', { lang: 'de' });
    expect(textOf(line(el))).to.equal('Aktualisiert am 20. November 2026, nach Erscheinen dieses Artikels.');
  });

  it('Arabic, right to left', async () => {
    // sample-ar: an Arabic document, dateModified 2026-08-01.
    const el = await card('2026-07-01', { claim: await claimJson('sample-ar') });
    const p = line(el)!;
    expect(textOf(p)).to.equal('حُدِّث في 1 أغسطس 2026، بعد نشر هذا المقال.');
    expect(getComputedStyle(p).direction).to.equal('rtl');
  });
});

/** Opens a page in an iframe; `sandbox` (no allow-scripts) runs it without JavaScript. */
async function open(url: string, { sandbox = false } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:900px;border:0';
  if (sandbox) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = url;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('#after'), 'page', { timeout: 10000 });
  const el = frame.contentDocument!.querySelector('evidence-claim')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="card"]'), 'card', { timeout: 10000 });
  return { el, win: frame.contentWindow! };
}

const seen = (el: Element) => textOf(el.shadowRoot!.querySelector('[part="card"]'));

describe('as-of: a prerendered card', () => {
  it('whose document changed its leaning since it was drawn names both verdicts', async () => {
    const key = uniqueKey('asof-changed');
    // Drawn when the verdict was "supports" (last changed 2026-10-15); the served one is "Evidence is mixed".
    const { el } = await open(
      `/prerendered/sample-vitamin-d.html?was=supports&asof=2026-11-01&endpoint=/api/slow/${key}/{id}.json`,
    );
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence supports this');
    expect(line(el)).to.equal(null);
    await waitUntil(() => line(el), 'the line', { timeout: 10000 });
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence is mixed');
    expect(textOf(line(el))).to.equal(
      'Updated on November 20, 2026, after this article was published. ' +
        'The verdict changed from “Evidence supports this” to “Evidence is mixed”.',
    );
    expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
  });

  it("names an earlier label of the document's own as it was written", async () => {
    const key = uniqueKey('asof-label');
    const { el } = await open(
      `/prerendered/sample-vitamin-d.html?was=supports&waslabel=${encodeURIComponent('Looks <b>good</b>')}&asof=2026-11-01&endpoint=/api/slow/${key}/{id}.json`,
    );
    expect(textOf($(el, '[part="badge"]'))).to.equal('Looks <b>good</b>');
    await waitUntil(() => line(el), 'the line', { timeout: 10000 });
    expect(textOf(line(el))).to.include('The verdict changed from “Looks <b>good</b>” to “Evidence is mixed”.');
    expect(line(el)!.querySelector('b')).to.equal(null);
  });

  it('in German, names both verdicts in German', async () => {
    const key = uniqueKey('asof-changed-de');
    const { el } = await open(
      `/prerendered/sample-vitamin-d.html?was=opposes&asof=2026-11-01&lang=de&endpoint=/api/slow/${key}/{id}.json`,
    );
    expect(textOf($(el, '[part="badge"]'))).to.equal('Die Belege sprechen dagegen');
    await waitUntil(() => line(el), 'the line', { timeout: 10000 });
    // The document's own label ("Evidence is mixed") is shown as written; the earlier verdict had none.
    expect(textOf(line(el))).to.equal(
      'Aktualisiert am 20. November 2026, nach Erscheinen dieses Artikels. ' +
        'Das Urteil hat sich von „Die Belege sprechen dagegen“ zu „Evidence is mixed“ geändert.',
    );
  });

  it('drawn with the line: shows it without JavaScript, in the card and in the text fallback', async () => {
    const { el } = await open('/prerendered/sample-vitamin-d.html?script=none&asof=2026-11-01', { sandbox: true });
    expect(textOf(line(el))).to.equal('Updated on November 20, 2026, after this article was published.');
    expect(textOf(el)).to.include('Updated on November 20, 2026, after this article was published.');
  });

  it('drawn with the line and unchanged: the script keeps it as it is', async () => {
    const key = uniqueKey('asof-kept');
    const { el } = await open(`/prerendered/sample-vitamin-d.html?asof=2026-11-01&endpoint=/api/ok/${key}/{id}.json`);
    const before = seen(el);
    const p = line(el);
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(line(el)).to.equal(p);
    expect(seen(el)).to.equal(before);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
  });

  it('drawn without as-of (a CMS fragment) for an older article: redrawn with the line', async () => {
    const key = uniqueKey('asof-fragment');
    const { el } = await open(`/prerendered/sample-vitamin-d.html?asof=2026-11-01&fragment=1&endpoint=/api/ok/${key}/{id}.json`);
    await waitUntil(() => line(el), 'the line', { timeout: 10000 });
    // Same document: nothing to say about the verdict.
    expect(textOf(line(el))).to.equal('Updated on November 20, 2026, after this article was published.');
  });

  it('a malformed as-of: warns once, and the card stays as drawn', async () => {
    const key = uniqueKey('asof-fragment-bad');
    const { el, win } = await open(
      `/prerendered/sample-vitamin-d.html?asof=someday&fragment=1&endpoint=/api/ok/${key}/{id}.json`,
    );
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    // The page's probe records the console from the start (test/csp/prerendered-probe.js).
    const warnings = (win as unknown as { __warnings: string[] }).__warnings;
    expect(warnings.filter((w) => w.includes('the as-of attribute "someday" is not a date'))).to.have.length(1);
    expect(line(el)).to.equal(null);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
  });

  it('drawn without as-of for a newer article: kept, no line', async () => {
    const key = uniqueKey('asof-fragment-newer');
    const { el } = await open(`/prerendered/sample-vitamin-d.html?asof=2026-11-25&fragment=1&endpoint=/api/ok/${key}/{id}.json`);
    await waitUntil(() => (el as EvidenceClaim).validatedClaim !== undefined, 'checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(line(el)).to.equal(null);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
  });
});

/**
 * The CLI's prerendered element, adopted in this page (axe runs here, not in a frame): its shadow
 * content attached as a declarative shadow root would be, then the element connected.
 */
async function adopted(url: string) {
  const page = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
  const source = page.querySelector('evidence-claim')!;
  const el = document.createElement('evidence-claim');
  for (const { name, value } of source.attributes) el.setAttribute(name, value);
  const template = source.querySelector('template')!;
  el.attachShadow({ mode: 'open' }).append(document.importNode(template.content, true));
  template.remove();
  el.append(...[...source.childNodes].map((n) => document.importNode(n, true)));
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.append(el);
  return el;
}

describe('as-of: axe', () => {
  for (const theme of ['light', 'dark']) {
    it(`the line in the card, compact and badge variants, ${theme}`, async () => {
      document.body.style.background = theme === 'dark' ? '#000' : '#fff';
      try {
        for (const variant of ['card', 'compact', 'badge']) {
          const el = await card('2026-11-01', { variant, theme });
          expect(line(el)).to.not.equal(null);
          await expect(el).to.be.accessible();
        }
      } finally {
        document.body.style.background = '';
      }
    });
  }

  it('the line naming both verdicts (a prerendered card redrawn)', async () => {
    const key = uniqueKey('asof-axe');
    const el = await adopted(
      `/prerendered/sample-vitamin-d.html?was=supports&asof=2026-11-01&endpoint=/api/slow/${key}/{id}.json`,
    );
    await waitUntil(() => textOf(line(el)).includes('verdict changed'), 'redrawn with the line', { timeout: 10000 });
    await expect(el).to.be.accessible();
  });
});
