import type {
  ActivityKind,
  DisqualifyReason,
  RecycleReason,
  RejectReason,
} from '../engine/catalog';

/** What can happen to a lead. Scores travel with the activity so that guards stay pure. */
export type LifecycleEvent =
  | { type: 'activity'; kind: ActivityKind; fit: number; engagement: number }
  | { type: 'disqualify'; reason: DisqualifyReason }
  | { type: 'sales.accept' }
  | { type: 'sales.reject'; reason: RejectReason }
  | { type: 'sla.expire' }
  | { type: 'qualify' }
  | { type: 'opportunity.open' }
  | { type: 'deal.win' }
  | { type: 'deal.lose' }
  | { type: 'recycle'; reason: RecycleReason };

export type LifecycleEventType = LifecycleEvent['type'];

/**
 * The locale key of a transition's reason: the transition's own key, refined by the event's reason code
 * where the event carries one (`transition.rejected` + `no_budget` -> `transition.rejected.no_budget`).
 */
export function reasonKey(base: string, event: LifecycleEvent): string {
  return 'reason' in event ? `${base}.${event.reason}` : base;
}
