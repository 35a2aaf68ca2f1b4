// Where the settings come from when the page opens and where they go after each change: the address
// (for sharing) and localStorage (for coming back). A shared link wins, but saved work that differs is
// kept, untouched, until the user says what to do with it.
import type { Settings } from '../../engine/settings';
import { DEFAULT_SETTINGS } from '../defaults';
import { decodeAddress, encodeAddress } from './address';
import type { PersistProblem } from './problems';
import { loadStored, saveStored } from './storage';

export type Source = 'address' | 'storage';

export interface Notice {
  source: Source;
  problems: PersistProblem[];
}

/** What the keeper touches, passed in so tests can give it a fake window. */
export interface Surroundings {
  location: Pick<Location, 'search' | 'hash' | 'pathname'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Storage | undefined;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class Keeper {
  /** Settings to start the session with. */
  readonly initial: Settings;
  notices = $state.raw<Notice[]>([]);
  /** Saved work that differs from the linked settings; autosave waits until the user chooses. */
  pending = $state.raw<Settings | null>(null);
  private readonly around: Surroundings;

  constructor(around: Surroundings = { location: window.location, history: window.history, storage: browserStorage() }) {
    this.around = around;
    const linked = decodeAddress(around.location.search);
    const stored = loadStored(around.storage);
    const notices: Notice[] = [];
    if (linked && linked.problems.length > 0) notices.push({ source: 'address', problems: linked.problems });
    if (stored && stored.problems.length > 0) notices.push({ source: 'storage', problems: stored.problems });
    this.notices = notices;
    this.initial = linked?.value ?? stored?.value ?? DEFAULT_SETTINGS;
    if (linked && stored && encodeAddress(linked.value) !== encodeAddress(stored.value)) this.pending = stored.value;
  }

  /** After every committed change: the address always follows; storage only when nothing waits. */
  save(settings: Settings): void {
    const { location, history } = this.around;
    try {
      history.replaceState(history.state, '', `${location.pathname}${encodeAddress(settings)}${location.hash}`);
    } catch {
      // Some embedded browsers refuse replaceState; sharing then needs the copy button's own link.
    }
    if (!this.pending) saveStored(this.around.storage, settings);
  }

  /** The linked settings replace the saved work from now on. */
  keepLinked(current: Settings): void {
    this.pending = null;
    saveStored(this.around.storage, current);
  }

  /** Hands back the saved work and stops waiting; the caller commits it so it can be undone. */
  takePending(): Settings | null {
    const saved = this.pending;
    this.pending = null;
    return saved;
  }

  dismiss(): void {
    this.notices = [];
  }

  /** The shareable address of these settings, on this page. */
  linkTo(settings: Settings, origin: string): string {
    const { location } = this.around;
    return `${origin}${location.pathname}${encodeAddress(settings)}${location.hash}`;
  }
}
