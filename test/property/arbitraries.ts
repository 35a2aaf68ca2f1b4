// Arbitrary settings for the property tests: a preset's definition, then the knobs a workshop turns.
// Every value stays inside the schema's ranges, so every generated settings must validate.
import fc from 'fast-check';
import {
  ACTIVITY_KINDS,
  REJECT_REASONS,
  type ActivityKind,
} from '../../src/engine/catalog';
import type { Settings } from '../../src/engine/settings';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';

export interface Sizes {
  population?: { min: number; max: number };
  days?: { min: number; max: number };
}

/** Integers or doubles in [min, max], never NaN or infinite. */
const amount = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));

const weight = fc.integer({ min: -100, max: 100 });

/** A few activity weights overridden, negative ones included. */
const weightOverrides = fc.record(
  Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, weight])) as Record<ActivityKind, typeof weight>,
  { requiredKeys: [] },
);

export function settingsArb(sizes: Sizes = {}): fc.Arbitrary<Settings> {
  const population = sizes.population ?? { min: 100, max: 400 };
  const days = sizes.days ?? { min: 30, max: 120 };
  return fc
    .record({
      preset: fc.constantFrom(...PRESETS),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      population: fc.integer(population),
      days: fc.integer(days),
      mode: fc.constantFrom('total' as const, 'fitAndEngagement' as const),
      comparator: fc.constantFrom('>' as const, '>=' as const),
      threshold: amount(-50, 250),
      fitMin: amount(-50, 80),
      engagementMin: amount(-20, 150),
      fastTrack: fc.subarray([...ACTIVITY_KINDS]),
      weights: weightOverrides,
      maxEngagement: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      decay: fc.record({
        mode: fc.constantFrom('none' as const, 'period' as const, 'halfLife' as const),
        points: amount(0, 40),
        periodDays: fc.integer({ min: 1, max: 60 }),
        halfLifeDays: amount(1, 120),
      }),
      capacityPerDay: fc.integer({ min: 0, max: 30 }),
      slaHours: amount(1, 96),
      minResponseHours: amount(0, 12),
      abandonAfterDays: fc.integer({ min: 1, max: 30 }),
      disqualifyReasons: fc.subarray([...REJECT_REASONS]),
      recycle: fc.record({ mode: fc.constantFrom('reset' as const, 'reduce' as const), keep: amount(0, 1) }),
    })
    .map((a): Settings => {
      const base = applyPreset({ ...DEFAULT_SETTINGS }, a.preset);
      return {
        ...base,
        seed: a.seed,
        population: a.population,
        days: a.days,
        scoring: {
          ...base.scoring,
          weights: { ...base.scoring.weights, ...a.weights },
          maxEngagement: a.maxEngagement,
          decay: a.decay,
          rule: {
            mode: a.mode,
            comparator: a.comparator,
            threshold: a.threshold,
            fitMin: a.fitMin,
            engagementMin: a.engagementMin,
            fastTrack: a.fastTrack,
          },
        },
        sales: {
          ...base.sales,
          capacityPerDay: a.capacityPerDay,
          slaHours: a.slaHours,
          minResponseHours: a.minResponseHours,
          abandonAfterDays: a.abandonAfterDays,
          disqualifyReasons: a.disqualifyReasons,
          recycle: a.recycle,
        },
      };
    });
}

/** `settings` with the MQL rule changed; nothing else moves. */
export const withRule = (settings: Settings, rule: Partial<Settings['scoring']['rule']>): Settings => ({
  ...settings,
  scoring: { ...settings.scoring, rule: { ...settings.scoring.rule, ...rule } },
});

export const allIds = (settings: Settings): number[] => Array.from({ length: settings.population }, (_, i) => i);

/** numRuns scaled by PROPERTY_RUNS_SCALE (e.g. 20 for a deep local hunt); the default keeps CI fast. */
export const runs = (n: number): number =>
  Math.max(1, Math.round(n * Number(process.env.PROPERTY_RUNS_SCALE ?? 1)));
