import { describe, expect, it } from 'vitest';
import { compareDefinitions } from '../../src/engine/compare';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import { stageIndex } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { handleRequest } from '../../src/worker/handle';

const base: Settings = { ...DEFAULT_SETTINGS, population: 1500 };
const withThreshold = (settings: Settings, threshold: number): Settings => ({
  ...settings,
  scoring: { ...settings.scoring, rule: { ...settings.scoring.rule, mode: 'total', threshold } },
});

describe('compareDefinitions', () => {
  it('finds no difference between a definition and itself', () => {
    const comparison = compareDefinitions(base, structuredClone(base));
    expect(comparison.onlyA).toEqual({ count: 0, ready: 0, leads: [] });
    expect(comparison.onlyB).toEqual({ count: 0, ready: 0, leads: [] });
    expect(comparison.b).toEqual(comparison.a);
  });

  it('reports the figures a plain run of each side gives', () => {
    const a = withThreshold(base, 40);
    const b = withThreshold(base, 80);
    const comparison = compareDefinitions(a, b);
    const runB = simulate(b);
    expect(comparison.b.mqls).toBe(runB.reached[stageIndex('mql')]);
    expect(comparison.b.won).toBe(runB.reached[stageIndex('won')]);
    expect(comparison.b.precision).toBe(runB.quality.precision);
  });

  it('a higher threshold only ever removes MQLs: the same leads, fewer of them flagged', () => {
    const a = withThreshold(base, 40);
    const comparison = compareDefinitions(a, withThreshold(base, 80));
    expect(comparison.onlyA.count).toBeGreaterThan(0);
    expect(comparison.onlyB.count).toBe(0);
    // Every lead only A flagged was an MQL under A, and the gap in MQLs is exactly these leads.
    expect(comparison.a.mqls - comparison.b.mqls).toBe(comparison.onlyA.count);
    expect(comparison.onlyA.ready).toBeLessThanOrEqual(comparison.onlyA.count);
    expect(comparison.onlyA.leads.length).toBe(Math.min(50, comparison.onlyA.count));
    const ids = comparison.onlyA.leads.map((l) => l.id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    // A lead B never flagged never left marketing's stages under B.
    const marketing = (['lead', 'nurturing', 'disqualified'] as const).map((stage) => stageIndex(stage));
    for (const lead of comparison.onlyA.leads) expect(marketing).toContain(lead.finalStageB);
  });

  it('refuses two definitions tried on different leads', () => {
    expect(() => compareDefinitions(base, { ...base, seed: base.seed + 1 })).toThrow();
  });
});

describe('the worker’s compare request', () => {
  it('compares two valid definitions', () => {
    const { response } = handleRequest({ type: 'compare', id: 3, a: base, b: withThreshold(base, 80) });
    expect(response.type).toBe('comparison');
    expect(response.id).toBe(3);
  });

  it('names the problem in either side and runs nothing', () => {
    const broken = withThreshold(base, Number.NaN);
    const { response } = handleRequest({ type: 'compare', id: 4, a: base, b: broken });
    expect(response.type).toBe('error');
    if (response.type === 'error') expect(response.problems.map((p) => p.field).join()).toContain('threshold');
  });
});
