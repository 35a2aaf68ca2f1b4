import type { LifecycleEvent, LifecycleEventType } from './events';
import { reasonKey } from './events';
import { GUARDS, type GuardName, type LifecycleSettings } from './guards';
import { lifecycleMachine } from './machine';
import { STAGES, type StageId } from './stages';

/** One guarded branch of a transition, read from the machine's config. */
export interface Branch {
  guard: GuardName | null;
  /** Stage index after the transition; the same stage for a targetless (self) transition. */
  target: number;
  reason: string;
}

interface RawTransition {
  target?: string;
  guard?: string;
  actions?: { type: string; params?: { reason?: string } };
}

const asList = (raw: RawTransition | RawTransition[] | string): RawTransition[] =>
  typeof raw === 'string' ? [{ target: raw }] : Array.isArray(raw) ? raw : [raw];

/**
 * The lifecycle as a lookup table, stage -> event type -> branches in the machine's order. The bulk engine
 * steps thousands of leads through this instead of one actor each; a property test proves both agree.
 */
export function buildTable(): Map<LifecycleEventType, Branch[]>[] {
  const states = lifecycleMachine.config.states ?? {};
  return STAGES.map((stage, from) => {
    const on = (states[stage]?.on ?? {}) as Record<string, RawTransition | RawTransition[] | string>;
    const byEvent = new Map<LifecycleEventType, Branch[]>();
    for (const [eventType, raw] of Object.entries(on)) {
      byEvent.set(
        eventType as LifecycleEventType,
        asList(raw).map((t) => {
          const reason = t.actions?.params?.reason;
          if (!reason) throw new Error(`Transition ${stage} --${eventType}--> has no reason`);
          if (t.guard && !(t.guard in GUARDS)) throw new Error(`Unknown guard ${t.guard}`);
          const target = t.target === undefined ? from : STAGES.indexOf(t.target as StageId);
          if (target < 0) throw new Error(`Unknown target ${t.target}`);
          return { guard: (t.guard as GuardName | undefined) ?? null, target, reason };
        }),
      );
    }
    return byEvent;
  });
}

export interface Step {
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

/** A lifecycle stepper over the table: what a live actor would do, without the actor. */
export function createTableStepper(settings: LifecycleSettings) {
  // Guards resolved to functions once, so stepping does no look-up by name; and each branch keeps the
  // steps it returns, one per reason code, since the bulk engine steps millions of times and never
  // changes a step.
  const table = buildTable().map(
    (byEvent, from) =>
      new Map(
        [...byEvent].map(([type, branches]) => [
          type,
          branches.map((b) => ({
            test: b.guard === null ? null : GUARDS[b.guard],
            plain: { from, to: b.target, reason: b.reason } as Step,
            byReason: new Map<string, Step>(),
          })),
        ]),
      ),
  );
  // Nearly every event is an activity: those skip the look-up by type.
  const onActivity = table.map((byEvent) => byEvent.get('activity'));
  return (stage: number, event: LifecycleEvent): Step | null => {
    const branches = event.type === 'activity' ? onActivity[stage] : table[stage]?.get(event.type);
    if (!branches) return null;
    for (const branch of branches) {
      if (branch.test === null || branch.test(settings, event)) {
        if (!('reason' in event)) return branch.plain;
        let step = branch.byReason.get(event.reason);
        if (!step) {
          step = { ...branch.plain, reason: reasonKey(branch.plain.reason, event) };
          branch.byReason.set(event.reason, step);
        }
        return step;
      }
    }
    return null;
  };
}
