// Two MQL definitions tried on the very same leads: with one seed, population and period, lead i is
// the same person under both, so any lead one definition hands to sales and the other does not is
// a difference the definitions alone made.
import { READY } from './model';
import { definitionFigures, type DefinitionFigures } from './figures';
import { F } from './population';
import type { Settings } from './settings';
import { Run } from './simulate';
import type { SimulationResult } from './types';

/** A lead only one side made an MQL. */
export interface DifferingLead {
  id: number;
  /** Day of its first MQL under the side that flagged it. */
  mqlDay: number;
  /** Whether it really was ready to buy at that moment. */
  ready: boolean;
  /** Where it ended the period under each side (stage index). */
  finalStageA: number;
  finalStageB: number;
}

export interface OneSidedLeads {
  count: number;
  /** How many of them were really ready when flagged. */
  ready: number;
  /** The first few, by id. */
  leads: DifferingLead[];
}

export interface DefinitionComparison {
  a: DefinitionFigures;
  b: DefinitionFigures;
  onlyA: OneSidedLeads;
  onlyB: OneSidedLeads;
}

/** One side's run, reduced to what a comparison needs. */
export interface MqlRecord {
  result: SimulationResult;
  /** Per lead: time of its first MQL, NaN if it never became one. */
  firstMql: Float64Array;
  /** Per lead: 1 if it was really ready at its first MQL. */
  readyAtMql: Uint8Array;
}

/** How many differing leads each side lists. */
export const LISTED_LEADS = 50;

/** Runs one definition and keeps, per lead, whether and when it first became an MQL. */
export function runForComparison(settings: Settings): MqlRecord {
  const run = new Run(settings);
  const result = run.run();
  const n = run.pop.count;
  const firstMql = new Float64Array(n);
  const readyAtMql = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = run.pop.get(i, F.firstMql);
    firstMql[i] = t;
    readyAtMql[i] = !Number.isNaN(t) && run.pop.readiness(i, t) >= READY ? 1 : 0;
  }
  return { result, firstMql, readyAtMql };
}

function oneSided(flagged: MqlRecord, other: MqlRecord, a: MqlRecord, b: MqlRecord, limit: number): OneSidedLeads {
  const out: OneSidedLeads = { count: 0, ready: 0, leads: [] };
  for (let i = 0; i < flagged.firstMql.length; i++) {
    const t = flagged.firstMql[i]!;
    if (Number.isNaN(t) || !Number.isNaN(other.firstMql[i]!)) continue;
    const ready = flagged.readyAtMql[i] === 1;
    out.count++;
    if (ready) out.ready++;
    if (out.leads.length < limit) {
      out.leads.push({
        id: i,
        mqlDay: Math.floor(t),
        ready,
        finalStageA: a.result.finalStage[i]!,
        finalStageB: b.result.finalStage[i]!,
      });
    }
  }
  return out;
}

/** Compares two runs of the same population: their figures, and the leads only one made an MQL. */
export function compareRecords(a: MqlRecord, b: MqlRecord, limit = LISTED_LEADS): DefinitionComparison {
  if (a.firstMql.length !== b.firstMql.length) throw new Error('Both definitions must run on the same population');
  return {
    a: definitionFigures(a.result),
    b: definitionFigures(b.result),
    onlyA: oneSided(a, b, a, b, limit),
    onlyB: oneSided(b, a, a, b, limit),
  };
}

/** Runs both definitions on the same leads and compares them. */
export function compareDefinitions(a: Settings, b: Settings, limit = LISTED_LEADS): DefinitionComparison {
  if (a.seed !== b.seed || a.population !== b.population || a.days !== b.days) {
    throw new Error('Both definitions must share the seed, population and period');
  }
  return compareRecords(runForComparison(a), runForComparison(b), limit);
}
