// Model-based tests of the lead lifecycle: paths are generated from the XState machine itself with
// `xstate/graph`, then replayed through a live actor and through the bulk engine's stepping table, which
// must agree step for step. Guard boundaries and final states are also asserted one by one.
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, getStateNodes, type StatePath } from 'xstate/graph';
import { ACTIVITY_KINDS, REJECT_REASONS, type ActivityKind, type RejectReason } from '../../src/engine/catalog';
import type { MqlRule } from '../../src/engine/settings';
import { reasonKey, type LifecycleEvent, type LifecycleEventType } from '../../src/lifecycle/events';
import type { LifecycleSettings } from '../../src/lifecycle/guards';
import { lifecycleMachine } from '../../src/lifecycle/machine';
import { STAGES, isFinalStage, stageIndex, type StageId } from '../../src/lifecycle/stages';
import { buildTable, createTableStepper } from '../../src/lifecycle/table';

type Snapshot = SnapshotFrom<typeof lifecycleMachine>;
type Path = StatePath<Snapshot, LifecycleEvent>;

const DISQUALIFYING: RejectReason[] = ['not_in_icp', 'competitor'];

const rule = (overrides: Partial<MqlRule>): MqlRule => ({
  mode: 'total',
  comparator: '>',
  threshold: 10,
  fitMin: 4,
  engagementMin: 6,
  fastTrack: ['quoteRequest'],
  ...overrides,
});

const lifecycle = (overrides: Partial<MqlRule> = {}, disqualifyReasons = DISQUALIFYING): LifecycleSettings => ({
  rule: rule(overrides),
  disqualifyReasons,
});

const activity = (kind: ActivityKind, fit: number, engagement: number): LifecycleEvent => ({
  type: 'activity',
  kind,
  fit,
  engagement,
});

/**
 * The finite alphabet the traversal may use. The activities straddle the rule's limits (threshold 10,
 * fitMin 4, engagementMin 6) so that each guard is seen both true and false; every rejection reason is
 * listed, so both disqualifying and recycling rejections occur.
 */
const EVENTS: LifecycleEvent[] = [
  activity('pageView', 2, 3), // total 5: below everything
  activity('pageView', 4, 6), // total 10, fit = fitMin, engagement = engagementMin: the boundary
  activity('pageView', 4, 6.5), // total 10.5: passes `total` either way; fit still on its boundary
  activity('emailClick', 4.5, 6.5), // both axes strictly above their minimum
  activity('documentDownload', 30, -25), // total 5 although fit alone is high
  activity('quoteRequest', -50, -50), // fast-track kind with a hopeless score
  { type: 'disqualify', reason: 'hard_bounce' },
  { type: 'sales.accept' },
  ...REJECT_REASONS.map((reason): LifecycleEvent => ({ type: 'sales.reject', reason })),
  { type: 'sla.expire' },
  { type: 'qualify' },
  { type: 'opportunity.open' },
  { type: 'deal.win' },
  { type: 'deal.lose' },
  { type: 'recycle', reason: 'not_followed_up' },
  { type: 'recycle', reason: 'stalled' },
];

const EVENT_TYPES = [...new Set(EVENTS.map((e) => e.type))];

/**
 * A vertex of the traversal is "the transition that was just taken" (source stage, reason, target stage),
 * never the numeric context. Only events that really move the machine are followed (`can`), so every
 * vertex stands for one transition and shortest paths to all vertices cover every transition.
 */
const serializeState = (state: Snapshot, event: LifecycleEvent | undefined, prev?: Snapshot): string =>
  event && prev ? `${String(prev.value)} --${state.context.lastReason}--> ${String(state.value)}` : String(state.value);

function modelFor(settings: LifecycleSettings) {
  return createTestModel(lifecycleMachine, {
    input: { settings },
    events: EVENTS,
    serializeState,
    filterEvents: (snapshot, event) => snapshot.can(event),
  });
}

interface TakenStep {
  from: number;
  event: LifecycleEvent;
  to: number;
  reason: string;
}

/**
 * Replays a generated path through a fresh live actor and through the table stepper, checking at every
 * step that the model, the actor and the table agree on the state and on the reason key, and that events
 * the machine ignores are ignored by the table too. Returns the transitions taken.
 */
