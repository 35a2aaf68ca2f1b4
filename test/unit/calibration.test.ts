import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';

// The default scenario should look like a real B2B waterfall (domain brief: inquiry->MQL 10-25%,
// MQL->SAL 40-60%, SAL->SQL 50-70%), or the lessons drawn from it would teach the wrong instincts.
describe('the default scenario', () => {
  const result = simulate(DEFAULT_SETTINGS);
  const rate = (stage: string) => result.conversion.find((c) => c.stage === stage)!.fromPrevious!;

  it('converts like the waterfalls teams quote', () => {
    expect(rate('mql')).toBeGreaterThanOrEqual(0.1);
    expect(rate('mql')).toBeLessThanOrEqual(0.25);
    expect(rate('sal')).toBeGreaterThanOrEqual(0.4);
    expect(rate('sal')).toBeLessThanOrEqual(0.6);
    expect(rate('sql')).toBeGreaterThanOrEqual(0.5);
    expect(rate('sql')).toBeLessThanOrEqual(0.7);
  });

  it('hands sales some leads that were not ready, and misses some that were', () => {
    expect(result.quality.precision).toBeGreaterThan(0.2);
    expect(result.quality.precision).toBeLessThan(0.9);
    expect(result.quality.recall).toBeGreaterThan(0.1);
    expect(result.quality.recall).toBeLessThan(0.9);
    expect(result.sales.wastedHours).toBeGreaterThan(0);
  });

  it('keeps sales within its SLA most of the time at the default capacity', () => {
    expect(result.sales.slaBreaches / result.sales.contacts).toBeLessThan(0.2);
  });
});
