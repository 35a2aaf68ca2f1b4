import { readFileSync, readdirSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { LOCALES, type Locale } from '../../src/i18n';
import { collectLessons, parseLesson, type Lesson } from '../../src/learn/lessonSchema';
import { LESSONS, lessonEntry, loadLessonText } from '../../src/learn/lessons';
import { applyPatch, sameData } from '../../src/learn/patch';
import { evaluate } from '../../src/learn/task';
import { PRESETS, presetOf } from '../../src/state/defaults';
import { validateSettings } from '../../src/state/schema';

const FOLDERS = readdirSync(new URL('../../content/lessons/', import.meta.url)).sort();
/** The glossary's term ids: lessons link to terms as #/glossary/<id>, and every link must find its term. */
const TERMS = (
  JSON.parse(readFileSync(new URL('../../content/glossary.json', import.meta.url), 'utf8')) as { terms: { id: string }[] }
).terms.map((term) => term.id);

const lessons: Lesson[] = LESSONS.flatMap((entry) => (entry.ok ? [entry.lesson] : []));
const lesson = (id: string) => lessons.find((l) => l.id === id)!;

describe('the lesson folders', () => {
  it('all load, in folder order, as the ten lessons of the path', () => {
    expect(LESSONS.filter((entry) => !entry.ok)).toEqual([]);
    expect(LESSONS.map((entry) => entry.id)).toEqual(FOLDERS);
    expect(lessons.map((l) => l.number)).toEqual(FOLDERS.map((_, k) => k + 1));
    expect(lessons).toHaveLength(10);
    expect(lessonEntry('08-scoring')).toMatchObject({ ok: true, lesson: { preset: 'article' } });
    expect(lessonEntry('99-nothing')).toBeUndefined();
  });

  it.each(FOLDERS)('%s has a title, a summary and a task in English and Japanese', (id) => {
    const { title, summary, task } = lesson(id);
    for (const locale of LOCALES) {
      for (const text of [title, summary, task.text]) expect(text[locale].trim().length).toBeGreaterThan(5);
    }
  });

  it.each(FOLDERS)('%s has lesson text in every language, linking only to real glossary terms', async (id) => {
    for (const locale of LOCALES) {
      const text = await loadLessonText(id, locale);
      expect(text.length, `${id}/${locale}.md`).toBeGreaterThan(300);
      // The page's outline: the lesson title is the h2, so the text starts at h3.
      expect(text).not.toMatch(/^#{1,2} /m);
      const links = [...text.matchAll(/\]\(#\/glossary\/([^)]+)\)/g)].map((m) => m[1]);
      expect(links.length, `${id}/${locale}.md links to the glossary`).toBeGreaterThan(0);
      for (const term of links) expect(TERMS, `${id}/${locale}.md`).toContain(term);
      // Emphasis next to Japanese punctuation is easy to get wrong: no marker may survive as text.
      expect(await marked.parse(text, { async: true }), `${id}/${locale}.md`).not.toMatch(/\*\*|__/);
    }
  });

  it('starts each lesson from a valid preset and settings the simulator accepts', () => {
    for (const l of lessons) {
      expect(PRESETS.map((p) => p.id)).toContain(l.preset);
      expect(validateSettings(l.start).ok).toBe(true);
    }
    expect(presetOf(lesson('08-scoring').start)).toBe('article');
    expect(lesson('09-sales-follow-up').start.sales).toMatchObject({ capacityPerDay: 8, minResponseHours: 24 });
  });

  it("walks lesson 8 through the article's example: 2, 3 and 5 points, MQL over 10", async () => {
    const { start } = lesson('08-scoring');
    expect(start.scoring.weights).toMatchObject({ inquiry: 2, documentDownload: 3, quoteRequest: 5 });
    expect(start.scoring.rule).toMatchObject({ comparator: '>', threshold: 10 });
    const [en, ja] = [await loadLessonText('08-scoring', 'en'), await loadLessonText('08-scoring', 'ja')];
    expect(en).toMatch(/over 10/);
    expect(en).toMatch(/`>`/);
    expect(en).toMatch(/`≥`/);
    expect(ja).toMatch(/10点を超える/);
    expect(ja).toMatch(/10点以上/);
  });
});

// Every lesson's task must be a real task: not met where the lesson starts, met by the change it describes.
describe.each(FOLDERS)('lesson %s', (id) => {
  it('starts with its task not met, and the change its text describes meets it', () => {
    const { start, task } = lesson(id);
    const baseline = simulate(start);
    expect(evaluate(task.check, { result: baseline, settings: start, start, baseline }).met).toBe(false);
    const solved = applyPatch(start, task.solution);
    expect(sameData(solved, start)).toBe(false);
    const check = evaluate(task.check, { result: simulate(solved), settings: solved, start, baseline });
    expect(check.met, JSON.stringify(check)).toBe(true);
  });
});

describe('a broken lesson', () => {
  /** Lesson 1's lesson.json as it is on disk, with `patch` laid over it. */
  const raw = (patch: Record<string, unknown>) => {
    const { id, preset, title, summary, task } = structuredClone(lessons[0]!);
    return applyPatch({ id, preset, title, summary, task } as Record<string, unknown>, patch);
  };
  const parse = (data: unknown, texts: readonly Locale[] = LOCALES) => parseLesson(lessons[0]!.id, 1, data, texts);
  const problems = (data: unknown, texts: readonly Locale[] = LOCALES) => {
    const entry = parse(data, texts);
    return entry.ok ? [] : entry.problems.join('\n');
  };

  it('is read as it is when nothing is wrong', () => {
    expect(parse(raw({}))).toMatchObject({ ok: true, lesson: { id: lessons[0]!.id } });
  });

  it('reports what is wrong instead of throwing', () => {
    expect(parse('not json at all')).toMatchObject({ ok: false });
    expect(problems(raw({ preset: 'nonsense' }))).toMatch(/preset/);
    expect(problems(raw({ title: { en: 'Only English', ja: ' ' } }))).toMatch(/title\.ja/);
    expect(problems(raw({ id: 'another-id' }))).toMatch(/differs from its folder/);
    expect(problems(raw({ settings: { scoring: { rule: { threshold: 'ten' } } } }))).toMatch(/threshold/);
    expect(problems(raw({ settings: { scoring: { colour: 'red' } } }))).toMatch(/colour/);
    expect(problems(raw({ task: { solution: { population: 1 } } }))).toMatch(/task\.solution: population/);
    expect(problems(raw({}), ['en'])).toMatch(/ja\.md is missing/);
  });

  it('names a task that compares the wrong things', () => {
    const label = { en: 'x', ja: 'x' };
    const withCheck = (check: unknown) => {
      const data = raw({}) as { task: { check: unknown } };
      data.task.check = check;
      return data;
    };
    expect(problems(withCheck({ metric: 'happiness', op: '>', value: 1 }))).toMatch(/task\.check: Not a condition/);
    expect(problems(withCheck({ metric: 'mqls', op: '>', value: 1, ofBaseline: 1 }))).toMatch(/Not a condition/);
    expect(problems(withCheck({ setting: 'scoring.rule.colour', op: '=', value: 1, label }))).toMatch(/not a setting/);
    expect(problems(withCheck({ setting: 'scoring.rule.threshold', op: '>', value: '10', label }))).toMatch(/numbers/);
    expect(problems(withCheck({ setting: 'scoring.rule.threshold', op: 'includes', value: 'x', label }))).toMatch(/list/);
    expect(problems(withCheck({ setting: 'scoring.rule.comparator', op: '=', value: 1, label }))).toMatch(/string/);
    expect(problems(withCheck({ setting: 'days', op: 'changed', value: 1, label }))).toMatch(/no value/);
    expect(problems(withCheck({ setting: 'days', op: '<=', label }))).toMatch(/needs a value/);
    expect(problems(withCheck({ setting: 'days', op: '<=', value: 90 }))).toMatch(/label/);
    expect(problems(withCheck({ all: [] }))).toMatch(/task\.check\.all: List at least one condition/);
  });

  it('leaves the other lessons of the path working', () => {
    const json = {
      'x/01-a/lesson.json': { ...raw({}), id: '01-a' },
      'x/02-b/lesson.json': { broken: true },
      'x/03-c/lesson.json': { ...raw({}), id: '03-c' },
    };
    const texts = ['01-a', '02-b', '03-c'].flatMap((f) => [`x/${f}/en.md`, `x/${f}/ja.md`]);
    const path = collectLessons(json, texts);
    expect(path.map((e) => [e.id, e.ok])).toEqual([
      ['01-a', true],
      ['02-b', false],
      ['03-c', true],
    ]);
    expect(path[2]).toMatchObject({ ok: true, lesson: { number: 3 } });
  });
});

describe('settings patches', () => {
  it('change only the fields they name, merging objects and replacing lists', () => {
    const base = { a: 1, nested: { b: 2, c: 3 }, list: [1, 2] };
    const patched = applyPatch(base, { nested: { c: 4 }, list: [5] });
    expect(patched).toEqual({ a: 1, nested: { b: 2, c: 4 }, list: [5] });
    expect(base.nested.c).toBe(3);
  });

  it('compare data whatever the key order', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
  });
});
