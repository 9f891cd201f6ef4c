// The claim editor's document: the JSON being written, read and changed by validator paths
// (`studies[0].title`). It is the document as given, unknown fields included, so what is opened
// is what is exported, changed only where the editor typed.
import { claimDocument } from '../dist/toolkit.js';

/** `studies[0].title` → ['studies', 0, 'title']. */
export const keys = (path) => path.match(/[^.[\]]+/g).map((k) => (/^\d+$/.test(k) ? Number(k) : k));

export const getAt = (doc, path) => keys(path).reduce((v, k) => (v == null ? undefined : v[k]), doc);

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sets a value (undefined deletes it), making the objects on the way; an object left empty by a
 * deletion goes too (an empty `scores` says nothing), but never an item of a list.
 */
export function setAt(doc, path, value) {
  const ks = keys(path);
  const chain = [doc];
  for (const k of ks.slice(0, -1)) {
    const parent = chain.at(-1);
    if (!isObj(parent[k]) && !Array.isArray(parent[k])) parent[k] = {};
    chain.push(parent[k]);
  }
  const last = ks.at(-1);
  if (value === undefined) delete chain.at(-1)[last];
  else chain.at(-1)[last] = value;
  for (let i = chain.length - 1; i > 0; i--) {
    const [parent, k] = [chain[i - 1], ks[i - 1]];
    if (typeof k === 'string' && !Array.isArray(parent) && isObj(chain[i]) && !Object.keys(chain[i]).length) delete parent[k];
    else break;
  }
}

/** A control's text as the document's value: '' is absent; numbers and lists are parsed. */
export function fromControl(kind, text) {
  if (kind === 'lines') {
    const items = text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  }
  if (text.trim() === '') return undefined;
  if (kind === 'number') {
    // Anything else stays as typed, so the validator can say what is wrong with it.
    return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
  }
  return text;
}

/** The document's value as a control's text. */
export function toControl(kind, value) {
  if (value === undefined || value === null) return '';
  if (kind === 'lines' && Array.isArray(value)) return value.map(String).join('\n');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The document with its fields in the format's order (unknown ones after them, as they were):
 * an exported file reads like the docs, whatever order the editor filled it in.
 */
export function ordered(value, check = claimDocument) {
  if (check?.i && Array.isArray(value)) return value.map((x) => ordered(x, check.i));
  if (!check?.f || !isObj(value)) return value;
  const fields = Object.fromEntries(Object.entries(check.f).map(([k, c]) => [k.replace('!', ''), c]));
  const out = {};
  for (const k of Object.keys(fields)) if (k in value) out[k] = ordered(value[k], fields[k]);
  for (const k of Object.keys(value)) if (!(k in out)) out[k] = value[k];
  return out;
}

/** A study ID not yet taken: study-1, study-2, … */
export function freshStudyId(doc) {
  const taken = new Set((doc.studies ?? []).map((s) => s?.id));
  let n = (doc.studies?.length ?? 0) + 1;
  while (taken.has(`study-${n}`)) n++;
  return `study-${n}`;
}
