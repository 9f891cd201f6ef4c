// The claim editor (demo/builder.html) used as an editor at a health news site uses it: in
// headless Chromium, from a plain static server (no dev server), finding every field by its
// label, typing with the keyboard. The JSON it exports goes through the CLI's `validate`.
// The functions given to page.evaluate() run in the page, where these are defined:
/* global document, window, getComputedStyle */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { claimDocument } from '../../dist/toolkit.js';
import { today } from '../../cli/lib/embed.mjs';

const TODAY = today();
const root = fileURLToPath(new URL('../../', import.meta.url));
const downloads = mkdtempSync(join(tmpdir(), 'evidence-claim-editor-'));
let server;
let browser;
let page;
const pageErrors = [];
const dialogs = [];

before(async () => {
  server = await serveStatic(root);
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Opening a claim over one in the form asks first; the editor here says yes.
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.accept();
  });
  // axe is injected for the accessibility checks; the page's own CSP would refuse it.
  await page.setBypassCSP(true);
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${server.url}/demo/builder.html`, { waitUntil: 'networkidle0' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The control labelled `label`, inside the group (fieldset) whose legend is `group` if given: found
 * the way a person finds it, by the words on the screen.
 */
async function field(label, group) {
  const handle = await page.evaluateHandle(
    (label, group) => {
      const scope = group
        ? [...document.querySelectorAll('fieldset')].find((f) => f.querySelector(':scope > legend')?.textContent === group)
        : document;
      const found = [...(scope?.querySelectorAll('label') ?? [])].filter((l) => l.textContent.trim() === label);
      return found.length === 1 ? found[0].control : null;
    },
    label,
    group,
  );
  const control = handle.asElement();
  assert.ok(control, `one field labelled "${label}"${group ? ` in "${group}"` : ''}`);
  return control;
}
/** Types into a field, replacing what it held, then leaves it (Tab), as a person does. */
async function fill(label, text, group) {
  const control = await field(label, group);
  await control.click({ count: 3 });
  await control.evaluate((c) => c.select?.());
  await page.keyboard.press('Backspace');
  if (text) await control.type(text);
  await page.keyboard.press('Tab');
}
async function choose(label, optionText, group) {
  const control = await field(label, group);
  const value = await control.evaluate((c, t) => [...c.options].find((o) => o.textContent.startsWith(t))?.value, optionText);
  assert.ok(value !== undefined, `"${optionText}" in ${label}`);
  await control.select(value);
}
/** The button with these words (its accessible name starts with them). */
async function button(words) {
  const found = await page.$$(`::-p-aria([role="button"][name="${words}"])`);
  assert.equal(found.length, 1, `one "${words}" button`);
  return found[0];
}
/** Presses a button from the keyboard: focus, then Enter (no mouse aim to miss on a moving page). */
async function press(words) {
  await (await button(words)).focus();
  await page.keyboard.press('Enter');
}
const errorOf = (control) => control.evaluate((c) => c.closest('.field').querySelector('.error').textContent);
const waitPreview = (text) =>
  page.waitForFunction(
    (text) => {
      const card = document.querySelector('#preview evidence-claim');
      return card?.state === 'ready' && card.shadowRoot.textContent.includes(text);
    },
    { timeout: 10000 },
    text,
  );
const previewText = () => page.$eval('#preview evidence-claim', (c) => c.shadowRoot.textContent.replace(/\s+/g, ' '));
const status = () => page.$eval('#status', (s) => s.textContent);
/**
 * The downloaded file, parsed, once it has landed whole (Chromium may show the name before the
 * bytes are all written).
 */
async function downloaded(name) {
  for (let i = 0; i < 200; i++) {
    try {
      return JSON.parse(readFileSync(join(downloads, name), 'utf8'));
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  assert.fail(`${name} was not downloaded`);
}
const runCli = (...args) =>
  spawnSync(process.execPath, [join(root, 'cli/evidence-claim.mjs'), ...args], { cwd: root, encoding: 'utf8' });
async function axe() {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const CLAIM = 'Creatine supplements improve memory in healthy adults.';
const OPPOSING = 'Creatine and cognition in young adults: a randomized trial';

test('starts empty, with a placeholder for the preview and a list of what is missing', async () => {
  assert.match(await page.$eval('#preview', (p) => p.textContent), /Your card appears here once the claim/);
  const todo = await page.$$eval('#problem-list li', (li) => li.map((l) => l.textContent));
  assert.ok(todo.includes('Claim is required (some text).'), todo.join('\n'));
  assert.equal(await page.$eval('#snippet', (s) => s.value), '');
});

test('a required field left empty says so next to it, once the editor has left it', async () => {
  const claim = await field('Claim');
  assert.equal(await errorOf(claim), '');
  await claim.focus();
  await page.keyboard.press('Tab');
  assert.equal(await errorOf(claim), 'Claim is required (some text).');
  assert.equal(await claim.evaluate((c) => c.getAttribute('aria-invalid')), 'true');
  // Screen readers hear it with the field.
  const described = await claim.evaluate((c) =>
    c
      .getAttribute('aria-describedby')
      .split(' ')
      .map((id) => document.getElementById(id).textContent)
      .join(' '),
  );
  assert.match(described, /Claim is required/);
});

test('writes a complete claim with an opposing study; the preview shows it, ready', async () => {
  await fill('Claim', CLAIM);
  // Leaving the claim suggests an ID from its words; the editor shortens it.
  assert.equal(await (await field('Claim ID')).evaluate((c) => c.value), 'creatine-supplements-improve-memory-in-healthy');
  await fill('Plain-language summary', 'Trials disagree: the largest finds no effect on memory.');
  await fill('Claim ID', 'creatine-memory');
  await choose('Verdict', 'Evidence is mixed');
  await fill('Caveat', 'Most trials are small.');
  await fill('Support score', '40');
  await fill('Oppose score', '35');
  await fill('How to read the scores', 'Independent scores, not a percentage.');
  await fill('Scientific wording', 'Oral creatine monohydrate supplementation and short-term memory.');
  await fill('Mechanism', 'Creatine may buffer energy in brain cells.');
  await fill('Mechanism steps', 'More creatine in the brain');
  await fill('What the research says', 'Small trials found benefits; a larger one did not.');

  // Keyboard: the Add study button, then Enter; focus lands in the new study.
  await (await button('Add study')).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Stance');
  await choose('Stance', 'Supports', 'Study 1');
  await fill('Title', 'Creatine and memory in vegetarians', 'Study 1');
  await fill('Design', 'Randomized controlled trial', 'Study 1');
  await fill('Participants', '45', 'Study 1');

  await (await button('Add study')).click();
  await choose('Stance', 'Opposes', 'Study 2');
  await fill('Title', OPPOSING, 'Study 2');
  await fill('Finding', 'No difference in memory after six weeks.', 'Study 2');
  await fill('Grade', 'High', 'Study 2');
  await fill('Score', '80', 'Study 2');
  await fill('Participants', '300', 'Study 2');
  await fill('Population', 'Healthy adults aged 18 to 35', 'Study 2');
  await fill('Duration', '6 weeks', 'Study 2');
  await fill('Year', '2024', 'Study 2');
  await fill('Authors', 'A. Author', 'Study 2');
  await fill('Journal', 'Journal of Examples', 'Study 2');
  // Pasted as links: normalised, not dropped.
  await fill('DOI', 'https://doi.org/10.1000/creatine.2024', 'Study 2');
  await fill('PubMed ID', 'https://pubmed.ncbi.nlm.nih.gov/31234567/', 'Study 2');
  await fill('URL', 'https://example.org/trial', 'Study 2');

  await (await button('Add score entry')).click();
  await fill('Study ID', 'study-2', 'Score entry 1');
  await choose('Score', 'Oppose score', 'Score entry 1');
  await fill('Points', '20', 'Score entry 1');
  await (await button('Add quote')).click();
  await fill('Quote', 'No significant effect on memory was found.', 'Quote 1');
  await fill('Ideal studies needed', 'A large trial in older adults.');
  await fill('Disclaimer', 'Not medical advice.');
  await fill('Language of the texts', 'en');
  await fill('Date published', '2026-03-02');
  await fill('Publisher', 'The Example Health Desk');
  await fill('Publisher website', 'https://example.org');
  await fill('Canonical URL', 'https://example.org/claims/creatine-memory');

  // The preview follows the typing after a pause: wait for the last field typed.
  await waitPreview('Read the full analysis');
  const text = await previewText();
  assert.ok(text.includes(OPPOSING));
  assert.ok(text.includes(CLAIM));
  assert.ok(text.includes('1 supporting study · 1 opposing study'), text);
  // Only datePublished: "Published", not "Updated".
  assert.ok(text.includes('Published March 2, 2026'), text);
  const links = await page.$eval('#preview evidence-claim', (c) =>
    [...c.shadowRoot.querySelectorAll('[part="studies"] a')].map((a) => a.href),
  );
  assert.deepEqual(links, [
    'https://doi.org/10.1000/creatine.2024',
    'https://pubmed.ncbi.nlm.nih.gov/31234567/',
    'https://example.org/trial',
  ]);
  assert.equal(await page.$eval('#problems', (p) => p.hidden), true, await page.$eval('#problems', (p) => p.textContent));
});

test('has a labelled field for every field of the format', async () => {
  // The format's fields, from the validator itself: lists of objects as `studies[].title`.
  const fields = [];
  const walk = (check, path) => {
    for (const [name, c] of Object.entries(check.f)) {
      const p = `${path}${name.replace('!', '')}`;
      if (c.f) walk(c, `${p}.`);
      else if (c.i?.f) walk(c.i, `${p}[].`);
      else fields.push(p);
    }
  };
  walk(claimDocument, '');
  const inForm = await page.$$eval('#editor [data-path]', (controls) =>
    controls
      .filter((c) => c.labels.length === 1 && c.labels[0].textContent.trim())
      .map((c) => c.dataset.path.replace(/\[\d+\]/g, '[]')),
  );
  // schemaVersion is the editor's to write (always 1), not the editor's person's.
  assert.deepEqual([...new Set(inForm)].sort(), fields.filter((f) => f !== 'schemaVersion').sort());
});

test('exports: the downloaded JSON passes the CLI validate (exit 0), and the snippet carries it', async () => {
  await press('Download JSON');
  const file = join(downloads, 'creatine-memory.json');
  const doc = await downloaded('creatine-memory.json');
  assert.deepEqual(Object.keys(doc).slice(0, 5), ['schemaVersion', 'id', 'claim', 'summary', 'verdict']);
  assert.equal(doc.studies[1].stance, 'opposes');
  const r = runCli('validate', file);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '1 valid, 0 invalid\n');

  const snippet = await page.$eval('#snippet', (s) => s.value);
  // The script where `evidence-claim build` puts it, the claim by ID from claims/ beside it.
  assert.match(
    snippet,
    new RegExp(
      `^<script type="module" src="/evidence-claim/evidence-claim\\.js"></script>\\n<evidence-claim claim-id="creatine-memory" as-of="${TODAY}">`,
    ),
  );
  assert.ok(!snippet.includes('application/json'), 'no JSON that a CMS could show as text');
  // The options as today: only the non-default ones, and an endpoint loads by ID.
  await (await field('Variant')).select('compact');
  await fill('Where your claims are hosted (URL template with {id})', 'https://example.org/claims/{id}.json');
  const byId = await page.$eval('#snippet', (s) => s.value);
  assert.ok(
    byId.includes(
      `<evidence-claim claim-id="creatine-memory" variant="compact" endpoint="https://example.org/claims/{id}.json" as-of="${TODAY}">`,
    ),
    byId,
  );
  assert.ok(!byId.includes('application/json'));
  await (await field('Variant')).select('card');
  await fill('Where your claims are hosted (URL template with {id})', '');
});

test('the snippet holds the prerendered card unless "Prerender the card" is unticked', async () => {
  const read = () => page.$eval('#snippet', (s) => s.value);
  await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<template shadowrootmode="open">'), {
    timeout: 15000,
  });
  const pre = await read();
  // The stylesheet beside the script; by ID, as the light form.
  assert.match(
    pre,
    new RegExp(
      `<evidence-claim claim-id="creatine-memory" as-of="${TODAY}">\\n {2}<template shadowrootmode="open"><link rel=stylesheet href="/evidence-claim/evidence-claim\\.css">`,
    ),
  );
  assert.match(pre, /data-digest="\w+"/);
  assert.ok(!pre.includes('application/json'));
  await (await field('Prerender the card')).click();
  await page.waitForFunction(() => !document.querySelector('#snippet').value.includes('<template'), { timeout: 5000 });
  assert.ok((await read()).includes(`<evidence-claim claim-id="creatine-memory" as-of="${TODAY}">\n`));
  await (await field('Prerender the card')).click();
  await page.waitForFunction(() => document.querySelector('#snippet').value.includes('<template'), { timeout: 15000 });
});

test('studies reorder and remove from the keyboard, focus following', async () => {
  await (await button('Move up study 2')).focus();
  await page.keyboard.press('Enter');
  assert.equal(await (await field('Title', 'Study 1')).evaluate((c) => c.value), OPPOSING);
  assert.match(await status(), /Study 2 moved up: it is now study 1\./);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Move down study 1');
  await waitPreview(OPPOSING);
  await page.keyboard.press('Enter');
  assert.equal(await (await field('Title', 'Study 2')).evaluate((c) => c.value), OPPOSING);
});

test('the draft survives a reload, in this browser only', async () => {
  await new Promise((r) => setTimeout(r, 400));
  await page.reload({ waitUntil: 'networkidle0' });
  assert.equal(await (await field('Claim')).evaluate((c) => c.value), CLAIM);
  assert.equal(await (await field('Title', 'Study 2')).evaluate((c) => c.value), OPPOSING);
  assert.match(await status(), /Your draft from this browser is back/);
  await waitPreview(OPPOSING);
});

test('an emptied required field: the message next to it, and the preview keeps the last valid card', async () => {
  await fill('Plain-language summary', '');
  assert.equal(await errorOf(await field('Plain-language summary')), 'Plain-language summary is required (some text).');
  await page.waitForFunction(() => document.querySelector('#preview-note').textContent.includes('last version'));
  assert.equal(await page.$eval('#preview evidence-claim', (c) => c.state), 'ready');
  // Export is refused, pointing at the problem.
  await press('Download JSON');
  assert.equal(await status(), 'Fix the problems listed above first.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'problems-heading');
  await fill('Plain-language summary', 'Trials disagree.');
});

test('axe finds nothing, at 1000 px and at 320 px, light and dark, with problems showing', async () => {
  await fill('Oppose score', '140');
  assert.equal(await errorOf(await field('Oppose score')), 'Oppose score must be a number from 0 to 100, got 140.');
  for (const [width, scheme] of [
    [1000, 'light'],
    [320, 'light'],
    [320, 'dark'],
  ]) {
    await page.setViewport({ width, height: 800 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    assert.deepEqual(await axe(), [], `${width} px, ${scheme}`);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${width} px fits`);
  }
  await page.setViewport({ width: 1000, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await fill('Oppose score', '35');
});