async function replay(
  settings: LifecycleSettings,
  path: ReturnType<ReturnType<typeof modelFor>['getShortestPaths']>[number],
): Promise<TakenStep[]> {
  const actor = createActor(lifecycleMachine, { input: { settings } }).start();
  const step = createTableStepper(settings);
  let stage = stageIndex('lead');
  const taken: TakenStep[] = [];
  const exec = ({ event }: { event: LifecycleEvent }) => {
    const before = actor.getSnapshot();
    actor.send(event);
    const after = actor.getSnapshot();
    const tableStep = step(stage, event);
    expect(after.context.steps, `actor moved on ${JSON.stringify(event)}`).toBe(before.context.steps + 1);
    expect(tableStep, `table step from ${STAGES[stage]} on ${JSON.stringify(event)}`).not.toBeNull();
    expect(STAGES[tableStep!.to]).toBe(after.value);
    expect(tableStep!.reason).toBe(after.context.lastReason);
    expect(tableStep!.from).toBe(stage);
    taken.push({ from: stage, event, to: tableStep!.to, reason: tableStep!.reason });
    stage = tableStep!.to;
  };
  let stateChecks = 0;
  await path.test({
    events: Object.fromEntries(EVENT_TYPES.map((type) => [type, exec])),
    states: {
      '*': (expected: Snapshot) => {
        stateChecks++;
        const live = actor.getSnapshot();
        expect(live.value).toBe(expected.value);
        expect(live.context.lastReason).toBe(expected.context.lastReason);
        expect(STAGES[stage]).toBe(live.value);
        // Whatever the machine would ignore here, the table ignores too.
        for (const event of EVENTS) {
          if (!live.can(event)) expect(step(stage, event), `${live.value} ignores ${JSON.stringify(event)}`).toBeNull();
        }
      },
    },
  });
  actor.stop();
  // The first step of a generated path is the initial state (event xstate.init); each later one an event.
  expect(stateChecks).toBe(path.steps.length);
  expect(taken).toHaveLength(path.steps.length - 1);
  return taken;
}

/** Which branch of buildTable() a taken step used: exactly one branch must explain it. */
function branchOf(table: ReturnType<typeof buildTable>, s: TakenStep): number {
  const branches = table[s.from]!.get(s.event.type)!;
  const matching = branches.flatMap((b, k) => (b.target === s.to && reasonKey(b.reason, s.event) === s.reason ? [k] : []));
  expect(matching, `branch for ${STAGES[s.from]} --${s.event.type}--> ${STAGES[s.to]} (${s.reason})`).toHaveLength(1);
  return matching[0]!;
}

/** XState's own parsed view of the machine: per stage, event type -> [guard, target, reason] per branch. */
type BranchView = readonly [guard: unknown, target: string, reason: string | undefined];
function xstateTransitions(stage: StageId): [string, BranchView[]][] {
  const node = lifecycleMachine.root.states[stage]!;
  return [...node.transitions].map(([type, defs]): [string, BranchView[]] => [
    type,
    defs.map((d) => {
      const actions = d.actions as { type: string; params?: { reason?: string } }[];
      expect(actions.map((a) => a.type)).toEqual(['record']);
      return [d.guard ?? null, d.target?.[0]?.key ?? stage, actions[0]!.params?.reason] as const;
    }),
  ]);
}
const xstateTransitionCount = () =>
  STAGES.reduce((n, stage) => n + xstateTransitions(stage).reduce((m, [, b]) => m + b.length, 0), 0);

describe('the stepping table', () => {
  it('mirrors the transitions XState itself parsed from the machine, branch order included', () => {
    const table = buildTable();
    expect(table).toHaveLength(STAGES.length);
    for (const stage of STAGES) {
      const fromTable = [...table[stageIndex(stage)]!].map(([type, branches]) => [
        type,
        branches.map((b) => [b.guard, STAGES[b.target], b.reason] as const),
      ]);
      expect(fromTable, stage).toEqual(xstateTransitions(stage));
    }
    // Every transition names a reason and a guard the engine knows.
    expect(xstateTransitionCount()).toBeGreaterThan(20);
  });
});

const VARIANTS: [string, LifecycleSettings][] = [
  ["total, '>'", lifecycle({ mode: 'total', comparator: '>' })],
  ["total, '>='", lifecycle({ mode: 'total', comparator: '>=' })],
  ["fitAndEngagement, '>'", lifecycle({ mode: 'fitAndEngagement', comparator: '>' })],
  ["fitAndEngagement, '>='", lifecycle({ mode: 'fitAndEngagement', comparator: '>=' })],
];

