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

/** Points an activity earns, given how often the lead has already done it (before this one). */
export function pointsFor(
  scoring: ScoringSettings,
  kind: keyof ScoringSettings['weights'],
  previousCount: number,
): number {
  const limit = scoring.maxCount[kind];
  return limit > 0 && previousCount >= limit ? 0 : scoring.weights[kind];
}

export function capped(engagement: number, maxEngagement: number | null): number {
  return maxEngagement === null ? engagement : Math.min(engagement, maxEngagement);
}
