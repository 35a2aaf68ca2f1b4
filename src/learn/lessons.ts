// The lessons on disk: content/lessons/<nn-id>/{lesson.json,en.md,ja.md}. Adding or editing a lesson is a
// change of content only; the folders' numbers set the order of the path.
import type { Locale } from '../i18n/messages';
import { collectLessons, type LessonEntry } from './lessonSchema';

const json = import.meta.glob('../../content/lessons/*/lesson.json', { eager: true, import: 'default' });
// The texts are the bulk of the lessons: each is fetched only when its lesson is opened in its language.
const texts = import.meta.glob<string>('../../content/lessons/*/*.md', { query: '?raw', import: 'default' });

export const LESSONS: readonly LessonEntry[] = collectLessons(json, Object.keys(texts));

export const lessonEntry = (id: string): LessonEntry | undefined => LESSONS.find((entry) => entry.id === id);

/** The lesson's text in markdown; it rejects when the file cannot be fetched. */
export function loadLessonText(id: string, locale: Locale): Promise<string> {
  const load = texts[`../../content/lessons/${id}/${locale}.md`];
  return load ? load() : Promise.reject(new Error(`No ${locale} text for lesson ${id}`));
}