test('the verdict choices are the words the card shows for each leaning, not the old example labels', async () => {
  const options = await (await field('Verdict')).evaluate((c) => [...c.options].map((o) => [o.value, o.textContent]));
  assert.deepEqual(options, [
    ['', 'Choose a verdict'],
    ['supports', 'Evidence supports this'],
    ['opposes', 'Evidence goes against this'],
    ['balanced', 'Evidence is mixed'],
    ['insufficient', 'Not enough evidence yet'],
  ]);
  await choose('Verdict', 'Evidence is mixed');
  await waitPreview('Evidence is mixed');
});

test('"Prerender the card": the box on the line of its words, before them', async () => {
  for (const width of [1280, 390]) {
    await page.setViewport({ width, height: 900 });
    const box = await (
      await field('Prerender the card')
    ).evaluate((c) => {
      const b = c.getBoundingClientRect();
      const l = c.labels[0].getBoundingClientRect();
      return { boxMiddle: b.top + b.height / 2, boxRight: b.right, labelTop: l.top, labelBottom: l.bottom, labelLeft: l.left };
    });
    assert.ok(box.boxMiddle > box.labelTop && box.boxMiddle < box.labelBottom, `${width} px: ${JSON.stringify(box)}`);
    assert.ok(box.boxRight <= box.labelLeft, `${width} px: ${JSON.stringify(box)}`);
  }
  await page.setViewport({ width: 1000, height: 900 });
});

