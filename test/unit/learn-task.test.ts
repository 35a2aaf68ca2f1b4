import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { stageIndex } from '../../src/lifecycle/stages';
import { applyPatch } from '../../src/learn/patch';
import { METRICS, evaluate, metricValue, settingValues, type Condition, type TaskContext } from '../../src/learn/task';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';

const label = { en: 'x', ja: 'x' };
const base = simulate({ ...DEFAULT_SETTINGS, population: 300 });

/** The base result with a few figures replaced, the way a task sees a run. */
function resultWith(figures: { mqls?: number; acceptanceRate?: number | null; readyCaught?: number }): SimulationResult {
  const reached = [...base.reached];
  if (figures.mqls !== undefined) reached[stageIndex('mql')] = figures.mqls;
  return {
    ...base,
    reached,
    sales: { ...base.sales, acceptanceRate: figures.acceptanceRate === undefined ? base.sales.acceptanceRate : figures.acceptanceRate },
    quality: { ...base.quality, readyCaught: figures.readyCaught ?? base.quality.readyCaught },
  };
}

function context(result: SimulationResult, settings: Settings = DEFAULT_SETTINGS, baseline: SimulationResult | null = base): TaskContext {
  return { result, settings, start: DEFAULT_SETTINGS, baseline };
}

describe('metric conditions', () => {
  it('read every figure a lesson may ask about from the engine result', () => {
    for (const metric of METRICS) expect(metricValue(base, metric), metric).not.toBeUndefined();
    expect(metricValue(base, 'mqls')).toBe(base.reached[stageIndex('mql')]);
    expect(metricValue(base, 'sqls')).toBe(base.reached[stageIndex('sql')]);
    expect(metricValue(base, 'acceptanceRate')).toBe(base.sales.acceptanceRate);
    expect(metricValue(base, 'recall')).toBe(base.quality.recall);
    expect(metricValue(base, 'medianDaysToMql')).toBe(base.daysToMql.median);
  });

  it.each<[Condition, boolean]>([
    [{ metric: 'acceptanceRate', op: '>', value: 0.6 }, false],
    [{ metric: 'acceptanceRate', op: '>', value: 0.59 }, true],
    [{ metric: 'acceptanceRate', op: '>=', value: 0.6 }, true],
    [{ metric: 'acceptanceRate', op: '<', value: 0.6 }, false],
    [{ metric: 'acceptanceRate', op: '<=', value: 0.6 }, true],
  ])('compare a figure with a fixed value: %j -> %s', (condition, met) => {
    expect(evaluate(condition, context(resultWith({ acceptanceRate: 0.6 }))).met).toBe(met);
  });

  it('is never met while the figure does not exist (no MQL was contacted)', () => {
    const check = evaluate({ metric: 'acceptanceRate', op: '<', value: 1 }, context(resultWith({ acceptanceRate: null })));
    expect(check).toMatchObject({ kind: 'metric', met: false, current: null });
  });

  it('measure "without losing more than a quarter of the ready leads" against the figures at the start', () => {
    const keep = { metric: 'readyCaught', op: '>=', ofBaseline: 0.75 } as const;
    const baseline = resultWith({ readyCaught: 400 });
    expect(evaluate(keep, context(resultWith({ readyCaught: 300 }), DEFAULT_SETTINGS, baseline))).toMatchObject({
      met: true,
      target: 300,
      start: 400,
    });
    expect(evaluate(keep, context(resultWith({ readyCaught: 299 }), DEFAULT_SETTINGS, baseline)).met).toBe(false);
  });

  it('wait for the start’s figures before judging a relative condition', () => {
    const check = evaluate({ metric: 'mqls', op: '>=', ofBaseline: 0 }, context(base, DEFAULT_SETTINGS, null));
    expect(check).toMatchObject({ met: false, target: null, start: null });
  });
});

