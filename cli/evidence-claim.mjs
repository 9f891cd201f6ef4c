#!/usr/bin/env node
// The publisher's command line: check claim documents, print an embed snippet, build a static
// site of claims. Exit codes: 0 done, 1 an invalid document, 2 a usage error, 3 anything else
// (an unbuilt checkout, a file that cannot be written).
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

// The validator is the widget's own, built into dist/. A source checkout that was never built
// gets a sentence, not a module-resolution stack trace.
if (!existsSync(new URL('../dist/toolkit.js', import.meta.url))) {
  process.stderr.write('evidence-claim: dist/ is missing; run `npm run build` in the evidence-claim folder first\n');
  process.exit(3);
}
const { dayOf, problemText } = await import('../dist/toolkit.js');
const { build } = await import('./lib/build.mjs');
const { checkAll, checkFile, problemLines } = await import('./lib/check.mjs');
const { claimElementHtml, snippetHtml, today } = await import('./lib/embed.mjs');
const { missingScriptFile, scriptSource, stylesheetIntegrity } = await import('./lib/sri.mjs');
const { DEFAULT_SCRIPT_URL, VERSION } = await import('./lib/version.mjs');

const USAGE = `evidence-claim ${VERSION}

Usage:
  evidence-claim validate <file|dir>... [--lenient]
      Check claim documents (a folder: its *.json files). Prints each problem as
      "<file>: <path> <message>"; exits 1 if any document is invalid. Strict: anything
      the widget would leave out (a study with an unknown stance, a URL that is not
      http(s)) is an error; --lenient makes those warnings. A misspelt field name gets a
      did-you-mean warning; a file that is not JSON gets its line and column.
  evidence-claim snippet <claim.json> [--script URL|FILE] [--script-url URL]
                         [--endpoint TEMPLATE] [--inline] [--no-prerender] [--lenient]
                         [--as-of YYYY-MM-DD]
      Print the HTML to paste into a page: the script tag and the element, holding the
      complete card prerendered (a declarative shadow root, styled by evidence-claim.css
      beside the script) and fallback content. --no-prerender prints the light form: the
      fallback only, the card drawn by the script. The script's URL defaults to
      ${DEFAULT_SCRIPT_URL}, where
      \`build claims/ public/evidence-claim/\` puts it, with the claims beside it.
      --script FILE hashes that file for an integrity (SRI) attribute (run build first: a
      path to a file that is not there is refused); --script-url gives the public URL it is
      served from. --script URL (https://… or /path/…) uses that URL. --endpoint is a URL template
      with {id} to load the claim from. --inline carries the document in the page instead
      (only where a <script> inside the element is kept: see the publishing guide).
      --as-of is the date the article was written against (default: today); a card whose
      claim changes after it says so, by its verdict.
  evidence-claim build <claims-dir> <out-dir> [--base URL] [--lenient]
      Validate every document (strictly, as validate does), then write a static site:
      evidence-claim.js (its card chunk, its stylesheet, and the classic
      evidence-claim.iife.js), i18n/, claims/<id>.json, claims/<id>.html (the prerendered
      element, for CMS plugins and shortcodes), <id>.html per claim, index.json and
      index.html. --base is the URL the site will be served from: the fragments then name
      their stylesheet and endpoint by it, and oEmbed is written: embed/<id>.html (the card
      alone, for a frame), oembed/<id>.json, and a discovery link in <id>.html, so pasting
      the page's URL in WordPress or Ghost shows the card. Writes nothing if any document is
      invalid.
`;

class UsageError extends Error {}