test('no choice in any list is cut off, at 1280 px and at 390 px', async () => {
  for (const width of [1280, 390]) {
    await page.setViewport({ width, height: 900 });
    const cut = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d');
      const found = [];
      for (const select of document.querySelectorAll('select')) {
        const style = getComputedStyle(select);
        ctx.font = style.font;
        // The room for text: the box less its padding, its border and the arrow (about 1.5em).
        const room =
          select.getBoundingClientRect().width -
          parseFloat(style.paddingLeft) -
          parseFloat(style.paddingRight) -
          parseFloat(style.borderLeftWidth) -
          parseFloat(style.borderRightWidth) -
          1.5 * parseFloat(style.fontSize);
        for (const o of select.options) {
          const need = ctx.measureText(o.textContent).width;
          if (need > room)
            found.push(
              `${select.labels[0]?.textContent.trim()}: "${o.textContent}" (${Math.round(need)} > ${Math.round(room)} px)`,
            );
        }
      }
      return found;
    });
    assert.deepEqual(cut, [], `${width} px`);
  }
  await page.setViewport({ width: 1000, height: 900 });
});

test('the help of "Where your claims are hosted" says what the code does when it is left empty', async () => {
  const endpoint = await field('Where your claims are hosted (URL template with {id})');
  assert.equal(await endpoint.evaluate((c) => c.value), '');
  const help = await page.$eval('#endpoint-help', (h) => h.textContent.replace(/\s+/g, ' '));
  assert.doesNotMatch(help, /carry the claim inside/);
  assert.match(
    help,
    /Leave empty when you publish your claims with evidence-claim build: the card loads claims\/<ID>\.json beside the script\./,
  );
  assert.match(help, /the code never carries the claim's JSON/);
  // And the code does that: the script where build puts it, the claim by ID, no endpoint, no JSON.
  const snippet = await page.$eval('#snippet', (s) => s.value);
  assert.match(
    snippet,
    /^<script type="module" src="\/evidence-claim\/evidence-claim\.js"><\/script>\n<evidence-claim claim-id="[\w-]+"( as-of="\d{4}-\d{2}-\d{2}")?>/,
  );
  assert.doesNotMatch(snippet, /endpoint=|application\/json/);
});

/** Pastes a document and opens it, as an editor does with a file from elsewhere. */
async function openPasted(text) {
  await page.$eval('#paste', (p, t) => (p.value = t), text);
  await (await button('Open pasted claim')).click();
}

test('the mistakes from hand-written JSON, as the editor now shows them', async () => {
  const doc = {
    schemaVersion: 1,
    id: 'typos',
    claim: 'A claim.',
    summary: 'A summary.',
    verdict: { leaning: 'opposes' },
    scores: { support: 10, oppose: 22 },
    scientficWording: 'Misspelt.',
    studies: [{ id: 'a', stance: 'oppose', title: 'The only opposing study', partcipants: 12 }],
    futureField: { kept: true },
  };
  await openPasted(JSON.stringify(doc, null, 2));
  assert.deepEqual(dialogs, ['Replace the claim in the form? What it holds now will be lost.']);
  // The one-letter typo in a stance: next to that study's Stance.
  assert.equal(
    await errorOf(await field('Stance', 'Study 1')),
    'Stance must be one of supports, opposes, neutral, got "oppose", so the card leaves out study 1.',
  );
  // Misspelt field names: a suggestion next to the field that was meant.
  assert.equal(
    await errorOf(await field('Scientific wording')),
    'scientficWording is not a field of the format, so it is ignored: did you mean scientificWording?',
  );
  assert.equal(
    await errorOf(await field('Participants', 'Study 1')),
    'studies[0].partcipants is not a field of the format, so it is ignored: did you mean participants?',
  );
  assert.match(await status(), /Opened the pasted claim\. 1 thing needs fixing/);
  // Fixing the stance makes it exportable, and the unknown field survives the round trip.
  await choose('Stance', 'Opposes', 'Study 1');
  await waitPreview('1 opposing study');
  await press('Download JSON');
  const exported = await downloaded('typos.json');
  assert.deepEqual(exported, { ...doc, studies: [{ ...doc.studies[0], stance: 'opposes' }] });

  // A syntax error: its line and column, where the editor pasted it.
  await openPasted('{\n  "schemaVersion": 1,\n  "id": "x"\n  "claim": "y"\n}');
  assert.equal(
    await page.$eval('#open-error', (e) => e.textContent),
    'The pasted claim is not valid JSON: line 4, column 3: expected a comma or a closing }.',
  );
  // The form still holds the last claim.
  assert.equal(await (await field('Claim ID')).evaluate((c) => c.value), 'typos');
});

test('opens a claim file chosen from disk into the form', async () => {
  const file = join(root, 'demo/claims/sample-es.json');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  await (await field('Open a claim file (.json)')).uploadFile(file);
  await page.waitForFunction(
    (claim) => document.querySelector('[data-path="claim"]').value === claim,
    { timeout: 10000 },
    doc.claim,
  );
  assert.equal(await status(), 'Opened the file sample-es.json.');
  assert.equal(await (await field('Title', 'Study 1')).evaluate((c) => c.value), doc.studies[0].title);
  // The card speaks the claim's language.
  await waitPreview('La evidencia lo respalda');
});

test('hostile text stays text in the form, the preview and the snippet', async () => {
  const hostile = readFileSync(join(root, 'test/fixtures/warnings/hostile.json'), 'utf8');
  await openPasted(hostile);
  await waitPreview(JSON.parse(hostile).claim);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('body img, body iframe', (x) => x.length), 0);
  assert.equal(await (await field('Claim')).evaluate((c) => c.value), JSON.parse(hostile).claim);
  assert.deepEqual(pageErrors, []);
});
