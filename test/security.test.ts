// Hostile documents: whatever a claim holds, the card shows text, links only http(s), runs no
// script, adds no element or handler of its own choosing, and ends `ready` or `error` without
// throwing into the page. Property-based (fast-check) plus a corpus of known XSS vectors.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, textOf, CLAIM_HEADING, trackEscapes, settled } from './helpers.js';
import { XSS_VECTORS } from './xss-vectors.js';

const pwned = () => (window as any).__pwned;

// Every element the card's own templates use; anything else came from a document.
const CARD_TAGS = new Set(
  'div p span section svg path rect ul ol li a details summary strong br figure blockquote figcaption time button slot'.split(
    ' ',
  ),
);
// Attributes through which markup could load or run something.
const RISKY_ATTRS = ['src', 'srcdoc', 'style', 'action', 'formaction', 'xlink:href', 'background', 'data', 'http-equiv'];

/** Everything the card must never do, whatever document it was given. */
function assertSafe(el: EvidenceClaim) {
  expect(['ready', 'error']).to.include(el.state);
  expect(pwned(), 'a payload ran').to.be.undefined;
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('script, iframe, img, object, embed').length, 'injected element').to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    expect(CARD_TAGS.has(node.localName), `unexpected <${node.localName}>`).to.be.true;
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${attr} on <${node.localName}>`).to.be.false;
      expect(RISKY_ATTRS, `${attr} on <${node.localName}>`).not.to.include(attr);
    }
    if (node.hasAttribute('href')) expect(node.localName).to.equal('a');
  }
  for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(['http:', 'https:'], a.href).to.include(a.protocol);
}

/** Waits for ready/error without the 50 ms polling of helpers.settled (hundreds of runs here). */
// ---- What escapes to the page, what the card reports ----
const escaped = trackEscapes();
const kinds: Record<string, number> = {};
const onClaimError = (e: Event) => {
  const kind = (e as CustomEvent).detail.kind as string;
  kinds[kind] = (kinds[kind] ?? 0) + 1;
};
let fuzzed = 0;
let ready = 0;
// Documents per test: [count, ready].
const perTest: Record<string, [number, number]> = {};
let current = '';
const quiet = { warn: console.warn, error: console.error };

before(() => {
  document.addEventListener('evidence-claim-error', onClaimError);
  // A payload that reached alert() would block the page: make it count as a run payload instead.
  window.alert = () => ((window as any).__pwned = 'alert');
  // Hundreds of documents are refused or trimmed on purpose; their console lines are noise here.
  console.warn = () => {};
  console.error = () => {};
});
after(() => {
  document.removeEventListener('evidence-claim-error', onClaimError);
  Object.assign(console, quiet);
  console.log(
    `security: documents tried ${fuzzed} (ready ${ready}, error ${fuzzed - ready}); error kinds ${JSON.stringify(kinds)}`,
  );
  for (const [title, [n, r]] of Object.entries(perTest))
    if (!title.includes('#')) console.log(`  ${n} documents (${r} ready): ${title}`);
});
beforeEach(function () {
  current = this.currentTest!.fullTitle().slice(0, 60);
});
afterEach(() => {
  expect(escaped, 'exceptions that escaped to the page').to.deep.equal([]);
  expect(pwned()).to.be.undefined;
});

const box = document.createElement('div');
box.style.width = '600px';
document.body.append(box);

type Mount = { claim?: unknown; script?: string; variant?: string; attrs?: Record<string, string> };
/** Mounts a widget the way a page would, lets it settle, checks it, removes it. */
async function mount({ claim, script, variant, attrs = {} }: Mount) {
  const el = document.createElement('evidence-claim');
  if (claim !== undefined) el.claim = claim;
  if (script !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = script;
    el.append(s);
  }
  if (variant) el.setAttribute('variant', variant);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  let kind: string | undefined;
  el.addEventListener('evidence-claim-error', (e) => (kind = (e as CustomEvent).detail.kind));
  box.append(el);
  try {
    await settled(el, 5000);
    // The compact card adds the rest of the card when opened.
    $(el, '[part="toggle"]')?.click();
    await el.updateComplete;
    fuzzed++;
    const t = (perTest[current] ??= [0, 0]);
    t[0]++;
    if (el.state === 'ready') (ready++, t[1]++);
    assertSafe(el);
    // A crash of the card's own while drawing is contained, but still a bug: no document may cause one.
    expect(kind, 'the card failed to draw this document').not.to.equal('render');
    return el;
  } finally {
    el.remove();
  }
}

// ---- Arbitraries ----
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const TEMPLATES = [
  '{{7*7}}',
  '${7*7}',
  '<%= 7*7 %>',
  '#{7*7}',
  '[[${7*7}]]',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '{% raw %}',
];
const markupUnit = fc.constantFrom(
  '<',
  '>',
  '"',
  "'",
  '`',
  '&',
  '/',
  '=',
  ' ',
  '\n',
  '\u0000',
  'script',
  'img',
  'svg',
  'a',
  'src',
  'href',
  'onerror',
  'onload',
  'javascript:',
  'window.__pwned=1',
  '&#x3C;',
  '<!--',
  '-->',
  ']]>',
  '${',
  '}}',
  // Lone surrogates: valid in JSON text ("\ud800"), not well-formed Unicode.
  '\ud800',
  '\udfff',
);

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: markupUnit, minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...XSS_VECTORS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...BIDI), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom(...BIDI))
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...TEMPLATES) },
  // Very long: 2k-20k characters, whole graphemes.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }), fc.integer({ min: 2000, max: 20000 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

const randomCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((up) => [...word].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
const scheme = fc.oneof(...['javascript', 'data', 'vbscript', 'http', 'https', 'file', 'blob', 'about', 'ftp'].map(randomCase));
const url = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\u0000', '\u200b', '\ufeff'),
        scheme,
        fc.constantFrom(':', ':', ':', '&#58;', '%3A', ' :'),
        fc.oneof(
          fc.constantFrom(
            'window.__pwned=1',
            'text/html,<script>window.__pwned=1</script>',
            'text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
            'msgbox(1)',
            '//example.org/',
            '//example.org/a?b=<i>#c',
            '///x',
            '//',
          ),
          fc.string({ unit: markupUnit, maxLength: 10 }),
        ),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '/relative/path',
      'relative',
      '#frag',
      '?q=1',
      '//evil.example/x',
      '',
      'https://',
      'http://exa mple.org/',
      'https://example.org/"><script>window.__pwned=1</script>',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...XSS_VECTORS) },
);

const num = fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double(), fc.constantFrom(0, 100, 41.5, -0), text);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2024-02-30',
    '2024-13-01',
    '0000-01-01',
    '9999-12-31T23:59:59Z',
    '2024-01-01T25:00',
    '2026-11-20',
    '2026-11-20T09:30:00+05:30',
  ),
  text,
);
const language = fc.oneof(
  fc.constantFrom(
    'en',
    'es',
    'fr',
    'de',
    'pt',
    'ar',
    'he',
    'pt-BR',
    'es-419',
    'zz',
    'en-Latn-US',
    'x-private',
    'i-klingon',
    'root',
    'EN',
    'ar-EG-u-nu-latn',
  ),
  text,
);
const maybe = <T>(valid: fc.Arbitrary<T>, weight = 8) =>
  fc.oneof({ weight, arbitrary: valid }, { weight: 1, arbitrary: text as fc.Arbitrary<unknown> });
const stance = maybe(fc.constantFrom('supports', 'opposes', 'neutral'));
const studyId = fc.oneof(fc.constantFrom('s0', 's1'), text);

const study = fc.record(
  {
    id: studyId,
    stance,
    title: text,
    finding: text,
    design: text,
    grade: text,
    score: num,
    participants: num,
    population: text,
    duration: text,
    year: num,
    authors: fc.array(text, { maxLength: 4 }),
    journal: text,
    // Lone surrogates are kept out of DOIs here: they have their own test below (a known bug).
    doi: fc.oneof(
      fc.constantFrom('10.1000/xyz', '10.5555/a"b<c>'),
      fc.tuple(fc.integer({ min: 1000, max: 99999 }), text).map(([n, s]) => `10.${n}/${s}`),
      text,
    ),
    pmid: fc.oneof(fc.integer({ min: 0, max: 999999999 }).map(String), text),
    url,
  },
  { requiredKeys: ['id', 'stance'] },
);

