/**
 * The writer's side of validation: strict, and helpful. Used by the CLI (`validate`, `snippet`,
 * `build`) and the claim editor (demo/builder.js) through dist/toolkit.js; the widget never
 * imports it, so none of it costs readers a byte.
 *
 * Readers are lenient, authoring tools are strict (docs/claim-format.md): everything the widget
 * would drop is an error here unless the writer asks for leniency; an unknown field close to a
 * known one is a warning with a suggestion; a document that is not JSON is reported with its line
 * and column. The rules themselves are the widget's validator's (src/validate.ts): this file
 * only words and sorts what that one finds, so the two can never disagree.
 */
import { claimDocument, problemText as widgetText, validateClaim, type Check } from './validate.js';
import type { Claim, Problem } from './types.js';

/** A problem as the authoring tools report it; a syntax error also says where it is. */
export interface AuthoringProblem extends Problem {
  line?: number;
  column?: number;
}

export interface AuthoringResult {
  /** True when there is no error: the widget renders the document exactly as written. */
  ok: boolean;
  errors: AuthoringProblem[];
  warnings: AuthoringProblem[];
  /** The claim as the widget reads it, when the widget can render the document at all. */
  claim?: Claim;
  /** The parsed document, when it parsed. */
  json?: unknown;
}

export interface AuthoringOptions {
  /** Report what the widget would drop as warnings instead of errors (the CLI's `--lenient`). */
  lenient?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where a text stops being JSON, and what was expected there. Engines word (and place) their
 * JSON.parse errors differently, and some give no position at all, so this small scanner is the
 * one source of the line, the column and the words, in every browser and in Node alike.
 */
function syntaxError(t: string): { at: number; expected: string } | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    throw { at: i, expected };
  };
  const ws = () => {
    while (t[i] === ' ' || t[i] === '\n' || t[i] === '\r' || t[i] === '\t') i++;
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const string = () => {
    i++;
    for (;;) {
      const c = t[i];
      if (c === undefined) fail('a closing " for this text');
      if (c === '"') return void i++;
      if (c < ' ') fail('a closing " before the line break (inside text, write \\n for one)');
      if (c !== '\\') i++;
      else if (t[i + 1] === 'u' && /^[\dA-Fa-f]{4}$/.test(t.slice(i + 2, i + 6))) i += 6;
      else if ('"\\/bfnrt'.includes(t[i + 1] || '?')) i += 2;
      else fail('a valid escape after \\ (such as \\" or \\n)');
    }
  };
  const items = (close: string, item: () => void) => {
    i++;
    ws();
    if (t[i] === close) return void i++;
    for (;;) {
      ws();
      item();
      ws();
      if (t[i] === close) return void i++;
      if (t[i] !== ',') fail(`a comma or a closing ${close}`);
      i++;
      ws();
      if (t[i] === close) fail(`another item after the comma (JSON allows no comma before ${close})`);
    }
  };
  const value = (): void => {
    ws();
    const c = t[i];
    if (c === '{') {
      return items('}', () => {
        if (t[i] !== '"') fail('a field name in double quotes');
        string();
        ws();
        if (t[i] !== ':') fail('a colon after the field name');
        i++;
        value();
      });
    }
    if (c === '[') return items(']', value);
    if (c === '"') return string();
    literal.lastIndex = i;
    if (literal.test(t)) return void (i = literal.lastIndex);
    fail(
      c === undefined ? 'more: the text ends too early' : 'a value: text in double quotes, a number, true, false, null, { or [',
    );
  };
  try {
    value();
    ws();
    if (i < t.length) fail('the end of the document');
  } catch (e) {
    if (e instanceof Error) return; // too deeply nested to scan: the engine's words are used
    return e as { at: number; expected: string };
  }
}

/** Line and column (both from 1) of a position in a text. */
export function lineColumn(text: string, at: number) {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Parses a claim file's text: the JSON, or a problem that names its line and column. */
export function parseClaimText(text: string): { json: unknown } | { problem: AuthoringProblem } {
  // A byte order mark is how some editors save UTF-8; it is not part of the document.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { json: JSON.parse(body) };
  } catch (e) {
    const found = syntaxError(body);
    const { line, column } = lineColumn(body, found?.at ?? 0);
    const what = found ? `expected ${found.expected}` : (e as Error).message;
    return {
      problem: { path: '(document)', message: `is not valid JSON: line ${line}, column ${column}: ${what}`, line, column },
    };
  }
}

/** The value at a validator path such as `studies[2].stance`. */
const valueAt = (json: unknown, path: string) =>
  (path.match(/[^.[\]]+/g) ?? []).reduce<unknown>(
    (v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]),
    json,
  );

