import type { ActivityKind, RejectReason } from '../engine/catalog';
import type { MqlRule } from '../engine/settings';
import type { LifecycleEvent } from './events';

/** The part of the settings the lifecycle itself reads. */
export interface LifecycleSettings {
  rule: MqlRule;
  disqualifyReasons: readonly RejectReason[];
}

const passes = (value: number, limit: number, comparator: MqlRule['comparator']): boolean =>
  comparator === '>' ? value > limit : value >= limit;

/** True when the scores carried by an activity satisfy the MQL rule. */
export function meetsMqlRule(settings: LifecycleSettings, event: LifecycleEvent): boolean {
  if (event.type !== 'activity') return false;
  const { rule } = settings;
  if (rule.mode === 'total') return passes(event.fit + event.engagement, rule.threshold, rule.comparator);
  return (
    passes(event.fit, rule.fitMin, rule.comparator) &&
    passes(event.engagement, rule.engagementMin, rule.comparator)
  );
}

export function isFastTrack(settings: LifecycleSettings, event: LifecycleEvent): boolean {
  return event.type === 'activity' && settings.rule.fastTrack.includes(event.kind as ActivityKind);
}

export function rejectionDisqualifies(settings: LifecycleSettings, event: LifecycleEvent): boolean {
  return event.type === 'sales.reject' && settings.disqualifyReasons.includes(event.reason);
}

/** Guards by the name the machine uses; the bulk stepper looks them up here too. */
export const GUARDS = { meetsMqlRule, isFastTrack, rejectionDisqualifies } as const;
export type GuardName = keyof typeof GUARDS;