const claimDoc = fc.record(
  {
    schemaVersion: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.jsonValue() }),
    id: fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }, { weight: 1, arbitrary: text }),
    claim: text,
    summary: text,
    verdict: fc.record(
      { leaning: maybe(fc.constantFrom('supports', 'opposes', 'balanced', 'insufficient'), 12), label: text, note: text },
      { requiredKeys: ['leaning'] },
    ),
    scores: fc.record({ support: num, oppose: num, explanation: text }, { requiredKeys: [] }),
    scientificWording: text,
    mechanism: fc.record({ summary: text, chain: fc.array(text, { maxLength: 4 }) }, { requiredKeys: [] }),
    researchSummary: text,
    studies: fc.array(study, { maxLength: 4 }),
    scoreBreakdown: fc.array(
      fc.record(
        { studyId, side: maybe(fc.constantFrom('support', 'oppose')), contribution: num, reason: text },
        { requiredKeys: ['studyId', 'side', 'contribution'] },
      ),
      { maxLength: 3 },
    ),
    rawEvidence: fc.array(fc.record({ studyId, quote: text, location: text }, { requiredKeys: ['quote'] }), { maxLength: 3 }),
    idealStudies: fc.array(text, { maxLength: 3 }),
    disclaimer: text,
    url,
    language,
    datePublished: date,
    dateModified: date,
    publisher: fc.record({ name: text, url }, { requiredKeys: ['name'] }),
  },
  { requiredKeys: ['schemaVersion', 'id', 'claim', 'summary', 'verdict'] },
);
const variant = fc.constantFrom('card', 'compact', 'badge');

const RUNS = { numRuns: 150 };

describe('fuzzed claim-shaped documents', function () {
  // 150 documents a test take 2-5 s as a rule; WebKit under Xvfb sometimes idles between tasks
  // (its timers held back, the CPU free) and then took over 60 s. Slow is not wrong here.
  this.timeout(180_000);

  it('as the claim property: text only, http(s) links only, nothing runs, nothing escapes', async () => {
    await fc.assert(
      fc.asyncProperty(claimDoc, variant, async (doc, v) => {
        const el = await mount({ claim: doc, variant: v });
        if (el.state === 'ready') expect($(el, CLAIM_HEADING)!.textContent).to.equal(doc.claim);
      }),
      RUNS,
    );
  });

  it('as a child <script type="application/json">', async () => {
    await fc.assert(
      fc.asyncProperty(claimDoc, variant, async (doc, v) => {
        const el = await mount({ script: JSON.stringify(doc), variant: v });
        if (el.state === 'ready') expect($(el, CLAIM_HEADING)!.textContent).to.equal(doc.claim);
      }),
      RUNS,
    );
  });
});

describe('ill-formed Unicode', () => {
  it('a DOI holding a lone surrogate does not stop the card from drawing', async () => {
    // Found by the fuzzer: encodeURI throws on a lone surrogate, so the whole card failed.
    const doc = {
      schemaVersion: 1,
      id: 'a',
      claim: 'C.',
      summary: 'S.',
      verdict: { leaning: 'supports' },
      studies: [{ id: 's', stance: 'supports', title: 'T', doi: '10.1000/\ud800<' }],
    };
    const el = await mount({ claim: doc });
    expect(el.state).to.equal('ready');
    expect(textOf($(el, '[part="studies"] > li'))).to.include('T');
  });

  it('lone surrogates in text fields are shown, not fatal', async () => {
    const doc = {
      schemaVersion: 1,
      id: 'a',
      claim: 'C\ud800.',
      summary: '\udfffS',
      verdict: { leaning: 'supports', label: '\ud800' },
      studies: [],
    };
    const el = await mount({ script: JSON.stringify(doc) });
    expect(el.state).to.equal('ready');
    expect($(el, CLAIM_HEADING)!.textContent).to.equal('C\ud800.');
  });
});

