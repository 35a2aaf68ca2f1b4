// The learner's progress as page-wide state: the index and the lesson panel read the same object, and a
// change made in another tab shows here too.
import {
  NO_PROGRESS,
  PROGRESS_KEY,
  markDone,
  markVisited,
  readProgress,
  writeProgress,
  type Progress,
} from '../../learn/progress';

/** Some browsers throw on merely touching localStorage when storage is blocked. */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

class LearnProgress {
  current = $state.raw<Progress>(NO_PROGRESS);

  constructor() {
    this.reload();
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (e) => {
        if (e.key === PROGRESS_KEY || e.key === null) this.reload();
      });
    }
  }

  reload(): void {
    this.current = readProgress(store());
  }

  isDone(id: string): boolean {
    return this.current.done.includes(id);
  }

  done(id: string): void {
    this.save(markDone(this.current, id));
  }

  visited(id: string): void {
    this.save(markVisited(this.current, id));
  }

  reset(): void {
    this.save(NO_PROGRESS);
  }

  private save(next: Progress): void {
    if (next === this.current) return;
    this.current = next;
    writeProgress(store(), next);
  }
}

export const progress = new LearnProgress();
