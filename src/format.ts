/**
 * Numbers, dates and plurals in the card's language, from its strings table (strings.ts).
 *
 * Not Intl.NumberFormat or Intl.DateTimeFormat: the first of them a page builds costs Chromium
 * 50–150 ms at 4× CPU (it loads its locale data then), one long task on its own, and most pages
 * build none. The tables carry CLDR's separators, months and date pattern instead, and
 * test/format.test.ts checks the output against each engine's Intl. Plural categories still come
 * from Intl.PluralRules, which is cheap to build.
 */
import type { Strings } from './strings.js';
import { utcDay } from './day.js';

const rules = new Map<string, Intl.PluralRules>();

/**
 * n as the table's language writes it, with at most `fraction` (1 or more) decimals, rounded
 * half away from zero on n's shortest decimal form, as ICU rounds (0.15 is 0.2). Western digits
 * in every language: the engines disagree on Arabic's own, and years and "/100" are plain text.
 */
export function num(s: Strings, n: number, fraction = 3): string {
  const [group, decimal, from] = s.numbers;
  const [int, frac = ''] = String(Math.abs(n)).split('.');
  if (!/^\d+$/.test(int)) return String(n); // 1e+21 and beyond: no one's count of anything
  const scaled = String(Number(int + frac.slice(0, fraction).padEnd(fraction, '0')) + +(frac[fraction] >= '5'));
  const whole = scaled.slice(0, -fraction) || '0';
  const part = scaled.slice(-fraction).padStart(fraction, '0').replace(/0+$/, '');
  const grouped = whole.length >= +from ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return `${n < 0 ? '-' : ''}${grouped}${part ? decimal + part : ''}`;
}

/** The plural form for n in lang, with `#` replaced by the number as the table writes it. */
export function plural(s: Strings, lang: string, forms: string, n: number): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const category = rule.select(n);
  const pick = (c: string) =>
    forms
      .split('|')
      .find((f) => f.startsWith(c + ':'))
      ?.slice(c.length + 1);
  return (pick(category) ?? pick('other')!).replace('#', num(s, n));
}

/**
 * A document's date (ISO 8601) as a long date, on its own day: a date alone is midnight UTC, and
 * a time with no offset is read as UTC too, so the day never depends on the reader's zone.
 * Undefined for a date no engine can read.
 */
export function longDate(s: Strings, iso: string): string | undefined {
  const day = utcDay(iso);
  if (!day) return undefined;
  const parts: Record<string, string> = {
    d: String(day.getUTCDate()),
    m: s.months.split('|')[day.getUTCMonth()],
    y: String(day.getUTCFullYear()),
  };
  return s.date.replace(/\{([dmy])\}/g, (_, k: string) => parts[k]);
}
