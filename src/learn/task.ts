// A lesson's task, checked live against the figures on screen. Conditions are data in each lesson's
// lesson.json, so a lesson can ask for "acceptance above 60%" or "keep three quarters of the ready leads
// you started with" without any code of its own.
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import { stageIndex } from '../lifecycle/stages';
import type { Locale } from '../i18n/messages';

/** Figures a task can ask about; each is read from one engine result. */
export const METRICS = [
  'mqls',
  'sqls',
  'acceptanceRate',
  'precision',
  'recall',
  'readyCaught',
  'slaBreaches',
  'wastedHours',
  'medianDaysToMql',
] as const;
export type Metric = (typeof METRICS)[number];

/** How a figure is written: shares are 0..1 in lesson files and shown as percentages. */
export type MetricKind = 'count' | 'share' | 'days' | 'hours';
export const METRIC_KIND: Record<Metric, MetricKind> = {
  mqls: 'count',
  sqls: 'count',
  acceptanceRate: 'share',
  precision: 'share',
  recall: 'share',
  readyCaught: 'count',
  slaBreaches: 'count',
  wastedHours: 'hours',
  medianDaysToMql: 'days',
};

export const COMPARISONS = ['>', '>=', '<', '<='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** `changed`: differs from the lesson's start; `includes`: a list setting (the fast track) holds the value. */
export const SETTING_TESTS = ['=', '!=', '>', '>=', '<', '<=', 'changed', 'includes'] as const;
export type SettingTest = (typeof SETTING_TESTS)[number];

/** Words in both languages, written by the lesson's author. */
export type LocalText = Record<Locale, string>;

export interface MetricCondition {
  metric: Metric;
  op: Comparison;
  value: number;
  label?: LocalText;
}

/** Compared with the figure when the lesson opened: `ofBaseline: 0.75` means "at least 75% of the start". */
export interface RelativeCondition {
  metric: Metric;
  op: Comparison;
  ofBaseline: number;
  label?: LocalText;
}

/**
 * A setting, by its dotted path in Settings (`scoring.rule.comparator`). A `*` segment stands for every
 * entry of that object, and the condition holds when one of them passes (`scoring.weights.*` < 0: some
 * activity takes points away).
 */
export interface SettingCondition {
  setting: string;
  op: SettingTest;
  value?: number | string;
  /** Settings have no figure to describe them by, so the author names the condition. */
  label: LocalText;
}

export type Condition =
  | MetricCondition
  | RelativeCondition
  | SettingCondition
  | { all: Condition[] }
  | { any: Condition[] };

export interface TaskContext {
  /** The figures on screen and the settings they were computed from. */
  result: SimulationResult;
  settings: Settings;
  /** The lesson's starting settings, for `changed`. */
  start: Settings;
  /** The figures for `start`; relative conditions wait for it. */
  baseline: SimulationResult | null;
}

/** One condition's live state, in the shape of the task, for the panel to show. */
export type Check = LeafCheck | { kind: 'all' | 'any'; met: boolean; children: Check[] };

export type LeafCheck =
  | {
      kind: 'metric';
      condition: MetricCondition | RelativeCondition;
      met: boolean;
      current: number | null;
      /** The figure to beat; null while a relative condition waits for the start's figures. */
      target: number | null;
      /** The start's figure a relative condition is measured against. */
      start: number | null;
    }
  | { kind: 'setting'; condition: SettingCondition; met: boolean; current: unknown };

export function metricValue(result: SimulationResult, metric: Metric): number | null {
  switch (metric) {
    case 'mqls':
      return result.reached[stageIndex('mql')] ?? 0;
    case 'sqls':
      return result.reached[stageIndex('sql')] ?? 0;
    case 'acceptanceRate':
      return result.sales.acceptanceRate;
    case 'precision':
      return result.quality.precision;
    case 'recall':
      return result.quality.recall;
    case 'readyCaught':
      return result.quality.readyCaught;
    case 'slaBreaches':
      return result.sales.slaBreaches;
    case 'wastedHours':
      return result.sales.wastedHours;
    case 'medianDaysToMql':
      return result.daysToMql.median;
  }
}

function compare(value: number, op: Comparison, target: number): boolean {
  switch (op) {
    case '>':
      return value > target;
    case '>=':
      return value >= target;
    case '<':
      return value < target;
    case '<=':
      return value <= target;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every value a setting path names (several under a `*`); empty when the path leads nowhere. */
export function settingValues(settings: unknown, path: string): unknown[] {
  let values: unknown[] = [settings];
  for (const segment of path.split('.')) {
    values = values.flatMap((value) => {
      if (!isObject(value)) return [];
      if (segment === '*') return Object.values(value);
      return segment in value ? [value[segment]] : [];
    });
  }
  return values;
}

function passes(value: unknown, condition: SettingCondition, start: unknown): boolean {
  const { op, value: wanted } = condition;
  switch (op) {
    case '=':
      return value === wanted;
    case '!=':
      return value !== wanted;
    case 'includes':
      return Array.isArray(value) && value.includes(wanted);
    case 'changed':
      return JSON.stringify(value) !== JSON.stringify(start);
    default:
      return typeof value === 'number' && typeof wanted === 'number' && compare(value, op, wanted);
  }
}

function checkSetting(condition: SettingCondition, context: TaskContext): Check {
  const values = settingValues(context.settings, condition.setting);
  const starts = settingValues(context.start, condition.setting);
  const met = values.some((value, k) => passes(value, condition, starts[k]));
  return { kind: 'setting', condition, met, current: values.length === 1 ? values[0] : null };
}

function checkMetric(condition: MetricCondition | RelativeCondition, context: TaskContext): Check {
  const current = metricValue(context.result, condition.metric);
  const start = 'ofBaseline' in condition && context.baseline ? metricValue(context.baseline, condition.metric) : null;
  const target = 'value' in condition ? condition.value : start === null ? null : start * condition.ofBaseline;
  const met = current !== null && target !== null && compare(current, condition.op, target);
  return { kind: 'metric', condition, met, current, target, start };
}

/** The live state of a task: met only when every `all` part and at least one `any` part is met. */
export function evaluate(condition: Condition, context: TaskContext): Check {
  if ('all' in condition) {
    const children = condition.all.map((c) => evaluate(c, context));
    return { kind: 'all', met: children.every((c) => c.met), children };
  }
  if ('any' in condition) {
    const children = condition.any.map((c) => evaluate(c, context));
    return { kind: 'any', met: children.some((c) => c.met), children };
  }
  if ('setting' in condition) return checkSetting(condition, context);
  return checkMetric(condition, context);
}