describe.each(VARIANTS)('paths generated from the machine (%s)', (_name, settings) => {
  const model = modelFor(settings);
  const paths = model.getShortestPaths();
  const allowDuplicates = model.getShortestPaths({ allowDuplicatePaths: true });
  const table = buildTable();

  it('generates a non-trivial, finite set of paths', () => {
    expect(paths.length).toBeGreaterThan(5);
    // One shortest path per transition instance plus the initial state: all must be short.
    for (const p of allowDuplicates) expect(p.steps.length).toBeLessThanOrEqual(12);
  });

  it('reaches every state declared in the machine config', () => {
    const reached = new Set(paths.flatMap((p: Path) => p.steps.map((s) => String(s.state.value))));
    const declared = getStateNodes(lifecycleMachine.root).map((n) => n.key);
    expect(declared.sort()).toEqual([...STAGES].sort());
    expect([...reached].sort()).toEqual([...STAGES].sort());
  });

  it('replays every path identically through a live actor and the stepping table', async () => {
    for (const path of paths) await replay(settings, path);
  });

  it('takes every branch of every transition in the stepping table', async () => {
    const used = new Set<string>();
    for (const path of paths) {
      for (const s of await replay(settings, path)) used.add(`${s.from}/${s.event.type}/${branchOf(table, s)}`);
    }
    const all = table.flatMap((byEvent, from) =>
      [...byEvent].flatMap(([type, branches]) => branches.map((_, k) => `${from}/${type}/${k}`)),
    );
    expect(all).toHaveLength(xstateTransitionCount());
    const missing = all.filter((key) => !used.has(key));
    expect(missing).toEqual([]);
  });
});

/** Drives one live actor and the table stepper side by side; returns the actor and the table's stage. */
function drive(settings: LifecycleSettings, events: LifecycleEvent[]) {
  const actor = createActor(lifecycleMachine, { input: { settings } }).start();
  const step = createTableStepper(settings);
  let stage = stageIndex('lead');
  for (const event of events) {
    const before = actor.getSnapshot().context.steps;
    actor.send(event);
    const s = step(stage, event);
    const moved = actor.getSnapshot().context.steps !== before;
    expect(s !== null).toBe(moved);
    if (s) {
      expect(s.reason).toBe(actor.getSnapshot().context.lastReason);
      stage = s.to;
    }
    expect(STAGES[stage]).toBe(actor.getSnapshot().value);
  }
  return { actor, stage: STAGES[stage] as StageId, snapshot: actor.getSnapshot() };
}

const MQL_FROM: [StageId, LifecycleEvent[]][] = [
  ['lead', []],
  ['nurturing', [activity('pageView', 0, 0)]],
  ['recycled', [activity('pageView', 1000, 1000), { type: 'recycle', reason: 'not_followed_up' }]],
];

