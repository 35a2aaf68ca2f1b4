// Which lessons a learner has done, kept in the browser. Whatever is stored is read defensively: data
// from an old version, another tab's half-written value or a hand edit starts the path afresh.
import * as v from 'valibot';
import { LESSON_ID } from './lessonSchema';

export const PROGRESS_KEY = 'lfl.learn.v1';

export interface Progress {
  /** Ids of the lessons whose task was met, in the order they were done. */
  done: string[];
  /** The lesson opened last, to continue from. */
  last: string | null;
}

export const NO_PROGRESS: Progress = { done: [], last: null };

const lessonId = v.pipe(v.string(), v.regex(LESSON_ID));
const stored = v.object({
  version: v.literal(1),
  done: v.array(v.unknown()),
  last: v.nullable(v.unknown()),
});

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** What `store` holds, or no progress when it holds nothing readable (or cannot be read at all). */
export function readProgress(store: Store | null): Progress {
  try {
    const parsed = v.safeParse(stored, JSON.parse(store?.getItem(PROGRESS_KEY) ?? 'null'));
    if (!parsed.success) return NO_PROGRESS;
    const done = [...new Set(parsed.output.done.filter((id): id is string => v.is(lessonId, id)))];
    const last = v.is(lessonId, parsed.output.last) ? parsed.output.last : null;
    return { done, last };
  } catch {
    return NO_PROGRESS;
  }
}

/** Keeps the progress; a full or forbidden store only means it is not kept. */
export function writeProgress(store: Store | null, progress: Progress): void {
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, ...progress }));
  } catch {
    // Private browsing or a full quota: the path still works, for this visit only.
  }
}

export const markDone = (progress: Progress, id: string): Progress =>
  progress.done.includes(id) ? progress : { ...progress, done: [...progress.done, id] };

export const markVisited = (progress: Progress, id: string): Progress =>
  progress.last === id ? progress : { ...progress, last: id };

/**
 * Where "continue" leads: the lesson opened last if its task is not done yet, else the first lesson
 * after it that is not done, else the first not done anywhere; null once every lesson is done.
 */
export function continueFrom(order: readonly string[], progress: Progress): string | null {
  const open = (id: string) => !progress.done.includes(id);
  const from = progress.last ? Math.max(order.indexOf(progress.last), 0) : 0;
  return order.slice(from).find(open) ?? order.find(open) ?? null;
}
