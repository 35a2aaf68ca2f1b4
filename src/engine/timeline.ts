import type { LifecycleSettings } from '../lifecycle/guards';
import { STAGES, stageIndex, type StageId } from '../lifecycle/stages';
import { createTableStepper } from '../lifecycle/table';
import { ACTIVITY_KINDS, type ActivityKind } from './catalog';
import { compileScoring, scoreActivity } from './scoring';
import type { ScoringSettings } from './settings';

export interface TimelineStep {
  time: number;
  kind: ActivityKind;
  points: number;
  engagement: number;
  total: number;
  stage: StageId;
  /** Reason key of the transition this activity caused, or null if the stage did not change. */
  reason: string | null;
}

/**
 * Scores a scripted list of activities for one lead of known fit and walks it through the lifecycle:
 * the worked examples of the lessons, and the hand-computed checks of the scoring rules.
 */
export function scoreTimeline(
  scoring: ScoringSettings,
  lifecycle: Omit<LifecycleSettings, 'rule'>,
  fit: number,
  activities: readonly { time: number; kind: ActivityKind }[],
): TimelineStep[] {
  const step = createTableStepper({ ...lifecycle, rule: scoring.rule });
  const compiled = compileScoring(scoring);
  const counts = new Map<ActivityKind, number>();
  let engagement = 0;
  let last = activities[0]?.time ?? 0;
  let stage = stageIndex('lead');
  return activities.map(({ time, kind }) => {
    const previous = counts.get(kind) ?? 0;
    counts.set(kind, previous + 1);
    const scored = scoreActivity(compiled, ACTIVITY_KINDS.indexOf(kind), previous, engagement, time - last);
    engagement = scored.engagement;
    last = time;
    const moved = step(stage, { type: 'activity', kind, fit, engagement });
    if (moved) stage = moved.to;
    return {
      time,
      kind,
      points: scored.points,
      engagement,
      total: fit + engagement,
      stage: STAGES[stage]!,
      reason: moved?.reason ?? null,
    };
  });
}
