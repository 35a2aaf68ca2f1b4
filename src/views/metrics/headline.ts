import type { SimulationResult } from '../../engine/types';
import { t, type MessageKey } from '../../i18n';
import { FIGURE_IDS, FIGURE_KIND, formatFigure, keyFigures, shownUnits, type FigureId } from './figures';

/** Acceptance and recall join the sentence only when they moved this much (tenths of a point: 2 points). */
const NOTABLE_SHARE_UNITS = 20;

type Said = 'mqls' | 'precision' | 'acceptance' | 'recall';

/** Always said: the two figures the threshold argument is about. */
const ALWAYS: Said[] = ['mqls', 'precision'];
const WHEN_NOTABLE: Said[] = ['acceptance', 'recall'];

const PART: Record<Said, MessageKey> = {
  mqls: 'charts.headline.mqls',
  precision: 'charts.headline.precision',
  acceptance: 'charts.headline.acceptance',
  recall: 'charts.headline.recall',
};

/** The headline change between two runs, for the live region: "MQLs 412 → 268, precision 41% → 63%". */
export function headline(previous: SimulationResult, current: SimulationResult): string {
  const before = keyFigures(previous);
  const after = keyFigures(current);
  const shown = (id: FigureId, value: number | null) =>
    value === null ? t('charts.headline.none') : formatFigure(FIGURE_KIND[id], value);
  const units = (id: FigureId, value: number | null) => (value === null ? null : shownUnits(FIGURE_KIND[id], value));
  const moved = (id: FigureId) => units(id, before[id]) !== units(id, after[id]);

  if (!FIGURE_IDS.some(moved)) {
    return t('charts.headline.unchanged', { mqls: shown('mqls', after.mqls), precision: shown('precision', after.precision) });
  }

  const notable = (id: FigureId) => {
    const a = units(id, before[id]);
    const b = units(id, after[id]);
    return a === null || b === null ? a !== b : Math.abs(b - a) >= NOTABLE_SHARE_UNITS;
  };
  const said = [...ALWAYS, ...WHEN_NOTABLE.filter(notable)];
  return said
    .map((id) => t(PART[id], { before: shown(id, before[id]), after: shown(id, after[id]) }))
    .join(t('charts.headline.separator'));
}
