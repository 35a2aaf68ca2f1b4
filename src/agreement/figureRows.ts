// The expected figures as label/value pairs, shared by the page and the Markdown so they never differ.
import { formatNumber, formatPercent, translate, type Locale, type MessageKey } from '../i18n/messages';
import type { Figures } from './card';

export interface FigureRow {
  id: keyof Figures;
  label: string;
  value: string;
}

const LABELS: Record<keyof Figures, MessageKey> = {
  mqls: 'agreement.figure.mqls',
  acceptance: 'agreement.figure.acceptance',
  precision: 'agreement.figure.precision',
  recall: 'agreement.figure.recall',
  slaBreaches: 'agreement.figure.slaBreaches',
  medianDaysToMql: 'agreement.figure.medianDaysToMql',
  sqls: 'agreement.figure.sqls',
  won: 'agreement.figure.won',
};

const SHARES = new Set<keyof Figures>(['acceptance', 'precision', 'recall']);

export function figureRows(locale: Locale, figures: Figures): FigureRow[] {
  return (Object.keys(LABELS) as (keyof Figures)[]).map((id) => {
    const value = figures[id];
    return {
      id,
      label: translate(locale, LABELS[id]),
      value:
        value === null
          ? translate(locale, 'agreement.figure.none')
          : SHARES.has(id)
            ? formatPercent(locale, value)
            : id === 'medianDaysToMql'
              ? translate(locale, 'agreement.figure.days', { days: formatNumber(locale, value) })
              : formatNumber(locale, value),
    };
  });
}