describe('setting conditions', () => {
  const withRule = (rule: Partial<Settings['scoring']['rule']>) => applyPatch(DEFAULT_SETTINGS, { scoring: { rule } });

  it('check a setting against a value', () => {
    const over: Condition = { setting: 'scoring.rule.comparator', op: '=', value: '>', label };
    expect(evaluate(over, context(base, withRule({ comparator: '>' }))).met).toBe(true);
    expect(evaluate(over, context(base, withRule({ comparator: '>=' }))).met).toBe(false);
    const low: Condition = { setting: 'scoring.rule.threshold', op: '<', value: 10, label };
    expect(evaluate(low, context(base, withRule({ threshold: 9 })))).toMatchObject({ met: true, current: 9 });
  });

  it('notice that a setting changed from the lesson’s start, whichever way', () => {
    const changed: Condition = { setting: 'scoring.rule.threshold', op: 'changed', label };
    const threshold = DEFAULT_SETTINGS.scoring.rule.threshold;
    expect(evaluate(changed, context(base)).met).toBe(false);
    expect(evaluate(changed, context(base, withRule({ threshold: threshold + 1 }))).met).toBe(true);
    expect(evaluate(changed, context(base, withRule({ threshold: threshold - 1 }))).met).toBe(true);
  });

  it('read "some weight is negative" through a * and "decay is on" as not none', () => {
    const negative: Condition = { setting: 'scoring.weights.*', op: '<', value: 0, label };
    const noNegatives = applyPatch(DEFAULT_SETTINGS, {
      scoring: { weights: { careersView: 0, unsubscribe: 0, hardBounce: 0 } },
    });
    expect(settingValues(DEFAULT_SETTINGS, 'scoring.weights.*')).toHaveLength(11);
    expect(evaluate(negative, context(base)).met).toBe(true);
    expect(evaluate(negative, context(base, noNegatives)).met).toBe(false);
    const decaying: Condition = { setting: 'scoring.decay.mode', op: '!=', value: 'none', label };
    expect(evaluate(decaying, context(base)).met).toBe(DEFAULT_SETTINGS.scoring.decay.mode !== 'none');
    expect(evaluate(decaying, context(base, applyPatch(DEFAULT_SETTINGS, { scoring: { decay: { mode: 'none' } } }))).met).toBe(false);
  });

  it('find a value in a list setting', () => {
    const quote: Condition = { setting: 'scoring.rule.fastTrack', op: 'includes', value: 'quoteRequest', label };
    expect(evaluate(quote, context(base, withRule({ fastTrack: ['inquiry', 'quoteRequest'] }))).met).toBe(true);
    expect(evaluate(quote, context(base, withRule({ fastTrack: [] }))).met).toBe(false);
  });

  it('never pass on a path that leads nowhere', () => {
    expect(settingValues(DEFAULT_SETTINGS, 'scoring.rule.nothing')).toEqual([]);
    expect(evaluate({ setting: 'scoring.nothing.*', op: '!=', value: 1, label }, context(base)).met).toBe(false);
  });
});

describe('combined conditions', () => {
  const many: Condition = { metric: 'mqls', op: '>=', value: 100 };
  const few: Condition = { metric: 'mqls', op: '<', value: 50 };
  const some = resultWith({ mqls: 120 });

  it('need every part of an all and one part of an any', () => {
    expect(evaluate({ all: [many, few] }, context(some)).met).toBe(false);
    expect(evaluate({ any: [many, few] }, context(some)).met).toBe(true);
    expect(evaluate({ any: [few] }, context(some)).met).toBe(false);
  });

  it('report each part’s state in the shape of the task', () => {
    const check = evaluate({ all: [many, { any: [few, many] }] }, context(some));
    expect(check).toMatchObject({
      kind: 'all',
      met: true,
      children: [
        { kind: 'metric', met: true, current: 120, target: 100 },
        { kind: 'any', met: true, children: [{ met: false }, { met: true }] },
      ],
    });
  });
});