/** A value as a writer would recognise it in a message. */
const shown = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : isObj(v)
        ? 'an object'
        : String(v);

/** Adds what was found to a "must be" message: `must be one of …, got "oppose"`. */
const withGot = (json: unknown, p: Problem): Problem =>
  p.message.startsWith('must be') && p.path !== '(document)'
    ? { ...p, message: `${p.message}, got ${shown(valueAt(json, p.path))}` }
    : p;

/** Edit distance with transpositions (optimal string alignment), for did-you-mean. */
function distance(a: string, b: string) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known name an unknown one was probably meant as: same letters ignoring case, or one edit
 * away (two for long names: in short ones two edits make another word, `dates` is not `name`).
 */
export function suggestField(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const n = distance(name.toLowerCase(), k.toLowerCase());
    if (n < bestDistance) [best, bestDistance] = [k, n];
  }
  const limit = name.length >= 9 ? 2 : 1;
  return bestDistance <= limit ? best : undefined;
}

/** Unknown field names close to known ones, anywhere in the document: warnings with a suggestion. */
function unknownFields(check: Check, value: unknown, path: string, out: Problem[]) {
  if (check.f && isObj(value)) {
    const fields = Object.fromEntries(Object.entries(check.f).map(([k, c]) => [k.replace('!', ''), c]));
    for (const key of Object.keys(value)) {
      const p = path ? `${path}.${key}` : key;
      if (fields[key]) unknownFields(fields[key], value[key], p, out);
      else {
        const meant = suggestField(key, Object.keys(fields));
        if (meant) out.push({ path: p, message: `is not a field of the format, so it is ignored: did you mean ${meant}?` });
      }
    }
  } else if (check.i && Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(check.i!, item, `${path}[${i}]`, out));
  }
}

/**
 * What the format says of study IDs and the widget cannot check alone: each is unique in the
 * document (an error), and what the breakdown and the raw evidence refer to exists (a warning:
 * the card then shows the bare ID). Paths are those of the claim as the widget reads it.
 */
function references(claim: Claim, errors: Problem[], warnings: Problem[]) {
  const first = new Map<string, number>();
  claim.studies.forEach((st, i) => {
    if (first.has(st.id))
      errors.push({
        path: `studies[${i}].id`,
        message: `must be unique, got "${st.id}", which studies[${first.get(st.id)}] has too`,
      });
    else first.set(st.id, i);
  });
  const refs: [string, { studyId?: string }[] | undefined][] = [
    ['scoreBreakdown', claim.scoreBreakdown],
    ['rawEvidence', claim.rawEvidence],
  ];
  for (const [name, items] of refs) {
    items?.forEach((item, i) => {
      if (item.studyId !== undefined && !first.has(item.studyId)) {
        warnings.push({ path: `${name}[${i}].studyId`, message: `is not the ID of a study in this claim: "${item.studyId}"` });
      }
    });
  }
}

/**
 * Checks a parsed document as an authoring tool must: the widget's own verdict, with what it
 * would drop made an error (a warning with `lenient`), each naming its path, what was expected
 * and what was found, plus did-you-mean warnings for misspelt field names.
 */
export function checkClaim(json: unknown, { lenient = false }: AuthoringOptions = {}): AuthoringResult {
  const result = validateClaim(json);
  const dropped = result.warnings.map((p) => withGot(json, p));
  const errors = result.ok ? [] : result.errors.map((p) => withGot(json, p));
  const warnings: Problem[] = [];
  if (lenient) warnings.push(...dropped);
  else errors.push(...dropped);
  if (result.ok || result.unsupportedVersion === undefined) unknownFields(claimDocument, json, '', warnings);
  if (result.ok) references(result.claim, errors, warnings);
  return { ok: !errors.length, errors, warnings, json, ...(result.ok && { claim: result.claim }) };
}

/** checkClaim for a file's text: a syntax error is the one error of a text that is not JSON. */
export function checkClaimText(text: string, options?: AuthoringOptions): AuthoringResult {
  const parsed = parseClaimText(text);
  if ('problem' in parsed) return { ok: false, errors: [parsed.problem], warnings: [] };
  return checkClaim(parsed.json, options);
}

/**
 * One line per problem, for the CLI and the editor: `studies[2].stance must be one of …, got
 * "oppose" (so studies[2] is left out)`, saying what a reader's card would lose.
 */
export const problemText = (p: Problem) =>
  `${widgetText(p)}${p.dropped && p.dropped !== p.path ? `, so the card leaves out ${p.dropped}` : ''}`;
