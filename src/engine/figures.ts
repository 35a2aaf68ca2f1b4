// The figures a team judges an MQL definition by, read from one engine result. The metric cards, the
// comparison of two definitions and the agreement card all take them from here, so they never disagree.
import { stageIndex } from '../lifecycle/stages';
import type { SimulationResult } from './types';

/** null where there is nothing to divide by (no MQL, no contact, no ready lead). */
export interface DefinitionFigures {
  mqls: number;
  acceptance: number | null;
  precision: number | null;
  recall: number | null;
  slaBreaches: number;
  wastedHours: number;
  daysToMql: number | null;
  sqls: number;
  won: number;
}

export function definitionFigures(result: SimulationResult): DefinitionFigures {
  const reached = (stage: Parameters<typeof stageIndex>[0]) => result.reached[stageIndex(stage)] ?? 0;
  return {
    mqls: reached('mql'),
    acceptance: result.sales.acceptanceRate,
    precision: result.quality.precision,
    recall: result.quality.recall,
    slaBreaches: result.sales.slaBreaches,
    wastedHours: result.sales.wastedHours,
    daysToMql: result.daysToMql.median,
    sqls: reached('sql'),
    won: reached('won'),
  };
}
