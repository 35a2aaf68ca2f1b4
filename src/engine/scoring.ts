import { ACTIVITY_KINDS } from './catalog';
import type { ScoringSettings } from './settings';

/**
 * Engagement after `idleDays` without activity. Decay only pulls a positive score towards zero: a lead
 * that earned negative points (unsubscribed, say) does not win them back by staying quiet.
 */
export function decayed(engagement: number, idleDays: number, decay: ScoringSettings['decay']): number {
  if (engagement <= 0 || idleDays <= 0) return engagement;
  if (decay.mode === 'period') {
    const periods = Math.floor(idleDays / decay.periodDays);
    return Math.max(0, engagement - periods * decay.points);
  }
  if (decay.mode === 'halfLife') return engagement * Math.pow(0.5, idleDays / decay.halfLifeDays);
  return engagement;
}

/** Scoring settings as columns indexed by activity kind: the engine scores millions of activities. */
export interface CompiledScoring {
  weights: Float64Array;
  limits: Uint16Array;
  decay: ScoringSettings['decay'];
  maxEngagement: number | null;
}

export function compileScoring(scoring: ScoringSettings): CompiledScoring {
  return {
    weights: Float64Array.from(ACTIVITY_KINDS, (k) => scoring.weights[k]),
    limits: Uint16Array.from(ACTIVITY_KINDS, (k) => scoring.maxCount[k]),
    decay: scoring.decay,
    maxEngagement: scoring.maxEngagement,
  };
}

/**
 * One activity's effect on the engagement score: decay for the idle time since the last one, then the
 * activity's points (none once the activity has been counted its maximum number of times), then the cap.
 * The bulk engine and scripted timelines both score through this.
 */
export function scoreActivity(
  scoring: CompiledScoring,
  kind: number,
  previousCount: number,
  engagement: number,
  idleDays: number,
): { points: number; engagement: number } {
  const limit = scoring.limits[kind]!;
  const points = limit > 0 && previousCount >= limit ? 0 : scoring.weights[kind]!;
  const after = decayed(engagement, idleDays, scoring.decay) + points;
  return { points, engagement: scoring.maxEngagement === null ? after : Math.min(after, scoring.maxEngagement) };
}