describe('guard outcomes', () => {
  describe.each(MQL_FROM)('from %s', (from, prefix) => {
    const at = (settings: LifecycleSettings, event: LifecycleEvent) => {
      const start = drive(settings, prefix);
      expect(start.stage).toBe(from);
      return drive(settings, [...prefix, event]);
    };

    it("with '>' and threshold 10, a total of exactly 10 is not an MQL, 10.5 is", () => {
      const gt = lifecycle({ comparator: '>', threshold: 10 });
      const stay = at(gt, activity('pageView', 4, 6));
      expect(stay.stage).toBe('nurturing');
      if (from === 'nurturing') expect(stay.snapshot.context.steps).toBe(1); // ignored, not re-entered
      else expect(stay.snapshot.context.lastReason).toBe(from === 'lead' ? 'transition.engaged' : 'transition.reengaged');
      const go = at(gt, activity('pageView', 4, 6.5));
      expect(go.stage).toBe('mql');
      expect(go.snapshot.context.lastReason).toBe('transition.threshold');
    });

    it("with '>=' and threshold 10, a total of exactly 10 is an MQL; 9.99 is not", () => {
      const ge = lifecycle({ comparator: '>=', threshold: 10 });
      const go = at(ge, activity('pageView', 4, 6));
      expect(go.stage).toBe('mql');
      expect(go.snapshot.context.lastReason).toBe('transition.threshold');
      expect(at(ge, activity('pageView', 4, 5.99)).stage).toBe('nurturing');
    });

    it('in total mode fit and engagement add up, and negative engagement pulls the total down', () => {
      const settings = lifecycle({ comparator: '>=', threshold: 10 });
      expect(at(settings, activity('pageView', 30, -20)).stage).toBe('mql');
      expect(at(settings, activity('pageView', 30, -21)).stage).toBe('nurturing');
    });

    it('in fitAndEngagement mode both axes must pass, each with the comparator', () => {
      const gt = lifecycle({ mode: 'fitAndEngagement', comparator: '>', fitMin: 4, engagementMin: 6 });
      expect(at(gt, activity('pageView', 4.5, 6.5)).stage).toBe('mql');
      expect(at(gt, activity('pageView', 4, 6.5)).stage).toBe('nurturing'); // fit on the boundary
      expect(at(gt, activity('pageView', 4.5, 6)).stage).toBe('nurturing'); // engagement on the boundary
      expect(at(gt, activity('pageView', 1000, 0)).stage).toBe('nurturing'); // a huge fit does not compensate
      const ge = lifecycle({ mode: 'fitAndEngagement', comparator: '>=', fitMin: 4, engagementMin: 6 });
      expect(at(ge, activity('pageView', 4, 6)).stage).toBe('mql');
      expect(at(ge, activity('pageView', 3.99, 100)).stage).toBe('nurturing');
    });

    it('a fast-track kind makes an MQL whatever the score, with reason transition.fastTrack', () => {
      const settings = lifecycle({ threshold: 10, fastTrack: ['quoteRequest', 'inquiry'] });
      for (const kind of ['quoteRequest', 'inquiry'] as const) {
        const r = at(settings, activity(kind, -500, -500));
        expect(r.stage).toBe('mql');
        expect(r.snapshot.context.lastReason).toBe('transition.fastTrack');
        // Fast track wins over the threshold when both hold.
        expect(at(settings, activity(kind, 50, 50)).snapshot.context.lastReason).toBe('transition.fastTrack');
      }
      // The same low score on a kind that is not fast-tracked does not qualify.
      expect(at(settings, activity('pricingView', -500, -500)).stage).toBe('nurturing');
      // And an empty list fast-tracks nothing.
      expect(at(lifecycle({ fastTrack: [] }), activity('quoteRequest', -500, -500)).stage).toBe('nurturing');
    });

    it('a hard bounce disqualifies, with its reason in the key', () => {
      const r = at(lifecycle(), { type: 'disqualify', reason: 'hard_bounce' });
      expect(r.stage).toBe('disqualified');
      expect(r.snapshot.context.lastReason).toBe('transition.disqualified.hard_bounce');
    });
  });

  const toMql = [activity('pageView', 10, 10)];
  const toSal = [...toMql, { type: 'sales.accept' } as const];

  describe.each([
    ['mql', toMql],
    ['sal', toSal],
  ] as const)('rejection by sales at %s', (from, prefix) => {
    it.each(REJECT_REASONS.map((r) => [r]))('%s disqualifies exactly when listed, else recycles', (reason) => {
      for (const listed of [[reason], REJECT_REASONS.filter((r) => r !== reason), [...REJECT_REASONS], []]) {
        const r = drive(lifecycle({}, listed), [...prefix, { type: 'sales.reject', reason }]);
        expect(r.stage).toBe(listed.includes(reason) ? 'disqualified' : 'recycled');
        expect(r.snapshot.context.lastReason).toBe(`transition.rejected.${reason}`);
      }
      expect(drive(lifecycle(), prefix).stage).toBe(from);
    });
  });

  it('an SLA breach keeps the lead an MQL but is recorded as a transition', () => {
    const r = drive(lifecycle(), [...toMql, { type: 'sla.expire' }]);
    expect(r.stage).toBe('mql');
    expect(r.snapshot.context.steps).toBe(2);
    expect(r.snapshot.context.lastReason).toBe('transition.slaBreached');
  });

  it('activities do not move a lead that sales is working', () => {
    for (const prefix of [toMql, toSal, [...toSal, { type: 'qualify' } as const]]) {
      const before = drive(lifecycle(), prefix).snapshot;
      const after = drive(lifecycle(), [...prefix, activity('quoteRequest', 100, 100)]).snapshot;
      expect(after.value).toBe(before.value);
      expect(after.context.steps).toBe(before.context.steps);
    }
  });
});

describe('final states', () => {
  const toOpportunity: LifecycleEvent[] = [
    activity('pageView', 10, 10),
    { type: 'sales.accept' },
    { type: 'qualify' },
    { type: 'opportunity.open' },
  ];
  const ROUTES: [StageId, LifecycleEvent[]][] = [
    ['won', [...toOpportunity, { type: 'deal.win' }]],
    ['lost', [...toOpportunity, { type: 'deal.lose' }]],
    ['disqualified', [{ type: 'disqualify', reason: 'hard_bounce' }]],
    ['disqualified', [activity('pageView', 10, 10), { type: 'sales.reject', reason: 'competitor' }]],
  ];

  it('are exactly won, lost and disqualified, and the table has no way out of them', () => {
    expect(STAGES.filter(isFinalStage).sort()).toEqual(['disqualified', 'lost', 'won']);
    const table = buildTable();
    for (const stage of STAGES) expect(table[stageIndex(stage)]!.size === 0).toBe(isFinalStage(stage));
  });

  it.each(ROUTES)('%s accepts no event', (final, route) => {
    const { actor, snapshot } = drive(lifecycle(), route);
    expect(snapshot.value).toBe(final);
    expect(snapshot.status).toBe('done');
    const step = createTableStepper(lifecycle());
    const extra: LifecycleEvent[] = [...EVENTS, ...ACTIVITY_KINDS.map((k) => activity(k, 1e6, 1e6))];
    for (const event of extra) {
      expect(snapshot.can(event)).toBe(false);
      expect(step(stageIndex(final), event)).toBeNull();
    }
    const types = new Set<LifecycleEventType>(extra.map((e) => e.type));
    expect(types.size).toBe(EVENT_TYPES.length);
    actor.stop();
  });
});
