// How the comparison table writes each figure and the gap between the two sides, in words and arrows
// so the difference never depends on colour.
import type { DefinitionFigures } from '../../engine/figures';
import { fmtNumber, fmtPercent, getLocale, t, type MessageKey } from '../../i18n';

export const COMPARED_FIGURES = [
  'mqls',
  'acceptance',
  'precision',
  'recall',
  'slaBreaches',
  'wastedHours',
  'daysToMql',
  'sqls',
  'won',
] as const satisfies readonly (keyof DefinitionFigures)[];
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

const SHARES: ReadonlySet<ComparedFigure> = new Set(['acceptance', 'precision', 'recall']);

export const figureLabel = (figure: ComparedFigure): string => t(`compare.figure.${figure}` as MessageKey);

export function formatFigure(figure: ComparedFigure, value: number | null): string {
  if (value === null) return t('compare.figure.none');
  return SHARES.has(figure) ? fmtPercent(value) : fmtNumber(value);
}

export interface Difference {
  direction: 'up' | 'down' | 'same' | 'unknown';
  text: string;
}

/** B against A, in the units the table shows: a gap too small to see is "same", never a hidden change. */
export function differenceOf(figure: ComparedFigure, a: number | null, b: number | null): Difference {
  if (a === null || b === null) return { direction: 'unknown', text: t('compare.diff.unknown') };
  const share = SHARES.has(figure);
  // Shares are shown to a tenth of a percent, so they differ in tenths of a percentage point.
  const gap = share ? Math.round(b * 1000) - Math.round(a * 1000) : Math.round(b) - Math.round(a);
  if (gap === 0) return { direction: 'same', text: t('compare.diff.same') };
  const size = share
    ? new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(Math.abs(gap) / 10)
    : fmtNumber(Math.abs(gap));
  const key: MessageKey = share
    ? gap > 0
      ? 'compare.diff.higher'
      : 'compare.diff.lower'
    : gap > 0
      ? 'compare.diff.more'
      : 'compare.diff.fewer';
  return { direction: gap > 0 ? 'up' : 'down', text: t(key, { value: size }) };
}
