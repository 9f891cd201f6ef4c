// Numbers, dates and plurals come from each language's table (src/format.ts), not from
// Intl.NumberFormat and Intl.DateTimeFormat (too slow to build on a page's first use): what the
// card writes must be what this engine's Intl writes.
import { expect } from '@open-wc/testing';
import { LANGUAGES, stringsFor, type Strings } from '../src/strings.js';
import { longDate, num, plural } from '../src/format.js';

const table = async (lang: string) => (await stringsFor(lang)) as Strings;

it('writes plurals with the numbers of their language', async () => {
  const en = await table('en');
  const de = await table('de');
  const ar = await table('ar');
  expect(plural(en, 'en', en.people, 1)).to.equal('1 participant');
  expect(plural(en, 'en', en.people, 48488)).to.equal('48,488 participants');
  expect(plural(ar, 'ar', ar.nSupport, 2)).to.equal('دراستان مؤيدتان');
  expect(plural(de, 'de', de.people, 12000)).to.equal('12.000 Teilnehmende');
});

const NUMBERS = [0, 1, 7, 72, 72.5, 99.95, 0.15, 0.25, 2.25, 1.005, 999, 1000, 1234, 12345, 48488, 123456.7, 1234567, 98765432];

for (const lang of LANGUAGES) {
  it(`${lang}: numbers as Intl.NumberFormat writes them`, async () => {
    const s = await table(lang);
    for (const fraction of [1, 3]) {
      const intl = new Intl.NumberFormat(lang, { numberingSystem: 'latn', maximumFractionDigits: fraction });
      for (const n of [...NUMBERS, ...NUMBERS.filter(Boolean).map((x) => -x)]) {
        // Intl's bidi marks before a minus sign are the card's to place (render.ts, signed()).
        const expected = intl.format(n).replace(/[\u200e\u200f\u061c]/g, '');
        expect(num(s, n, fraction), `${lang} ${n} (${fraction} decimals)`).to.equal(expected);
      }
    }
  });

  it(`${lang}: dates as Intl.DateTimeFormat writes them, on the document's own day`, async () => {
    const s = await table(lang);
    const intl = new Intl.DateTimeFormat(lang, { numberingSystem: 'latn', dateStyle: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 28]) {
        const iso = `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(longDate(s, iso), `${lang} ${iso}`).to.equal(intl.format(new Date(iso)));
      }
    }
    // A time late in the day, with no offset, stays on its day; one with an offset is that instant's UTC day.
    expect(longDate(s, '2024-03-05T23:30:00')).to.equal(intl.format(new Date('2024-03-05T12:00:00Z')));
    expect(longDate(s, '2024-03-05T23:30:00-05:00')).to.equal(intl.format(new Date('2024-03-06T12:00:00Z')));
    expect(longDate(s, 'not a date')).to.equal(undefined);
  });
}
