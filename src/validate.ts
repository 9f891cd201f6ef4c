/**
 * The runtime validator for claim documents (format version 1).
 *
 * Hand-written on purpose: a JSON Schema engine would cost more than the whole widget.
 * It follows docs/claim-format.md to the letter, and test/node/schema.test.mjs checks that it agrees
 * with schema/claim.schema.json on every fixture:
 *  - a missing or invalid REQUIRED field is an error naming its path;
 *  - an invalid OPTIONAL field (or array item) is dropped with a warning, the rest survives;
 *  - unknown fields are ignored;
 *  - only absolute http(s) URLs are kept;
 *  - DOIs and PMIDs written as links (or `doi:`) are read as the bare identifier.
 * This is the reader's side: lenient. The authoring tools (src/authoring.ts) turn its warnings
 * into errors and add what only a writer needs, outside the widget's bundle.
 * The document is never mutated: the result is a fresh object holding only known fields.
 */
import type { Claim, Problem, ValidationResult } from './types.js';
import { ClaimError } from './errors.js';
import { ID_PATTERN } from './id.js';
import { ISO_DATE, realDay } from './day.js';

type Obj = Record<string, unknown>;
interface Out {
  errors: Problem[];
  warnings: Problem[];
}
/**
 * A check answers the cleaned value, or undefined when the input does not fit; `e` says what fits.
 * An object's check lists its fields in `f`, an array's its item check in `i`: the authoring
 * tools walk them to find unknown field names.
 */
export type Check<T = unknown> = ((v: unknown, path: string, out: Out) => T | undefined) & {
  e: string;
  f?: Record<string, Check>;
  i?: Check;
};

export { ID_PATTERN, ISO_DATE, realDay };

/** One line per problem, for consoles and the CLI: `verdict.leaning must be one of …`. */
export const problemText = (p: Problem) => `${p.path} ${p.message}`;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// A check's input is any JSON value; `any` lets each check narrow it in its own way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const check = <T>(e: string, f: (v: any, path: string, out: Out) => T | undefined): Check<T> => Object.assign(f, { e });
/** A string matching `re`, read as its first group when it has one (a DOI inside its link). */
const pattern = (e: string, re: RegExp) =>
  check(e, (v) => {
    const m = typeof v === 'string' ? re.exec(v) : null;
    return m ? (m[1] ?? m[0]) : undefined;
  });
const oneOf = (...values: string[]) =>
  check(`one of ${values.join(', ')}`, (v) => (values.includes(v) ? (v as string) : undefined));

const text = check('some text', (v) => (typeof v === 'string' && v ? v : undefined));
const num = check('a number', (v) => (typeof v === 'number' && isFinite(v) ? v : undefined));
const score = check('a number from 0 to 100', (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? v : undefined));
const int = check('a whole number', (v) => (Number.isInteger(v) ? (v as number) : undefined));
const count = check('a whole number of at least 0', (v) => (Number.isInteger(v) && v >= 0 ? (v as number) : undefined));

/** Absolute http(s) only; `javascript:`, `data:`, relative and malformed URLs are absent. */
export const httpUrl = check('an absolute http(s) URL', (v) => {
  if (typeof v === 'string' && /^https?:\/\/\S+$/i.test(v)) {
    try {
      return /^https?:$/.test(new URL(v).protocol) ? v : undefined;
    } catch {
      // malformed: treated as absent
    }
  }
});

const date = check('an ISO 8601 date', (v) =>
  typeof v === 'string' && ISO_DATE.test(v) && !isNaN(Date.parse(v)) && realDay(v) ? v : undefined,
);

const language = check('a BCP 47 language tag', (v) => {
  if (typeof v === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v)) {
    try {
      return Intl.getCanonicalLocales(v)[0];
    } catch {
      // not a real tag: treated as absent
    }
  }
});

/**
 * Runs a check on one present value. Problems inside it count as errors only when the value
 * itself is required; inside an optional value they become one "dropped" warning.
 */
function nested<T>(c: Check<T>, raw: unknown, path: string, out: Out, required: boolean) {
  const inner: Out = { errors: [], warnings: out.warnings };
  const value = c(raw, path, inner);
  if (value === undefined) {
    const problems: Problem[] = inner.errors.length ? inner.errors : [{ path, message: `must be ${c.e}`, expected: c.e }];
    if (required) out.errors.push(...problems);
    else out.warnings.push(...problems.map((p) => ({ ...p, dropped: path })));
  }
  return value;
}

/**
 * An optional array: a non-array is dropped whole; an item that does not fit is dropped alone,
 * so one bad study never hides the others.
 */
const list = <T>(item: Check<T>) =>
  Object.assign(
    check(`a list`, (v, path, out) => {
      if (!Array.isArray(v)) return;
      const kept: T[] = [];
      v.forEach((x, i) => {
        const y = nested(item, x, `${path}[${i}]`, out, false);
        if (y !== undefined) kept.push(y);
      });
      return kept;
    }),
    { i: item },
  );