const out = (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const err = (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

function validate(paths, { lenient }) {
  if (!paths.length) throw new UsageError('validate needs at least one file or folder');
  const results = checkAll(paths, { lenient });
  for (const r of results) problemLines(r).forEach((l) => out(l));
  const bad = results.filter((r) => !r.ok).length;
  const warned = results.reduce((n, r) => n + r.warnings.length, 0);
  out(`${results.length - bad} valid, ${bad} invalid${warned ? `, ${warned} warning${warned === 1 ? '' : 's'}` : ''}`);
  return bad ? 1 : 0;
}

async function snippet(
  paths,
  { script, 'script-url': scriptUrl, endpoint, inline: carry, lenient, 'no-prerender': light, 'as-of': asOf = today() },
) {
  if (paths.length !== 1) throw new UsageError('snippet needs exactly one claim file');
  if (!dayOf(asOf)) throw new UsageError(`--as-of "${asOf}" is not an ISO date (YYYY-MM-DD, e.g. 2026-11-20)`);
  if (endpoint !== undefined && !endpoint.includes('{id}')) {
    throw new UsageError(`--endpoint "${endpoint}" must contain {id}`);
  }
  const r = checkFile(paths[0], { lenient });
  if (!r.ok) {
    problemLines(r).forEach((l) => err(l));
    return 1;
  }
  r.warnings.forEach((p) => err(`${r.file}: warning: ${problemText(p)}`));
  if (scriptUrl !== undefined && script !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(script)) {
    throw new UsageError('--script-url goes with --script FILE (the file to hash); give the URL to --script alone');
  }
  const missing = script !== undefined && missingScriptFile(script);
  if (missing) throw new UsageError(`--script ${script}: ${missing}`);
  const source = script ? scriptSource(script) : { src: DEFAULT_SCRIPT_URL };
  // A file is hashed; the page loads it from its public URL, never from a disk path.
  if (source.integrity || scriptUrl !== undefined) source.src = scriptUrl ?? DEFAULT_SCRIPT_URL;
  // By ID, from --endpoint or from claims/ beside the script. A script from another site (a CDN)
  // has no claims/ of yours beside it: that needs --endpoint, or --inline.
  const remote = /^https?:/i.test(source.src);
  if (remote && endpoint === undefined && !carry) {
    throw new UsageError(
      `the script at ${source.src} has no claims/ folder of yours beside it: give --endpoint TEMPLATE (where your claims are), or --inline`,
    );
  }
  // Inline JSON only on request: where a CMS strips the <script>, its text would show.
  const inline = carry ? JSON.parse(r.text) : undefined;
  let element;
  if (light) element = claimElementHtml(r.claim, { endpoint, 'as-of': asOf }, { inline });
  else {
    const { prerenderedElementHtml, stylesheetFor } = await import('./lib/prerender.mjs');
    element = await prerenderedElementHtml(
      JSON.parse(r.text),
      r.claim,
      { endpoint, 'as-of': asOf },
      // A hashed script gets its stylesheet hashed too: the same copy, checked the same way.
      { inline, stylesheet: stylesheetFor(source.src), integrity: source.integrity && stylesheetIntegrity(script) },
    );
  }
  out(snippetHtml(source, element));
  return 0;
}

async function buildSite(paths, { lenient, base }) {
  if (paths.length !== 2) throw new UsageError('build needs a claims folder and an output folder');
  const [claimsDir, outDir] = paths;
  let isDir = false;
  try {
    isDir = statSync(claimsDir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`${claimsDir} is not a folder`);
  if (base !== undefined && !/^https?:\/\/.+\/$/i.test(base))
    throw new UsageError(`--base "${base}" must be an http(s) URL ending in /`);
  const { results, written, notes } = await build(claimsDir, outDir, { lenient, base });
  for (const r of results) problemLines(r).forEach((l) => (r.ok ? out(l) : err(l)));
  const bad = results.filter((r) => !r.ok);
  if (bad.length) {
    err(`Nothing written: ${bad.length} invalid document${bad.length === 1 ? '' : 's'}: ${bad.map((r) => r.file).join(', ')}`);
    return 1;
  }
  notes.forEach((n) => out(n));
  out(`Built ${results.length} claim${results.length === 1 ? '' : 's'} into ${outDir} (${written.length} files)`);
  return 0;
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      script: { type: 'string' },
      'script-url': { type: 'string' },
      endpoint: { type: 'string' },
      inline: { type: 'boolean' },
      lenient: { type: 'boolean' },
      'no-prerender': { type: 'boolean' },
      'as-of': { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.version) return (out(VERSION), 0);
  const [command, ...paths] = positionals;
  if (values.help) return (out(USAGE), 0);
  if (!command) return (err(USAGE), 2);
  if (
    command !== 'snippet' &&
    (['script', 'script-url', 'endpoint', 'inline', 'as-of'].some((k) => values[k] !== undefined) || values['no-prerender'])
  ) {
    throw new UsageError(
      '--script, --script-url, --endpoint, --inline, --as-of and --no-prerender belong to the snippet command',
    );
  }
  if (command !== 'build' && values.base !== undefined) throw new UsageError('--base belongs to the build command');
  if (command === 'validate') return validate(paths, values);
  if (command === 'snippet') return snippet(paths, values);
  if (command === 'build') return buildSite(paths, values);
  throw new UsageError(`unknown command "${command}"`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // parseArgs' own errors (an unknown option, a missing value) are usage errors too.
  if (e instanceof UsageError || e.code?.startsWith?.('ERR_PARSE_ARGS')) {
    err(`evidence-claim: ${e.message}\nRun "evidence-claim --help" for usage.`);
    process.exitCode = 2;
  } else {
    err(`evidence-claim: ${e.message}`);
    process.exitCode = 3;
  }
}
