// What a lesson folder must hold, checked when the page loads: a broken lesson.json or a missing
// translation shows as an error on that one lesson and never takes the rest of the path down.
import * as v from 'valibot';
import type { Settings } from '../engine/settings';
import { LOCALES, type Locale } from '../i18n/messages';
import { DEFAULT_SETTINGS, PRESETS, PRESET_IDS, applyPreset, type PresetId } from '../state/defaults';
import { validateSettings } from '../state/schema';
import { applyPatch, type SettingsPatch } from './patch';
import {
  COMPARISONS,
  METRICS,
  SETTING_TESTS,
  settingValues,
  type Condition,
  type LocalText,
  type SettingCondition,
} from './task';

/** Lesson ids are also addresses (`#/learn/<id>`): the route accepts nothing else. */
export const LESSON_ID = /^[a-z0-9-]{1,64}$/;

const words = v.pipe(v.string(), v.trim(), v.nonEmpty('Write it in every language'));
const localText = v.strictObject({ en: words, ja: words });
const patch = v.record(v.string(), v.unknown());
const NONE = 'List at least one condition';

const conditionSchema: v.GenericSchema<Condition> = v.lazy(() =>
  v.union([
    v.strictObject({
      metric: v.picklist(METRICS),
      op: v.picklist(COMPARISONS),
      value: v.pipe(v.number(), v.finite()),
      label: v.optional(localText),
    }),
    v.strictObject({
      metric: v.picklist(METRICS),
      op: v.picklist(COMPARISONS),
      ofBaseline: v.pipe(v.number(), v.finite(), v.minValue(0)),
      label: v.optional(localText),
    }),
    v.strictObject({
      setting: v.pipe(v.string(), v.nonEmpty()),
      op: v.picklist(SETTING_TESTS),
      value: v.optional(v.union([v.pipe(v.number(), v.finite()), v.string()])),
      label: localText,
    }),
    v.strictObject({ all: v.pipe(v.array(conditionSchema), v.nonEmpty(NONE)) }),
    v.strictObject({ any: v.pipe(v.array(conditionSchema), v.nonEmpty(NONE)) }),
  ], 'Not a condition: write {metric, op, value}, {metric, op, ofBaseline}, {setting, op, value, label}, {all} or {any}'),
);

const lessonSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(LESSON_ID)),
  preset: v.picklist(PRESET_IDS),
  /** Changes to the preset the lesson starts from (say, a threshold to start at). */
  settings: v.optional(patch),
  title: localText,
  /** One line on the path, saying what the lesson is about. */
  summary: localText,
  task: v.strictObject({
    text: localText,
    check: conditionSchema,
    /** A change of the start settings that meets the task; tests prove each lesson can be done. */
    solution: patch,
  }),
});

export interface Lesson {
  id: string;
  /** Place on the path, from 1. */
  number: number;
  preset: PresetId;
  /** The settings the lesson opens the simulator with. */
  start: Settings;
  title: LocalText;
  summary: LocalText;
  task: { text: LocalText; check: Condition; solution: SettingsPatch };
}

export type LessonEntry =
  | { ok: true; id: string; lesson: Lesson }
  | { ok: false; id: string; number: number; problems: string[] };

const settingConditions = (condition: Condition): SettingCondition[] =>
  'all' in condition
    ? condition.all.flatMap(settingConditions)
    : 'any' in condition
      ? condition.any.flatMap(settingConditions)
      : 'setting' in condition
        ? [condition]
        : [];

/** A setting condition must name real settings and compare them with something of their kind. */
function settingProblems(condition: SettingCondition): string[] {
  const values = settingValues(DEFAULT_SETTINGS, condition.setting);
  const where = `task.check: "${condition.setting}"`;
  if (values.length === 0) return [`${where} is not a setting`];
  const { op, value } = condition;
  if (op === 'changed') return value === undefined ? [] : [`${where}: "changed" takes no value`];
  if (value === undefined) return [`${where}: "${op}" needs a value`];
  if (op === 'includes') {
    return values.every(Array.isArray) ? [] : [`${where}: "includes" needs a list setting`];
  }
  if (op === '=' || op === '!=') {
    return values.every((x) => typeof x === typeof value) ? [] : [`${where}: compare it with a ${typeof values[0]}`];
  }
  return values.every((x) => typeof x === 'number') && typeof value === 'number'
    ? []
    : [`${where}: "${op}" compares numbers only`];
}

const settingsProblems = (what: string, settings: unknown): string[] => {
  const checked = validateSettings(settings);
  return checked.ok ? [] : checked.problems.map((p) => `${what}: ${p.field || 'settings'}: ${p.message}`);
};

/** Reads one lesson folder's lesson.json; `texts` are the languages its folder has text for. */
export function parseLesson(folder: string, number: number, raw: unknown, texts: readonly Locale[]): LessonEntry {
  const fail = (problems: string[]): LessonEntry => ({ ok: false, id: folder, number, problems });
  const missing = LOCALES.filter((locale) => !texts.includes(locale)).map((locale) => `${locale}.md is missing`);
  const parsed = v.safeParse(lessonSchema, raw);
  if (!parsed.success) {
    return fail([...missing, ...parsed.issues.map((i) => `${v.getDotPath(i) ?? 'lesson.json'}: ${i.message}`)]);
  }
  const data = parsed.output;
  const problems = [...missing];
  if (data.id !== folder) problems.push(`id "${data.id}" differs from its folder "${folder}"`);
  const preset = PRESETS.find((p) => p.id === data.preset)!;
  const start = applyPatch(applyPreset(DEFAULT_SETTINGS, preset), data.settings ?? {});
  problems.push(...settingsProblems('settings', start));
  problems.push(...settingsProblems('task.solution', applyPatch(start, data.task.solution)));
  problems.push(...settingConditions(data.task.check).flatMap(settingProblems));
  if (problems.length > 0) return fail(problems);
  const { id, title, summary, task } = data;
  return { ok: true, id, lesson: { id, number, preset: preset.id, start, title, summary, task } };
}

/**
 * The path, in folder order (`01-…`, `02-…`), from each folder's parsed lesson.json (keyed by its path,
 * `…/<folder>/lesson.json`) and the paths of the lesson texts that exist (`…/<folder>/en.md`).
 */
export function collectLessons(json: Record<string, unknown>, textPaths: readonly string[]): LessonEntry[] {
  const folderOf = (path: string) => path.split('/').at(-2) ?? path;
  const folders = Object.keys(json).map(folderOf).sort();
  return folders.map((folder, k) => {
    const raw = Object.entries(json).find(([path]) => folderOf(path) === folder)![1];
    const texts = LOCALES.filter((locale) => textPaths.some((p) => folderOf(p) === folder && p.endsWith(`/${locale}.md`)));
    return parseLesson(folder, k + 1, raw, texts);
  });
}
