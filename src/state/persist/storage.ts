// The work kept between visits. Storage may be full, disabled or edited by hand: every access is guarded
// and whatever comes back goes through the same recovery as an address.
import type { Settings } from '../../engine/settings';
import { DEFAULT_SETTINGS } from '../defaults';
import type { Recovery } from './problems';
import { recoverSettings } from './recover';

export const STORAGE_KEY = 'lfl.settings.v1';
/** Settings we write are about 2 KB; anything far larger was not written by us. */
export const MAX_STORED_LENGTH = 100_000;

/** The saved settings, or null when nothing is saved (or storage cannot be read). */
export function loadStored(storage: Storage | undefined): Recovery<Settings> | null {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  if (text.length > MAX_STORED_LENGTH) {
    return { value: DEFAULT_SETTINGS, problems: [{ kind: 'tooLarge', field: '' }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: DEFAULT_SETTINGS, problems: [{ kind: 'unreadable', field: '' }] };
  }
  return recoverSettings(parsed);
}

/** False when the browser refused (private mode, quota). */
export function saveStored(storage: Storage | undefined, settings: Settings): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}
