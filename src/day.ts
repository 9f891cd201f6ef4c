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
