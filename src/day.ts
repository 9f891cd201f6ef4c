/**
 * The moment a document's date (ISO 8601) stands for: a date alone is midnight UTC, and a time
 * with no offset is read as UTC too, so its UTC day, the day a card shows (format.ts, longDate)
 * and compares (changed.ts), never depends on the reader's zone. Undefined for a date no engine
 * can read. A module of its own: the element's file needs it without the rest of format.ts.
 */

export function utcDay(iso: string): Date | undefined {
  const utc = /[Zz]|[+-]\d\d:?\d\d$/.test(iso.slice(10)) || iso.length === 10 ? iso : `${iso}Z`;
  const day = new Date(utc);
  return isNaN(day.getTime()) ? undefined : day;
}

/** An ISO 8601 date, alone or with a time (and zone): the format's dates (validate.ts), and `as-of` (changed.ts). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Whether the calendar day exists: Date would roll 2024-02-30 over to March 1. */
export const realDay = (text: string) => {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};
