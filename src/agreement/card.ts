// What the two teams sign: their names, the day, the definition they agreed on and the figures the
// simulator expects from it. Plain data, so it can be written to Markdown or JSON and read back.
import { definitionFigures } from '../engine/figures';
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';

export interface Teams {
  marketing: string;
  sales: string;
}

/** Expected outcomes of the definition; null where the engine had nothing to divide by. */
export interface Figures {
  mqls: number;
  acceptance: number | null;
  precision: number | null;
  recall: number | null;
  slaBreaches: number;
  medianDaysToMql: number | null;
  sqls: number;
  won: number;
}

export interface AgreementCard {
  teams: Teams;
  /** ISO calendar date, `YYYY-MM-DD`. */
  date: string;
  settings: Settings;
  figures: Figures;
}

/** The card's own names are part of its file format; the values are the engine's. */
export function figuresOf(result: SimulationResult): Figures {
  const { mqls, acceptance, precision, recall, slaBreaches, daysToMql, sqls, won } = definitionFigures(result);
  return { mqls, acceptance, precision, recall, slaBreaches, medianDaysToMql: daysToMql, sqls, won };
}

/** Today in the reader's time zone, as a date input wants it. */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-11-24` as the locale writes it; the date is read as a calendar day, not an instant. */
export function formatDate(locale: string, iso: string): string {
  if (!ISO_DATE.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
