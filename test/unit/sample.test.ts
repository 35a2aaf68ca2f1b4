import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';

const settings = { ...DEFAULT_SETTINGS, population: 600, days: 120 };

describe('the day-by-day sample drawn as dots', () => {
  it('tells, for every lead, the same stage counts as the engine when every lead is sampled', () => {
    const result = simulate(settings, { sample: settings.population });
    const { stageByDay, ids } = result.sample;
    const S = result.stages.length;
    expect(ids.length).toBe(settings.population);
    for (let day = 0; day < result.days; day++) {
      const counts = new Array<number>(S).fill(0);
      for (let k = 0; k < ids.length; k++) {
        const stage = stageByDay[day * ids.length + k]!;
        if (stage !== 255) counts[stage]!++;
      }
      expect(counts).toEqual([...result.countsByDay.subarray(day * S, (day + 1) * S)]);
    }
  });

  it('spreads a smaller sample evenly over the population and agrees with each lead’s trace', () => {
    const result = simulate(settings, { sample: 100, trace: [0, 6, 594] });
    expect([...result.sample.ids.subarray(0, 3)]).toEqual([0, 6, 12]);
    expect(result.sample.ids.length).toBe(100);
    const k = result.sample.ids.length;
    for (const trace of result.traces) {
      const s = result.sample.ids.indexOf(trace.id);
      const last = trace.transitions.at(-1);
      const final = result.sample.stageByDay[(result.days - 1) * k + s];
      expect(final).toBe(last ? last.to : 0);
    }
  });

  it('costs nothing when not asked for', () => {
    expect(simulate(settings).sample.ids.length).toBe(0);
  });
});
