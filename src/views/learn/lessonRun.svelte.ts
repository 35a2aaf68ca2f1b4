// A lesson opened in the simulator: the settings it started from and the figures they gave, which the
// task's relative conditions ("keep three quarters of the ready leads") are measured against.
import type { Settings } from '../../engine/settings';
import type { SimulationResult } from '../../engine/types';
import type { Lesson } from '../../learn/lessonSchema';
import { sameData } from '../../learn/patch';
import type { Session } from '../../state/session.svelte';
import { setAsideOf } from './setAside.svelte';

export class LessonRun {
  readonly lessonId: string;
  readonly start: Settings;
  /** The figures for `start`, once the simulator has shown them. */
  baseline = $state.raw<SimulationResult | null>(null);

  constructor(lessonId: string, start: Settings) {
    this.lessonId = lessonId;
    this.start = start;
  }

  /** Takes the figures on screen as the baseline if they were computed from the lesson's start. */
  notice(result: SimulationResult | null, shownSettings: Settings | null): void {
    if (this.baseline === null && result && shownSettings && sameData(shownSettings, this.start)) {
      this.baseline = result;
    }
  }
}

// One open lesson per session, kept outside the panel: a trip to the glossary, a language switch or
// anything else that re-creates the panel must find the lesson as the learner left it.
const open = new WeakMap<Session, LessonRun>();

/**
 * Opens `lesson` in the simulator. Its starting settings are applied (an undoable change) only when the
 * lesson is newly opened or `restart` asks for it; coming back to the open lesson keeps the learner's work.
 */
export function openLesson(session: Session, lesson: Lesson, restart = false): LessonRun {
  const current = open.get(session);
  if (current && current.lessonId === lesson.id && !restart) return current;
  const run = new LessonRun(lesson.id, lesson.start);
  open.set(session, run);
  if (!sameData(session.settings, lesson.start)) {
    setAsideOf(session).keep(session.settings, lesson);
    session.commit(structuredClone(lesson.start), 'learn.undo.lesson');
  }
  return run;
}
