import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, captureConsole, claimJson, requestLog, settled, textOf, uniqueKey, endpointFor } from './helpers.js';

describe('<evidence-claim> with a full claim document', () => {
  // One card for the whole block (fixture() would remove it after the first test).
  let el: EvidenceClaim;
  before(async () => {
    el = document.createElement('evidence-claim');
    el.claim = await claimJson('sample-vitamin-d');
    document.body.append(el);
    await settled(el);
  });
  after(() => el.remove());

  it('is ready and says so', () => {
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('shows the verdict badge with its words, an icon and the note', () => {
    const badge = $(el, '[part="badge"]')!;
    expect(textOf(badge)).to.equal('Evidence is mixed');
    expect(badge.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(textOf(el.shadowRoot)).to.include('The benefit seems limited to people with low vitamin D to begin with.');
  });

  it('is a region named after the claim, whose statement is a heading', () => {
    const region = $(el, 'section[aria-labelledby]')!;
    const heading = $(el, `#${region.getAttribute('aria-labelledby')}`)!;
    expect(heading.getAttribute('role')).to.equal('heading');
    // No heading before the card on this page: level 2.
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(textOf(heading)).to.equal(
      'Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.',
    );
  });

  it('shows two independent scores, each out of 100, never as a percentage', () => {
    const scores = $(el, '[part="scores"]')!;
    const text = textOf(scores);
    expect(text).to.include('Evidence for 41 out of 100');
    expect(text).to.include('Evidence against 38 out of 100');
    expect(textOf(el.shadowRoot)).not.to.match(/\d\s*%/);
    expect(textOf(el.shadowRoot)).to.include('These are independent scores, not a percentage.');
  });

  it('shows the plain-language summary, the mechanism and the research summary', () => {
    const text = textOf(el.shadowRoot);
    expect(text).to.include('In plain words');
    expect(text).to.include('daily vitamin D gives a small protective effect');
    expect(text).to.include('How it might work');
    expect(text).to.include('Vitamin D helps immune cells in the airways');
    expect(text).to.include('What the research says');
    expect(text).to.include('Large pooled analyses find a small benefit');
    expect(text).to.include('2 supporting studies · 1 opposing study');
  });

  it('keeps the scientific wording in a disclosure, closed by default, opened by click', async () => {
    const wording = $$<HTMLDetailsElement>(el, 'details').find(
      (d) => textOf(d.querySelector('summary')) === 'See the scientific wording',
    )!;
    expect(wording.open).to.be.false;
    wording.querySelector('summary')!.click();
    expect(wording.open).to.be.true;
    expect(textOf(wording)).to.include('oral vitamin D3 supplementation modestly reduces');
    wording.querySelector('summary')!.click();
    expect(wording.open).to.be.false;
  });

  it('opens both disclosures from the keyboard', async () => {
    for (const details of $$<HTMLDetailsElement>(el, 'details')) {
      expect(details.open).to.be.false;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.be.true;
      await sendKeys({ press: 'Space' });
      expect(details.open).to.be.false;
    }
  });

  it('lists every study with stance, design, grade, people, population, duration, year, journal, authors', async () => {
    // Three at first, higher grade first, both stances; the fourth when the reader asks.
    expect($$(el, '[part="studies"] > li')).to.have.length(3);
    // Nothing of the templates' own source leaks into the text (a stray brace once did).
    expect(textOf(el.shadowRoot)).to.not.match(/[{}]/);
    const all = $$(el, 'summary[part="toggle"]').find((b) => textOf(b) === 'Show all 4 studies')!;
    all.click();
    expect((all.parentElement as HTMLDetailsElement).open).to.be.true;
    const items = $$(el, '.studies > li');
    expect(items).to.have.length(4);
    const first = textOf(items[0]);
    expect(first).to.include('Supports');
    expect(first).to.include('Example meta-analysis of vitamin D and acute respiratory infection');
    expect(first).to.include('A small reduction in infections');
    expect(first).to.include(
      'Meta-analysis · Grade: High · 48,488 participants · Adults and children in 46 trials · Up to 3 years · 2021',
    );
    expect(first).to.include('A. Example, B. Sample et al. · Journal of Sample Data');
    expect(textOf(items[1])).to.include('Opposes');
    expect(textOf(items[1])).to.include('G. Example · Example Medical Journal');
    // No title: the finding stands in for it.
    expect(textOf(items[3])).to.include('Neutral');
    expect(textOf(items[3]).startsWith('Neutral Vitamin D levels were linked')).to.be.true;
  });

  it('links DOI, PubMed and other URLs in a new tab without passing the page on', () => {
    const links = $$<HTMLAnchorElement>(el, '[part="studies"] a');
    const hrefs = links.map((a) => a.href);
    expect(hrefs).to.include('https://doi.org/10.5555/sample.2021.001');
    expect(hrefs).to.include('https://pubmed.ncbi.nlm.nih.gov/12345678/');
    expect(hrefs).to.include('https://example.org/studies/vitamin-d-office');
    expect(links.find((a) => a.href.includes('office'))!.textContent).to.equal('example.org');
    for (const a of $$<HTMLAnchorElement>(el, 'a')) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
  });

  it('puts breakdown, mechanism chain, raw evidence and ideal studies in a second closed disclosure', () => {
    const more = $$<HTMLDetailsElement>(el, 'details').find((d) => textOf(d.querySelector('summary')) === 'More details')!;
    expect(more.open).to.be.false;
    expect(textOf(more.querySelector('summary'))).to.equal('More details');
    const text = textOf(more);
    for (const part of [
      'How the scores add up',
      'How it might work, step by step',
      'Quotes from the studies',
      'Studies that would settle it',
    ]) {
      expect(text).to.include(part);
    }
    expect(text).to.include('Evidence for +24 — Example meta-analysis of vitamin D and acute respiratory infection');
    expect(text).to.include('Large, high-grade pooled analysis.');
    expect(text).to.include('Evidence against +38 — Example trial of monthly vitamin D in healthy adults');
    expect(more.querySelectorAll('ol > li')).to.have.length(4);
    const quote = more.querySelector('blockquote')!;
    expect(textOf(quote)).to.equal(
      'Protective effects were seen in those receiving daily or weekly vitamin D without additional bolus doses.',
    );
    expect(textOf(quote.parentElement!.querySelector('figcaption'))).to.equal(
      'Example meta-analysis of vitamin D and acute respiratory infection · Abstract, Results',
    );
    expect(text).to.include('A head-to-head trial of daily versus monthly dosing.');
  });

  it('links the full analysis and names the publisher and the update date', () => {
    const text = textOf(el.shadowRoot);
    const full = $$<HTMLAnchorElement>(el, 'a').find((a) => a.textContent === 'Read the full analysis')!;
    expect(full.href).to.equal('https://example.org/claims/sample-vitamin-d');
    expect(text).to.include('Assessed by Example Health Desk');
    expect(text).to.include('Updated November 20, 2026');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2026-11-20T09:30:00Z');
  });

  it('always shows the medical disclaimer', () => {
    expect(textOf($(el, '[part="disclaimer"]'))).to.equal(
      'Sample data for testing. Not medical advice: talk to a qualified health professional before changing what you take.',
    );
  });

  it('is accessible with disclosures closed and open', async () => {
    await expect(el).to.be.accessible();
    for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
    await expect(el).to.be.accessible();
    for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = false;
  });
});

describe('<evidence-claim> with a minimal document', () => {
  it('uses the default verdict words and the default disclaimer, and leaves out empty parts', async () => {
    const el = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('sample-minimal')}></evidence-claim>`);
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Not enough evidence yet');
    expect(textOf($(el, '[part="disclaimer"]'))).to.equal(
      'Not medical advice. Talk to a qualified health professional before making health decisions.',
    );
    expect($(el, '[part="scores"]')).to.be.null;
    expect($(el, 'details')).to.be.null;
    expect($(el, '[part="studies"]')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<evidence-claim> inputs', () => {
  it('loads a claim by ID from the endpoint template, without credentials or referrer', async () => {
    const key = uniqueKey('by-id');
    let onLoad!: (e: Event) => void;
    const loaded = new Promise<CustomEvent>((resolve) => (onLoad = (e) => resolve(e as CustomEvent)));
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim claim-id="2a6e0c5cbc553fd2" endpoint=${endpointFor(key)} loading="eager" @evidence-claim-load=${onLoad}></evidence-claim>`,
    );
    const event = await loaded;
    await el.updateComplete;
    expect(event.detail.id).to.equal('2a6e0c5cbc553fd2');
    expect(event.bubbles && event.composed).to.be.true;
    // The document's own label, as written (the source site shows exactly these words).
    expect(textOf($(el, '[part="badge"]'))).to.equal('Supports is higher');
    expect(textOf(el.shadowRoot)).to.include('Support is ahead, but a single strong opposing study can change this.');
    expect(textOf(el.shadowRoot)).to.include('Previously trained adults · 5 weeks');
    const log = await requestLog(key);
    expect(log.count).to.equal(1);
    expect(log.requests[0].url).to.equal(`/api/ok/${key}/2a6e0c5cbc553fd2.json`);
    expect(log.requests[0].cookie).to.equal('');
    expect(log.requests[0].referer).to.equal('');
  });

  it('takes the page-wide <meta name="evidence-claim-endpoint"> when there is no endpoint attribute', async () => {
    const key = uniqueKey('meta');
    const meta = Object.assign(document.createElement('meta'), { name: 'evidence-claim-endpoint', content: endpointFor(key) });
    document.head.append(meta);
    try {
      const el = await fixture<EvidenceClaim>(html`<evidence-claim claim-id="sample-minimal" loading="eager"></evidence-claim>`);
      await settled(el);
      expect(el.state).to.equal('ready');
      expect((await requestLog(key)).count).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('reads a child <script type="application/json">', async () => {
    const el = await fixture<EvidenceClaim>(html`<evidence-claim
      ><script type="application/json">
        { "schemaVersion": 1, "id": "inline", "claim": "Inline claim.", "summary": "Inline summary.", "verdict": { "leaning": "opposes" } }
      </script></evidence-claim
    >`);
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.equal('Inline claim.');
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence goes against this');
  });

  it('prefers the claim property, then the JSON child, then claim-id', async () => {
    const key = uniqueKey('precedence');
    const prop = { ...(await claimJson('sample-minimal')), claim: 'From the property.' };
    const el =
      await fixture<EvidenceClaim>(html`<evidence-claim .claim=${prop} claim-id="sample-es" endpoint=${endpointFor(key)} loading="eager"
      ><script type="application/json">
        { "schemaVersion": 1, "id": "inline", "claim": "From the script.", "summary": "S.", "verdict": { "leaning": "opposes" } }
      </script></evidence-claim
    >`);
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.equal('From the property.');
    el.claim = null;
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.equal('From the script.');
    el.querySelector('script')!.remove();
    el.claim = undefined;
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.equal(
      'Dormir menos de seis horas por noche aumenta la presión arterial en adultos.',
    );
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('re-renders when claim-id or endpoint changes, and never shows a late answer for an earlier ID', async () => {
    const key = uniqueKey('late');
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim claim-id="sample-es" endpoint="/api/slow/${key}/{id}.json?ms=1200" loading="eager"></evidence-claim>`,
    );
    el.endpoint = endpointFor(key);
    el.claimId = 'sample-minimal';
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.equal('Drinking eight glasses of water a day is necessary for good health.');
    // The slow answer for the first ID lands now; the card must not change.
    await new Promise((r) => setTimeout(r, 1500));
    expect(textOf($(el, '[role="heading"]'))).to.equal('Drinking eight glasses of water a day is necessary for good health.');
    el.claimId = 'sample-es';
    await el.updateComplete;
    await settled(el);
    expect(textOf($(el, '[role="heading"]'))).to.include('Dormir menos de seis horas');
  });

  it('is busy while loading and announces nothing on its own', async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim claim-id="sample-minimal" endpoint="/api/slow/${uniqueKey('announce')}/{id}.json?ms=300" loading="eager"></evidence-claim>`,
    );
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf($(el, '.root'))).to.equal('Loading the evidence…');
    expect($(el, '[role="status"],[role="alert"],[aria-live]')).to.be.null;
    await expect(el).to.be.accessible();
    await settled(el);
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[role="status"],[role="alert"],[aria-live]')).to.be.null;
  });
});

describe('<evidence-claim> errors: visible, named, evented and contained', () => {
  // [id, kind, message, what the event adds for the publisher besides the URL]
  const cases: [string, string, string, object][] = [
    ['missing-claim', 'invalid', 'claim is required', { path: 'claim', expected: 'some text' }],
    ['missing-summary', 'invalid', 'summary is required', { path: 'summary', expected: 'some text' }],
    ['missing-verdict', 'invalid', 'verdict is required', { path: 'verdict', expected: 'an object with a leaning' }],
    [
      'bad-leaning',
      'invalid',
      'verdict.leaning must be one of supports, opposes, balanced, insufficient',
      { path: 'verdict.leaning', expected: 'one of supports, opposes, balanced, insufficient' },
    ],
    ['version-2', 'version', 'unsupported format version 2', { path: 'schemaVersion' }],
    ['missing-version', 'invalid', 'schemaVersion is required', { path: 'schemaVersion', expected: 'the number 1' }],
    ['empty-claim', 'invalid', 'claim must be some text', { path: 'claim', expected: 'some text' }],
    ['not-json', 'json', 'the answer is not valid JSON', {}],
    ['not-object', 'invalid', '(document) must be a JSON object', { path: '(document)', expected: 'a JSON object' }],
    ['id-mismatch', 'mismatch', 'the document\'s id "another-claim" is not the requested "id-mismatch"', {}],
    ['no-such-claim', 'http', 'the server answered HTTP 404', { status: 404 }],
  ];

  for (const [id, kind, message, facts] of cases) {
    it(`${id}: error state, ${kind} event, message on the card, neighbour unharmed`, async () => {
      const key = uniqueKey(id);
      let errors: string[] = [];
      let event!: CustomEvent;
      let wrapper!: HTMLElement;
      errors = await captureConsole('error', async () => {
        // Listen from the template: a fast answer may land before fixture() returns.
        let onError!: (e: Event) => void;
        const failed = new Promise<CustomEvent>((resolve) => (onError = (e) => resolve(e as CustomEvent)));
        wrapper = await fixture(html`<div>
          <evidence-claim claim-id=${id} endpoint=${endpointFor(key)} loading="eager" @evidence-claim-error=${onError}></evidence-claim>
          <evidence-claim claim-id="sample-minimal" endpoint=${endpointFor(key)} loading="eager"></evidence-claim>
        </div>`);
        event = await failed;
      });
      const [broken, neighbour] = wrapper.querySelectorAll('evidence-claim');
      await broken.updateComplete;
      expect(broken.state).to.equal('error');
      expect(broken.getAttribute('state')).to.equal('error');
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.include(message);
      expect(event.bubbles && event.composed).to.be.true;
      // The reader gets one plain sentence, with no status code and no field path.
      expect(textOf($(broken, '[part="card"]'))).to.equal('The evidence summary could not be loaded.');
      // The publisher gets everything, in the event and in the console.
      const url = new URL(endpointFor(key).replace('{id}', id), location.href).href;
      expect(event.detail).to.deep.include({ url, ...facts });
      expect(errors.join('\n')).to.include(event.detail.message).and.include(url);
      await settled(neighbour);
      expect(neighbour.state).to.equal('ready');
      await expect(broken).to.be.accessible();
    });
  }

  it('500: retried, then an error naming the status', async () => {
    const key = uniqueKey('500');
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim claim-id="sample-minimal" endpoint="/api/status/${key}/{id}.json?code=500" loading="eager"></evidence-claim>`,
    );
    const logged = await captureConsole('error', () => oneEvent(el, 'evidence-claim-error'));
    expect(logged).to.have.length(1);
    expect(el.state).to.equal('error');
    await el.updateComplete;
    expect(textOf($(el, '[part="card"]'))).to.equal('The evidence summary could not be loaded.');
    expect(logged[0]).to.include('the server answered HTTP 500').and.include('"status":500');
    expect((await requestLog(key)).count).to.equal(3);
  });

  it('bad inline JSON is an error', async () => {
    const messages = await captureConsole('error', async () => {
      const el = await fixture<EvidenceClaim>(
        html`<evidence-claim><script type="application/json">{ nope</script></evidence-claim>`,
      );
      await settled(el);
      expect(textOf($(el, '[part="card"]'))).to.equal('The evidence summary could not be loaded.');
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.include('the inline JSON is not valid JSON');
  });

  it('an invalid claim-id is an error and makes no request', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (calls++, realFetch(...args));
    try {
      const logged = await captureConsole('error', async () => {
        const el = await fixture<EvidenceClaim>(
          html`<evidence-claim claim-id="../../etc/passwd" loading="eager"></evidence-claim>`,
        );
        await settled(el);
        expect(el.state).to.equal('error');
      });
      expect(logged[0]).to.include('claim-id "../../etc/passwd" must be 1-64 of A-Z a-z 0-9 _ -');
    } finally {
      window.fetch = realFetch;
    }
    expect(calls).to.equal(0);
  });

  it('no input at all is an error that says what to set', async () => {
    const logged = await captureConsole('error', async () => {
      const el = await fixture<EvidenceClaim>(html`<evidence-claim></evidence-claim>`);
      await settled(el);
    });
    expect(logged[0]).to.include('no claim given: set claim-id, the claim property, or a JSON script child');
  });

  it('drops an invalid optional field with one console warning and renders the rest', async () => {
    let el!: EvidenceClaim;
    const warnings = await captureConsole('warn', async () => {
      el = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('bad-optionals')}></evidence-claim>`);
      await settled(el);
    });
    expect(el.state).to.equal('ready');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('scores.support must be a number from 0 to 100');
    expect(warnings[0]).to.include('; url must be an absolute http(s) URL');
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence goes against this');
    expect(textOf($(el, '[part="scores"]'))).to.include('Evidence against 20 out of 100');
    expect($$(el, '[part="studies"] > li')).to.have.length(1);
    expect($$(el, 'a')).to.have.length(0);
  });

  it('shows markup-shaped text as text and links nothing that is not http(s)', async () => {
    (window as any).__pwned = undefined;
    let el!: EvidenceClaim;
    await captureConsole('warn', async () => {
      el = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('hostile')}></evidence-claim>`);
      await settled(el);
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__pwned).to.be.undefined;
    expect(textOf($(el, '[role="heading"]'))).to.equal('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    expect($$(el, 'img, script, iframe, b, [onclick], [onerror], [onload]')).to.have.length(0);
    for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(a.protocol).to.equal('https:');
  });
});
