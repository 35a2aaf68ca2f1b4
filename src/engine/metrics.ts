import { quantileSorted } from 'd3-array';
import { STAGES, SUCCESS_PATH, stageIndex, type StageId } from '../lifecycle/stages';
import { REJECT_REASONS, type RejectReason } from './catalog';
import { READY } from './model';
import { F, type Population } from './population';
import { decayed } from './scoring';
import type { ScoringSettings } from './settings';
import type { LeadTrace, SimulationResult } from './types';

/** What a run counts as it goes. */
export interface Tally {
  contacts: number;
  accepted: number;
  rejectedAtMql: number;
  rejectReasons: Record<RejectReason, number>;
  slaBreaches: number;
  hours: number;
  wastedHours: number;
  mqlEvents: number;
  readyMqlEvents: number;
}

export const newTally = (): Tally => ({
  contacts: 0,
  accepted: 0,
  rejectedAtMql: 0,
  rejectReasons: Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>,
  slaBreaches: 0,
  hours: 0,
  wastedHours: 0,
  mqlEvents: 0,
  readyMqlEvents: 0,
});

export interface RunState {
  pop: Population;
  days: number;
  decay: ScoringSettings['decay'];
  stage: Uint8Array;
  flags: Uint8Array;
  /** The flag bit a lead carries once it was handed to sales while really ready. */
  caughtFlag: number;
  reachedMask: Uint16Array;
  countsByDay: Int32Array;
  createdByDay: Int32Array;
  mqlByDay: Int32Array;
  flows: Int32Array;
  tally: Tally;
  traces: LeadTrace[];
  sample: SimulationResult['sample'];
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The figures a team judges its MQL definition by, from the finished run. */
export function summarise(run: RunState): SimulationResult {
  const { pop, days, tally } = run;
  const reached = STAGES.map((_, s) => {
    let n = 0;
    for (let i = 0; i < pop.count; i++) if (run.reachedMask[i]! & (1 << s)) n++;
    return n;
  });
  const reachedOf = (stage: StageId) => reached[stageIndex(stage)]!;
  const conversion = SUCCESS_PATH.map((stage, k) => ({
    stage,
    reached: reachedOf(stage),
    fromPrevious: k === 0 ? null : rate(reachedOf(stage), reachedOf(SUCCESS_PATH[k - 1]!)),
    cumulative: rate(reachedOf(stage), reachedOf('lead')),
  }));

  const toMql: number[] = [];
  let readyLeads = 0;
  let readyCaught = 0;
  const finalScore = new Float32Array(pop.count);
  const finalFit = new Float32Array(pop.count);
  const finalReady = new Uint8Array(pop.count);
  for (let i = 0; i < pop.count; i++) {
    const firstMql = pop.get(i, F.firstMql);
    if (!Number.isNaN(firstMql)) toMql.push(firstMql - pop.createdAt(i));
    // Recall counts leads that became ready within the period, whether or not anyone noticed.
    if (pop.createdAt(i) + pop.readyAfter(i) < days) {
      readyLeads++;
      if (run.flags[i]! & run.caughtFlag) readyCaught++;
    }
    const idle = days - pop.get(i, F.lastActivity);
    finalFit[i] = pop.get(i, F.fit);
    finalScore[i] = pop.get(i, F.fit) + decayed(pop.get(i, F.engagement), idle, run.decay);
    finalReady[i] = pop.readiness(i, days) >= READY ? 1 : 0;
  }
  toMql.sort((a, b) => a - b);

  return {
    days,
    population: pop.count,
    stages: [...STAGES],
    countsByDay: run.countsByDay,
    createdByDay: run.createdByDay,
    mqlByDay: run.mqlByDay,
    reached,
    flows: run.flows,
    conversion,
    daysToMql: {
      count: toMql.length,
      median: quantileSorted(toMql, 0.5) ?? null,
      p90: quantileSorted(toMql, 0.9) ?? null,
    },
    sales: {
      contacts: tally.contacts,
      accepted: tally.accepted,
      rejected: tally.rejectedAtMql,
      acceptanceRate: rate(tally.accepted, tally.contacts),
      rejectionRate: rate(tally.rejectedAtMql, tally.contacts),
      rejectReasons: { ...tally.rejectReasons },
      slaBreaches: tally.slaBreaches,
      hours: tally.hours,
      wastedHours: tally.wastedHours,
    },
    quality: {
      mqlEvents: tally.mqlEvents,
      readyMqlEvents: tally.readyMqlEvents,
      precision: rate(tally.readyMqlEvents, tally.mqlEvents),
      readyLeads,
      readyCaught,
      recall: rate(readyCaught, readyLeads),
    },
    finalScore,
    finalFit,
    finalReady,
    finalStage: run.stage,
    traces: run.traces,
    sample: run.sample,
  };
}