/**
 * An object by its fields; a name starting with `!` is required. A bad required field is an
 * error, a bad optional one a warning. Unknown fields are left out of the result.
 */
const shape = <T = Obj>(fields: Record<string, Check>, e = 'an object') =>
  Object.assign(
    check(e, (v, path, out) => {
      if (!isObj(v)) return;
      const res: Obj = {};
      let ok = true;
      for (const name in fields) {
        const required = name[0] === '!';
        const key = required ? name.slice(1) : name;
        const p = path ? `${path}.${key}` : key;
        const c = fields[name];
        const value = v[key] === undefined ? undefined : nested(c, v[key], p, out, required);
        if (value !== undefined) res[key] = value;
        else if (required) {
          if (v[key] === undefined) out.errors.push({ path: p, message: `is required (${c.e})`, expected: c.e });
          ok = false;
        }
      }
      return ok ? (res as T) : undefined;
    }),
    { f: fields },
  );

const texts = list(text);

const study = shape({
  '!id': text,
  '!stance': oneOf('supports', 'opposes', 'neutral'),
  title: text,
  finding: text,
  design: text,
  grade: text,
  score,
  participants: count,
  population: text,
  duration: text,
  year: int,
  authors: texts,
  journal: text,
  // A DOI or PMID pasted as its link (or as `doi:…`) is clearly meant as the identifier.
  doi: pattern('a DOI such as 10.1000/xyz', /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i),
  pmid: pattern(
    'a PubMed ID (digits)',
    /^(?:pmid:\s*|https?:\/\/(?:www\.)?(?:pubmed\.)?ncbi\.nlm\.nih\.gov\/(?:pubmed\/)?)?(\d{1,9})\/?$/i,
  ),
  url: httpUrl,
});

/** The whole document's check; its `f` are the format's fields. */
export const claimDocument = shape<Claim>({
  // Other numbers are refused before this (validateClaim): here only 1 passes.
  '!schemaVersion': check('the number 1', (v) => (v === 1 ? v : undefined)),
  '!id': pattern('1-64 of A-Z a-z 0-9 _ -', ID_PATTERN),
  '!claim': text,
  '!summary': text,
  '!verdict': shape(
    { '!leaning': oneOf('supports', 'opposes', 'balanced', 'insufficient'), label: text, note: text },
    'an object with a leaning',
  ),
  scores: shape({ support: score, oppose: score, explanation: text }),
  scientificWording: text,
  mechanism: shape({ summary: text, chain: texts }),
  researchSummary: text,
  studies: list(study),
  scoreBreakdown: list(shape({ '!studyId': text, '!side': oneOf('support', 'oppose'), '!contribution': num, reason: text })),
  rawEvidence: list(shape({ studyId: text, '!quote': text, location: text })),
  idealStudies: texts,
  disclaimer: text,
  url: httpUrl,
  language,
  datePublished: date,
  dateModified: date,
  publisher: shape({ '!name': text, url: httpUrl }, 'an object with a name'),
});

/**
 * Validates parsed JSON against claim format version 1.
 * Never throws, whatever it is given.
 */
export function validateClaim(input: unknown): ValidationResult {
  const out: Out = { errors: [], warnings: [] };
  if (!isObj(input)) {
    return {
      ok: false,
      errors: [{ path: '(document)', message: 'must be a JSON object', expected: 'a JSON object' }],
      warnings: [],
    };
  }
  const version = input.schemaVersion;
  // Another major version is refused whole rather than half rendered.
  if (version !== 1 && typeof version === 'number' && isFinite(version)) {
    return {
      ok: false,
      unsupportedVersion: version,
      errors: [{ path: 'schemaVersion', message: `unsupported format version ${version} (this widget reads version 1)` }],
      warnings: [],
    };
  }
  const claim = claimDocument(input, '', out);
  if (!claim || out.errors.length) return { ok: false, errors: out.errors, warnings: out.warnings };
  claim.studies ??= [];
  return { ok: true, claim, warnings: out.warnings };
}

/**
 * Parsed JSON in, a claim out, or a ClaimError naming the first problems.
 * Dropped optional fields are reported once here, as one console warning per document.
 */
export function toClaim(json: unknown, expectedId?: string): Claim {
  const result = validateClaim(json);
  if (result.warnings.length) {
    console.warn(`evidence-claim: ignored invalid optional fields: ${result.warnings.map(problemText).join('; ')}`);
  }
  if (!result.ok) {
    const [{ path, expected }] = result.errors;
    throw new ClaimError(
      result.unsupportedVersion === undefined ? 'invalid' : 'version',
      result.errors.map(problemText).join('; '),
      {
        path,
        expected,
      },
    );
  }
  if (expectedId !== undefined && result.claim.id !== expectedId) {
    throw new ClaimError('mismatch', `the document's id "${result.claim.id}" is not the requested "${expectedId}"`);
  }
  return result.claim;
}
