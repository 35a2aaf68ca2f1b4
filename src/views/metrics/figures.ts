// The seven figures a team judges its MQL definition by, read from one engine result, and how each is
// written and compared. The cards and the spoken headline share this so they never disagree.
import { definitionFigures, type DefinitionFigures } from '../../engine/figures';
import type { SimulationResult } from '../../engine/types';
import { fmtNumber, fmtPercent, getLocale } from '../../i18n';

export const FIGURE_IDS = [
  'mqls',
  'acceptance',
  'precision',
  'recall',
  'slaBreaches',
  'wastedHours',
  'daysToMql',
] as const satisfies readonly (keyof DefinitionFigures)[];
export type FigureId = (typeof FIGURE_IDS)[number];

/** Counts are whole numbers; shares are 0..1 and compared in percentage points. */
export type FigureKind = 'count' | 'share';

export const FIGURE_KIND: Record<FigureId, FigureKind> = {
  mqls: 'count',
  acceptance: 'share',
  precision: 'share',
  recall: 'share',
  slaBreaches: 'count',
  wastedHours: 'count',
  daysToMql: 'count',
};

/** null where the engine has nothing to divide by (no MQL, no contact, no ready lead). */
export type KeyFigures = Record<FigureId, number | null>;

export function keyFigures(result: SimulationResult): KeyFigures {
  const all = definitionFigures(result);
  return Object.fromEntries(FIGURE_IDS.map((id) => [id, all[id]])) as KeyFigures;
}

/**
 * The value as shown, in the unit deltas are counted in: whole numbers for counts, tenths of a
 * percentage point for shares (what fmtPercent shows). Comparing shown values means a change
 * is never reported that the reader cannot see, and a visible change is never called "no change".
 */
export function shownUnits(kind: FigureKind, value: number): number {
  return kind === 'share' ? Math.round(value * 1000) : Math.round(value);
}

/** The figure as the page writes it; null has no number (the caller explains why). */
export function formatFigure(kind: FigureKind, value: number): string {
  return kind === 'share' ? fmtPercent(value) : fmtNumber(value);
}

export interface Change {
  direction: 'up' | 'down' | 'same';
  /** Signed, with the unit's precision: "+512", "−7.4" (percentage points for shares). */
  delta: string;
}

/** How a figure moved between two runs, or null when either run has no figure. */
export function changeOf(kind: FigureKind, before: number | null, after: number | null): Change | null {
  if (before === null || after === null) return null;
  const units = shownUnits(kind, after) - shownUnits(kind, before);
  const delta = kind === 'share' ? units / 10 : units;
  const signed = new Intl.NumberFormat(getLocale(), {
    maximumFractionDigits: kind === 'share' ? 1 : 0,
    signDisplay: 'exceptZero',
  }).format(delta);
  return { direction: units > 0 ? 'up' : units < 0 ? 'down' : 'same', delta: signed };
}
