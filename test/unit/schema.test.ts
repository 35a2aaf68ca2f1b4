import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import { validateSettings } from '../../src/state/schema';

const fields = (input: unknown) => {
  const result = validateSettings(input);
  return result.ok ? [] : result.problems.map((p) => p.field);
};
const withThreshold = (threshold: unknown) => ({
  ...DEFAULT_SETTINGS,
  scoring: { ...DEFAULT_SETTINGS.scoring, rule: { ...DEFAULT_SETTINGS.scoring.rule, threshold } },
});

describe('settings validation', () => {
  it('accepts the defaults and every preset', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    for (const preset of PRESETS) expect(validateSettings(applyPreset(DEFAULT_SETTINGS, preset)).ok).toBe(true);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '100'],
    ['out of range', 1e9],
  ])('rejects a threshold that is %s and names the field', (_, value) => {
    expect(fields(withThreshold(value))).toContain('scoring.rule.threshold');
  });

  it('rejects negatives where they make no sense', () => {
    const sales = { ...DEFAULT_SETTINGS.sales, capacityPerDay: -1 };
    expect(fields({ ...DEFAULT_SETTINGS, sales })).toEqual(['sales.capacityPerDay']);
  });

  it('rejects unknown keys, naming them', () => {
    const scoring = { ...DEFAULT_SETTINGS.scoring, bonus: 5 };
    expect(fields({ ...DEFAULT_SETTINGS, scoring })).toEqual(['scoring.bonus']);
  });

  it('rejects populations outside 100..100,000 and fractional ones', () => {
    expect(fields({ ...DEFAULT_SETTINGS, population: 99 })).toEqual(['population']);
    expect(fields({ ...DEFAULT_SETTINGS, population: 100_001 })).toEqual(['population']);
    expect(fields({ ...DEFAULT_SETTINGS, population: 250.5 })).toEqual(['population']);
  });

  it('rejects an unknown activity in the fast track and a missing weight', () => {
    const rule = { ...DEFAULT_SETTINGS.scoring.rule, fastTrack: ['demoRequest'] };
    expect(fields({ ...DEFAULT_SETTINGS, scoring: { ...DEFAULT_SETTINGS.scoring, rule } })).toEqual([
      'scoring.rule.fastTrack.0',
    ]);
    const { inquiry: _dropped, ...weights } = DEFAULT_SETTINGS.scoring.weights;
    void _dropped;
    expect(fields({ ...DEFAULT_SETTINGS, scoring: { ...DEFAULT_SETTINGS.scoring, weights } })).toEqual([
      'scoring.weights.inquiry',
    ]);
  });
});

describe('lists in the settings', () => {
  it('refuse the same fast-track activity twice', () => {
    const rule = { ...DEFAULT_SETTINGS.scoring.rule, fastTrack: ['quoteRequest', 'quoteRequest'] };
    expect(fields({ ...DEFAULT_SETTINGS, scoring: { ...DEFAULT_SETTINGS.scoring, rule } })).toEqual([
      'scoring.rule.fastTrack',
    ]);
  });
});

describe('recognising a preset', () => {
  it('reads lists as sets, so re-ticking a box in another order still names the preset', async () => {
    const { presetOf } = await import('../../src/state/defaults');
    const preset = PRESETS.find((p) => p.id === 'noSharedDefinition')!;
    const settings = applyPreset(DEFAULT_SETTINGS, preset);
    const reasons = [...settings.sales.disqualifyReasons].reverse();
    expect(presetOf({ ...settings, sales: { ...settings.sales, disqualifyReasons: reasons } })).toBe('noSharedDefinition');
    expect(presetOf({ ...settings, sales: { ...settings.sales, disqualifyReasons: reasons.slice(1) } })).toBeNull();
  });
});
