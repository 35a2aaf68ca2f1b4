import * as v from 'valibot';
import {
  ACTIVITY_KINDS,
  COMPANY_SIZES,
  REJECT_REASONS,
  ROLES,
} from '../engine/catalog';
import type { Settings } from '../engine/settings';

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const int = (min: number, max: number) => v.pipe(num(min, max), v.integer());
/** A strict object that also refuses arrays (valibot would otherwise blame each "missing" key). */
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<unknown>((input) => !Array.isArray(input), 'Invalid type: Expected Object but received Array'),
    v.strictObject(entries),
  );
const keyed = <K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) =>
  record(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);

/** Points one activity or attribute may carry: generous, but no typo-sized values. */
const POINTS = num(-1000, 1000);

export const scoringSchema = record({
  weights: keyed(ACTIVITY_KINDS, POINTS),
  maxCount: keyed(ACTIVITY_KINDS, int(0, 1000)),
  maxEngagement: v.nullable(num(0, 100000)),
  fit: record({
    role: keyed(ROLES, POINTS),
    targetIndustry: POINTS,
    otherIndustry: POINTS,
    size: keyed(COMPANY_SIZES, POINTS),
    freeMail: POINTS,
    competitor: POINTS,
  }),
  decay: record({
    mode: v.picklist(['none', 'period', 'halfLife']),
    points: num(0, 1000),
    periodDays: int(1, 365),
    halfLifeDays: num(1, 365),
  }),
  rule: record({
    mode: v.picklist(['total', 'fitAndEngagement']),
    comparator: v.picklist(['>', '>=']),
    threshold: num(-10000, 10000),
    fitMin: num(-10000, 10000),
    engagementMin: num(-10000, 10000),
    fastTrack: v.pipe(v.array(v.picklist(ACTIVITY_KINDS)), v.check(unique, 'Each activity may appear only once')),
  }),
});

export const salesSchema = record({
  capacityPerDay: int(0, 10000),
  slaHours: num(1, 24 * 60),
  minResponseHours: num(0, 24 * 30),
  speedHalfLifeHours: num(0.1, 24 * 60),
  abandonAfterDays: int(1, 365),
  hoursPerContact: num(0, 40),
  hoursPerSal: num(0, 200),
  disqualifyReasons: v.pipe(v.array(v.picklist(REJECT_REASONS)), v.check(unique, 'Each reason may appear only once')),
  recycle: record({ mode: v.picklist(['reset', 'reduce']), keep: num(0, 1) }),
});

export const POPULATION_RANGE = { min: 100, max: 100000 } as const;
export const DAYS_RANGE = { min: 30, max: 365 } as const;

export const settingsSchema = record({
  version: v.literal(1),
  seed: int(0, 0xffffffff),
  population: int(POPULATION_RANGE.min, POPULATION_RANGE.max),
  days: int(DAYS_RANGE.min, DAYS_RANGE.max),
  scoring: scoringSchema,
  sales: salesSchema,
});

// The schema and the engine's hand-written types must describe the same thing.
type SchemaSettings = v.InferOutput<typeof settingsSchema>;
const sameShape: [SchemaSettings, Settings] extends [Settings, SchemaSettings] ? true : never = true;
void sameShape;

export interface SettingsProblem {
  /** Dotted path of the offending field, e.g. `scoring.rule.threshold`; empty for the whole object. */
  field: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblem[] };

function validateWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validation<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      field: v.getDotPath(issue) ?? '',
      message: issue.message,
    })),
  };
}

/** Checks untrusted settings; the engine is never run on anything that fails this. */
export const validateSettings = (input: unknown): Validation<Settings> =>
  validateWith(settingsSchema, input) as Validation<Settings>;
export const validateScoring = (input: unknown) => validateWith(scoringSchema, input);
export const validateSales = (input: unknown) => validateWith(salesSchema, input);
