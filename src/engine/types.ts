import type { ActivityKind, RejectReason } from './catalog';
import type { LifecycleEvent } from '../lifecycle/events';
import type { StageId } from '../lifecycle/stages';
import type { Step } from '../lifecycle/table';

/** Moves one lead through the lifecycle; the table stepper and live actors both implement it. */
export interface Stepper {
  send(lead: number, stage: number, event: LifecycleEvent): Step | null;
}

export interface TraceTransition extends Step {
  day: number;
  event: LifecycleEvent['type'];
}

export interface TraceActivity {
  time: number;
  kind: ActivityKind;
  points: number;
  fit: number;
  engagement: number;
}

/** One lead's story, recorded when asked for: what it did, how it moved, when sales picked it up. */
export interface LeadTrace {
  id: number;
  activities: TraceActivity[];
  transitions: TraceTransition[];
  pickups: { day: number; delayHours: number }[];
}

export interface StageConversion {
  stage: StageId;
  /** Leads that ever entered the stage. */
  reached: number;
  /** Share of the previous stage on the hand-off path that got here; null when that stage is empty. */
  fromPrevious: number | null;
  /** Share of all leads that got here. */
  cumulative: number | null;
}

export interface SimulationResult {
  days: number;
  population: number;
  stages: StageId[];
  /** Stage counts at the end of each day: day-major, `stages.length` entries a day. */
  countsByDay: Int32Array;
  /** Leads created by the end of each day. */
  createdByDay: Int32Array;
  /** Leads that had become an MQL at least once by the end of each day. */
  mqlByDay: Int32Array;
  /** Leads that entered each stage at least once, in `stages` order. */
  reached: number[];
  /** Transition volumes, `from * stages.length + to`. */
  flows: Int32Array;
  conversion: StageConversion[];
  daysToMql: { count: number; median: number | null; p90: number | null };
  sales: {
    contacts: number;
    accepted: number;
    rejected: number;
    acceptanceRate: number | null;
    rejectionRate: number | null;
    rejectReasons: Record<RejectReason, number>;
    slaBreaches: number;
    hours: number;
    wastedHours: number;
  };
  quality: {
    mqlEvents: number;
    readyMqlEvents: number;
    /** MQL hand-offs where the lead really was ready. */
    precision: number | null;
    readyLeads: number;
    readyCaught: number;
    /** Leads that became ready and were handed to sales while still ready. */
    recall: number | null;
  };
  /** Each lead's score (fit + decayed engagement) at the end of the period. */
  finalScore: Float32Array;
  /** Each lead's fit points: the engagement part of its score is finalScore - finalFit. */
  finalFit: Float32Array;
  /** 1 where the lead is really ready to buy at the end of the period. */
  finalReady: Uint8Array;
  /** Each lead's stage at the end of the period. */
  finalStage: Uint8Array;
  traces: LeadTrace[];
  /** Day-by-day stages of evenly spread leads (empty unless asked for), for drawing leads as dots. */
  sample: {
    /** Lead ids, one per sampled lead. */
    ids: Int32Array;
    /** Day-major: `ids.length` stage indices per day; 255 before the lead exists. */
    stageByDay: Uint8Array;
    /** Day-major, like stageByDay: 1 where the lead's hidden readiness makes it ready to buy. */
    readyByDay: Uint8Array;
  };
}