describe('fuzzed arbitrary JSON', function () {
  this.timeout(180_000);

  it('as the claim property (a value)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (json) => void (await mount({ claim: json }))),
      RUNS,
    );
  });

  it('as the claim property (JSON text)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), async (json) => void (await mount({ claim: json }))),
      RUNS,
    );
  });

  it('as a child script', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (json) => void (await mount({ script: JSON.stringify(json) }))),
      RUNS,
    );
  });

  it('as a child script of arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => void (await mount({ script: t }))),
      RUNS,
    );
  });
});

// ---- Known vectors in every field ----
const isHttpUrl = (v: string) => /^https?:\/\/\S+$/i.test(v) && URL.canParse(v);

/** A valid document with `v` in every text field and every URL field. */
const everywhere = (v: string) => ({
  schemaVersion: 1,
  id: 'xss',
  claim: v,
  summary: v,
  verdict: { leaning: 'balanced', label: v, note: v },
  scores: { support: 10, oppose: 20, explanation: v },
  scientificWording: v,
  mechanism: { summary: v, chain: [v] },
  researchSummary: v,
  studies: [
    {
      id: v,
      stance: 'supports',
      title: v,
      finding: v,
      design: v,
      grade: v,
      population: v,
      duration: v,
      authors: [v],
      journal: v,
      url: v,
    },
  ],
  scoreBreakdown: [{ studyId: v, side: 'support', contribution: 10, reason: v }],
  rawEvidence: [{ studyId: v, quote: v, location: v }],
  idealStudies: [v],
  disclaimer: v,
  url: v,
  publisher: { name: v, url: v },
});
// claim, summary, label, note, explanation, wording, mechanism summary and chain, research summary,
// title, finding, design, grade, population, duration, author, journal, reason, quote, location,
// ideal study, disclaimer, publisher name.
const TEXT_FIELDS = 23;

describe(`${XSS_VECTORS.length} known XSS vectors`, function () {
  this.timeout(180_000);

  it('is a corpus of at least 40', () => {
    expect(XSS_VECTORS.length).to.be.at.least(40);
    expect(new Set(XSS_VECTORS).size).to.equal(XSS_VECTORS.length);
  });

  for (const [i, v] of XSS_VECTORS.entries()) {
    it(`#${i} ${JSON.stringify(v).slice(0, 70)}: shown as text in every field, never run, linked only if http(s)`, async () => {
      for (const how of ['property', 'script'] as const) {
        const doc = everywhere(v);
        const el = await mount(how === 'property' ? { claim: doc } : { script: JSON.stringify(doc) });
        // mount() removed it; its shadow root still holds what was drawn.
        expect(el.state).to.equal('ready');
        for (const selector of [
          CLAIM_HEADING,
          '[part="badge"] > span',
          '[part="disclaimer"]',
          'blockquote',
          'ol > li',
          '[part="studies"] > li p',
        ]) {
          expect($(el, selector)!.textContent, selector).to.equal(v);
        }
        const shown = el.shadowRoot!.textContent!.split(v).length - 1;
        expect(shown, 'times the vector appears as text').to.be.at.least(TEXT_FIELDS);
        const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.href);
        if (isHttpUrl(v)) {
          // url, publisher.url and the study's url: links to exactly that address.
          expect(hrefs).to.have.length(3);
          for (const href of hrefs) expect(href).to.equal(new URL(v).href);
        } else {
          expect(hrefs).to.deep.equal([]);
        }
      }
      await new Promise((r) => setTimeout(r, 20)); // an onerror/onload would fire by now
    });
  }

  it('as claim-id, lang, theme, variant, heading-level, endpoint: refused or ignored, never run', async () => {
    for (const v of XSS_VECTORS) {
      const el = await mount({ attrs: { 'claim-id': v, loading: 'eager' } });
      expect(el.state).to.equal('error');
      expect(textOf($(el, '[part="card"]'))).to.equal('The evidence summary could not be loaded.');
      const el2 = await mount({
        claim: everywhere('Plain text.'),
        attrs: { lang: v, theme: v, variant: v, 'heading-level': v },
      });
      expect(el2.state).to.equal('ready');
      const el3 = await mount({ attrs: { 'claim-id': 'sample-minimal', endpoint: v, loading: 'eager' } });
      expect(el3.state).to.equal('error');
    }
    await new Promise((r) => setTimeout(r, 50));
  });
});
