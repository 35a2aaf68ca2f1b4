// The learner's own settings, set aside when a lesson replaced them. Every page but the lesson says so and
// offers them back, so a lesson never silently changes the definition a team is about to sign; they are
// kept in storage too, since the lesson's settings themselves are autosaved and survive a reload.
import * as v from 'valibot';
import type { Settings } from '../../engine/settings';
import type { Lesson } from '../../learn/lessonSchema';
import { sameData } from '../../learn/patch';
import { recoverSettings } from '../../state/persist/recover';
import type { Session } from '../../state/session.svelte';

export const SET_ASIDE_KEY = 'lfl.setAside.v1';

type LessonNote = Pick<Lesson, 'id' | 'number' | 'title'>;

const noteSchema = v.object({
  id: v.string(),
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: v.object({ en: v.string(), ja: v.string() }),
});

/** What storage holds, if it is whole: anything else is dropped, as it cannot be offered back faithfully. */
function load(storage: Storage | undefined): { own: Settings; lesson: LessonNote } | null {
  try {
    const text = storage?.getItem(SET_ASIDE_KEY);
    if (!text) return null;
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return null;
    const { own, lesson } = data as Record<string, unknown>;
    const recovered = recoverSettings(own);
    const note = v.safeParse(noteSchema, lesson);
    return recovered.problems.length === 0 && note.success ? { own: recovered.value, lesson: note.output } : null;
  } catch {
    return null;
  }
}

export class SetAside {
  own = $state.raw<Settings | null>(null);
  /** The lesson whose starting settings replaced them. */
  lesson = $state.raw<LessonNote | null>(null);
  private readonly storage: Storage | undefined;

  constructor(storage: Storage | undefined) {
    this.storage = storage;
    const stored = load(storage);
    if (stored) ({ own: this.own, lesson: this.lesson } = stored);
    else this.save();
  }

  /** Keeps the settings from before the first lesson: going on to the next lesson does not replace them. */
  keep(own: Settings, lesson: Lesson): void {
    if (this.own === null) this.own = structuredClone(own);
    this.lesson = { id: lesson.id, number: lesson.number, title: lesson.title };
    this.save();
  }

  /** Puts the learner's settings back (an undoable change) and forgets them. */
  restore(session: Session): void {
    if (this.own && !sameData(session.settings, this.own)) session.commit(this.own, 'learn.undo.restore');
    this.forget();
  }

  forget(): void {
    this.own = null;
    this.lesson = null;
    this.save();
  }

  private save(): void {
    try {
      if (this.own && this.lesson) this.storage?.setItem(SET_ASIDE_KEY, JSON.stringify({ own: this.own, lesson: this.lesson }));
      else this.storage?.removeItem(SET_ASIDE_KEY);
    } catch {
      // Storage refused (private mode, quota): the settings are still offered back until the page closes.
    }
  }
}

const setAside = new WeakMap<Session, SetAside>();

const browserStorage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** The settings a lesson set aside for this session's page, if any. */
export function setAsideOf(session: Session, storage: Storage | undefined = browserStorage()): SetAside {
  let kept = setAside.get(session);
  if (!kept) setAside.set(session, (kept = new SetAside(storage)));
  return kept;
}
