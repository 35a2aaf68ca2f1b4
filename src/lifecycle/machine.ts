import { assign, setup } from 'xstate';
import { reasonKey, type LifecycleEvent } from './events';
import { GUARDS, type GuardName, type LifecycleSettings } from './guards';

export interface LifecycleContext {
  settings: LifecycleSettings;
  /** Locale key of the reason for the last transition taken, or null before the first. */
  lastReason: string | null;
  /** Transitions taken so far; lets an observer tell "ignored" from "moved to the same state". */
  steps: number;
}

/** Every transition names its reason, a locale key a learner can read (`transition.*` in content/locales). */
const via = (reason: string) => ({ type: 'record', params: { reason } }) as const;

/**
 * The lead lifecycle: the one definition of the stages and of what moves a lead between them.
 * The stage list, the diagram and the bulk engine's stepping table are all read from this machine.
 */
export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as { settings: LifecycleSettings },
  },
  guards: Object.fromEntries(
    Object.entries(GUARDS).map(([name, guard]) => [
      name,
      ({ context, event }: { context: LifecycleContext; event: LifecycleEvent }) =>
        guard(context.settings, event),
    ]),
  ) as Record<GuardName, (args: { context: LifecycleContext; event: LifecycleEvent }) => boolean>,
  actions: {
    record: assign(({ context, event }, params: { reason: string }) => ({
      lastReason: reasonKey(params.reason, event),
      steps: context.steps + 1,
    })),
  },
}).createMachine({
  id: 'lead',
  initial: 'lead',
  context: ({ input }) => ({ settings: input.settings, lastReason: null, steps: 0 }),
  states: {
    lead: {
      on: {
        activity: [
          { target: 'mql', guard: 'isFastTrack', actions: via('transition.fastTrack') },
          { target: 'mql', guard: 'meetsMqlRule', actions: via('transition.threshold') },
          { target: 'nurturing', actions: via('transition.engaged') },
        ],
        disqualify: { target: 'disqualified', actions: via('transition.disqualified') },
      },
    },
    nurturing: {
      on: {
        activity: [
          { target: 'mql', guard: 'isFastTrack', actions: via('transition.fastTrack') },
          { target: 'mql', guard: 'meetsMqlRule', actions: via('transition.threshold') },
        ],
        disqualify: { target: 'disqualified', actions: via('transition.disqualified') },
      },
    },
    mql: {
      on: {
        'sales.accept': { target: 'sal', actions: via('transition.accepted') },
        'sales.reject': [
          { target: 'disqualified', guard: 'rejectionDisqualifies', actions: via('transition.rejected') },
          { target: 'recycled', actions: via('transition.rejected') },
        ],
        'sla.expire': { actions: via('transition.slaBreached') },
        recycle: { target: 'recycled', actions: via('transition.recycled') },
      },
    },
    sal: {
      on: {
        qualify: { target: 'sql', actions: via('transition.qualified') },
        'sales.reject': [
          { target: 'disqualified', guard: 'rejectionDisqualifies', actions: via('transition.rejected') },
          { target: 'recycled', actions: via('transition.rejected') },
        ],
      },
    },
    sql: {
      on: {
        'opportunity.open': { target: 'opportunity', actions: via('transition.opportunity') },
        recycle: { target: 'recycled', actions: via('transition.recycled') },
      },
    },
    opportunity: {
      on: {
        'deal.win': { target: 'won', actions: via('transition.won') },
        'deal.lose': { target: 'lost', actions: via('transition.lost') },
      },
    },
    won: { type: 'final' },
    lost: { type: 'final' },
    recycled: {
      on: {
        activity: [
          { target: 'mql', guard: 'isFastTrack', actions: via('transition.fastTrack') },
          { target: 'mql', guard: 'meetsMqlRule', actions: via('transition.threshold') },
          { target: 'nurturing', actions: via('transition.reengaged') },
        ],
        disqualify: { target: 'disqualified', actions: via('transition.disqualified') },
      },
    },
    disqualified: { type: 'final' },
  },
});

export type LifecycleMachine = typeof lifecycleMachine;
