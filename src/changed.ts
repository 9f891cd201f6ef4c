/**
 * The "updated after this article" line: whether a card shows it, and what it says.
 *
 * A card's `as-of` is the date the article around it was written against. When the claim's
 * `dateModified` falls on a later day, the card says so near the verdict (render.ts, `updated`),
 * and when it knows the verdict it was first drawn with (a prerendered card marks it on its
 * root: `data-leaning`, and `data-own` when its badge shows the document's own label) and that
 * verdict differs, it names both. Days are compared as the card shows dates (day.ts): a date
 * alone is that day; a time is read on its UTC day. Pure but for the publisher's console warning.
 */
import type { Claim, Leaning } from './types.js';
import { ISO_DATE, realDay, utcDay } from './day.js';

/** What the line says: the update's date (the document's `dateModified`), and the verdict before, if it changed. */
export interface Updated {
  date: string;
  from?: Claim['verdict'];
}

/**
 * What a prerendered card was drawn with: its verdict's `leaning`, the document's own verdict
 * `label` if it showed one, and `updated`, present when it shows the line.
 */
export type Drawn = Partial<Record<'leaning' | 'label' | 'updated', string>>;

/**
 * What a prerendered card's root says it was drawn with (render.ts, frame). The label is read
 * from the badge, not from an attribute: a document's text in markup attributes would trip every
 * filter that looks for `on…=` in a fragment (the WordPress and Hugo ones among them).
 */
export function drawnWith(root: HTMLElement): Drawn {
  const { leaning, own, updated } = root.dataset;
  const label = own === undefined ? undefined : root.querySelector('[part="badge"]')?.textContent?.trim();
  return { leaning, label, updated };
}

const LEANINGS: Leaning[] = ['supports', 'opposes', 'balanced', 'insufficient'];

/** The UTC day (YYYY-MM-DD) of an ISO date, or undefined when it is not one. */
export function dayOf(iso: string): string | undefined {
  const day = ISO_DATE.test(iso) && realDay(iso) ? utcDay(iso) : undefined;
  return day?.toISOString().slice(0, 10);
}

/** Values already warned about, per element: a card updates many times. */
const warned = new WeakMap<object, string>();

/**
 * The line for a claim, or undefined when there is none: no `as-of`, no `dateModified`, an
 * update on or before `as-of`, or a malformed `as-of` (which warns once per element and value,
 * naming the attribute). `host` is the element, for the warning; `drawn` what a prerendered card
 * showed before.
 */
export function updatedLine(claim: Claim, asOf?: string | null, drawn?: Drawn, host?: object): Updated | undefined {
  if (asOf == null || asOf === '') return undefined;
  const since = dayOf(asOf.trim());
  if (!since) {
    if (!host || warned.get(host) !== asOf) {
      if (host) warned.set(host, asOf);
      console.warn(`evidence-claim: the as-of attribute "${asOf}" is not a date (YYYY-MM-DD); no "updated" line`, host);
    }
    return undefined;
  }
  const modified = claim.dateModified && dayOf(claim.dateModified);
  if (!modified || modified <= since) return undefined;
  const leaning = LEANINGS.find((x) => x === drawn?.leaning);
  // The same words in another language are the same verdict: leanings and own labels are compared.
  const changed = leaning && (leaning !== claim.verdict.leaning || (drawn!.label ?? '') !== (claim.verdict.label?.trim() ?? ''));
  return { date: claim.dateModified!, from: changed ? { leaning, label: drawn!.label } : undefined };
}

/**
 * Whether a prerendered card shows the line when, and only when, it should: one drawn without
 * `as-of` (a CMS's fragment) must be redrawn for a page whose article is older than the update.
 */
export const showsLine = (line: Updated | undefined, drawn?: Drawn) => !!line === (drawn?.updated !== undefined);
