import type { ActivityKind, CompanySize, RejectReason, Role } from './catalog';

export type Comparator = '>' | '>=';

/** When a lead is handed to sales. */
export interface MqlRule {
  /** `total`: fit + engagement against one threshold; `fitAndEngagement`: both axes must pass. */
  mode: 'total' | 'fitAndEngagement';
  comparator: Comparator;
  threshold: number;
  fitMin: number;
  engagementMin: number;
  /** Activities that make an MQL at once, whatever the score (a demo or quote request, say). */
  fastTrack: ActivityKind[];
}

export interface DecaySettings {
  /** `period`: lose `points` for every full idle `periodDays`; `halfLife`: halve every `halfLifeDays`. */
  mode: 'none' | 'period' | 'halfLife';
  points: number;
  periodDays: number;
  halfLifeDays: number;
}

export interface FitSettings {
  role: Record<Role, number>;
  targetIndustry: number;
  otherIndustry: number;
  size: Record<CompanySize, number>;
  freeMail: number;
  competitor: number;
}

export interface ScoringSettings {
  weights: Record<ActivityKind, number>;
  /** How many times each activity may earn points; 0 means no limit. */
  maxCount: Record<ActivityKind, number>;
  /** Upper bound of the engagement score; null means no cap. */
  maxEngagement: number | null;
  fit: FitSettings;
  decay: DecaySettings;
  rule: MqlRule;
}

export interface SalesSettings {
  /** First contacts sales can make per day. */
  capacityPerDay: number;
  /** Hours within which an MQL must be contacted. */
  slaHours: number;
  /** Quickest possible first contact after the MQL, in hours. */
  minResponseHours: number;
  /** Hours of delay after which the chance of reaching the lead has halved (speed to lead). */
  speedHalfLifeHours: number;
  /** An MQL nobody contacted within this many days goes back to nurturing. */
  abandonAfterDays: number;
  hoursPerContact: number;
  hoursPerSal: number;
  /** Rejection reasons that end the lead (Disqualified); the others recycle it to nurturing. */
  disqualifyReasons: RejectReason[];
  recycle: {
    /** `reset`: engagement back to 0; `reduce`: keep a fraction of it. */
    mode: 'reset' | 'reduce';
    keep: number;
  };
}

export interface Settings {
  version: 1;
  seed: number;
  population: number;
  days: number;
  scoring: ScoringSettings;
  sales: SalesSettings;
}
