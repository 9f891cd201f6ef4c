// Reads claim files and checks them with the authoring checks (dist/toolkit.js), which run the
// widget's own validator: the CLI, the editor and the element always agree on what a document
// means, and the CLI is strict about what the element would drop.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkClaimText, problemText } from '../../dist/toolkit.js';

/**
 * One file's verdict: `ok` with the validated `claim` and the file's `text` as given, or the
 * `errors` that make it invalid. Anything the widget would drop is an error, unless `lenient`
 * makes it a warning; `warnings` also carry did-you-mean hints for misspelt field names.
 */
export function checkFile(file, { lenient = false } = {}) {
  const result = { file, ok: false, errors: [], warnings: [] };
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    result.errors.push({ path: '(file)', message: `cannot be read (${e.code ?? e.message})` });
    return result;
  }
  const v = checkClaimText(text, { lenient });
  result.warnings.push(...v.warnings);
  if (!v.ok) {
    result.errors.push(...v.errors);
    return result;
  }
  return Object.assign(result, { ok: true, claim: v.claim, text });
}

/** The files named by the arguments: a file as itself, a folder as its *.json files (sorted). */
export function claimFiles(paths) {
  const files = [];
  const empty = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // not there: checkFile reports it
    }
    if (!isDir) files.push(p);
    else {
      const found = readdirSync(p)
        .filter((n) => n.endsWith('.json'))
        .sort();
      if (!found.length) empty.push(p);
      files.push(...found.map((n) => join(p, n)));
    }
  }
  // The same file named twice (a folder and a file in it) is checked once.
  const seen = new Set();
  return { files: files.filter((f) => !seen.has(resolve(f)) && seen.add(resolve(f))), empty };
}

/**
 * Checks every file named, then what only the set shows: two documents with one id would
 * overwrite each other's claims/<id>.json, so the second is invalid; a file named other than
 * its id is a warning (the element checks that a fetched document has the id it asked for).
 */
export function checkAll(paths, options) {
  const { files, empty } = claimFiles(paths);
  const results = files.map((f) => checkFile(f, options));
  for (const dir of empty) {
    results.push({ file: dir, ok: false, errors: [{ path: '(folder)', message: 'has no .json files' }], warnings: [] });
  }
  const byId = new Map();
  for (const r of results.filter((x) => x.ok)) {
    const { id } = r.claim;
    if (byId.has(id)) {
      r.ok = false;
      r.errors.push({ path: 'id', message: `"${id}" is also the id of ${byId.get(id)}` });
      continue;
    }
    byId.set(id, r.file);
    if (basename(r.file) !== `${id}.json`) {
      r.warnings.push({ path: 'id', message: `"${id}" differs from the file name (served as claims/${id}.json)` });
    }
  }
  return results;
}

/** The report lines of one result: `<file>: <path> <message>`, warnings marked as such. */
export const problemLines = (r) => [
  ...r.errors.map((p) => `${r.file}: ${problemText(p)}`),
  ...r.warnings.map((p) => `${r.file}: warning: ${problemText(p)}`),
];
