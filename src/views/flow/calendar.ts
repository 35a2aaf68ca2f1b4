// Simulated days as calendar dates, so a workshop can say "by mid-May" instead of "by day 45".
import type { Locale } from '../../i18n';

/** Day 0 of every simulation: the first day of a fiscal year. */
const FIRST_DAY_UTC = Date.UTC(2026, 3, 1);
const DAY_MS = 86_400_000;

/** `long` names the year too; `short` (month and day) fits narrow table cells next to the day number. */
export type DateStyle = 'long' | 'short';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  short: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of simulated day `day` (0-based), formatted for the locale. */
export function dateOfDay(day: number, locale: Locale, style: DateStyle = 'long'): string {
  const id = `${locale}:${style}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    formats.set(id, format);
  }
  return format.format(new Date(FIRST_DAY_UTC + Math.floor(day) * DAY_MS));
}
