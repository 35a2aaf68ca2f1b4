// The one gate for settings from outside the page (the address, localStorage, an imported file): it
// keeps every field that is valid, puts the default in place of every one that is not, drops what is
// not ours, and says what it did. It never throws, so nothing pasted or stored can break the page.
import type { Settings } from '../../engine/settings';
import { DEFAULT_SETTINGS } from '../defaults';
import { validateSettings } from '../schema';
import { migrate } from './migrations';
import { isRecord, type PersistProblem, type Recovery } from './problems';

export interface RecoverOptions {
  /** An address lists only what differs from the defaults, so absent fields are not problems there. */
  partial?: boolean;
}

/** The default at a dotted path, or undefined if the path is not a setting. */
export function defaultAt(path: string): unknown {
  let node: unknown = DEFAULT_SETTINGS;
  for (const key of path.split('.')) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** The longest prefix of `path` that names a single setting (lists count as one value). */
function leafOf(path: string): string | null {
  const keys = path.split('.');
  let node: unknown = DEFAULT_SETTINGS;
  const taken: string[] = [];
  for (const key of keys) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) break;
    taken.push(key);
    node = node[key];
    if (!isRecord(node)) break;
  }
  return taken.length > 0 && !isRecord(node) ? taken.join('.') : null;
}

/** Copies the input into the defaults' shape: objects where objects belong, nothing unknown. */
function reshape(
  fallback: unknown,
  input: unknown,
  path: string,
  partial: boolean,
  problems: PersistProblem[],
): unknown {
  if (input === undefined) {
    if (!partial) problems.push({ kind: 'missing', field: path });
    return structuredClone(fallback);
  }
  if (!isRecord(fallback)) return input;
  if (!isRecord(input)) {
    problems.push({ kind: 'invalid', field: path });
    return structuredClone(fallback);
  }
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(fallback, key)) problems.push({ kind: 'unknown', field: path ? `${path}.${key}` : key });
  }
  return Object.fromEntries(
    Object.keys(fallback).map((key) => [
      key,
      reshape(fallback[key], Object.hasOwn(input, key) ? input[key] : undefined, path ? `${path}.${key}` : key, partial, problems),
    ]),
  );
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

function attempt(input: unknown, partial: boolean): Recovery<Settings> {
  const problems: PersistProblem[] = [];
  if (!isRecord(input)) return { value: DEFAULT_SETTINGS, problems: [{ kind: 'unreadable', field: '' }] };
  const migrated = migrate(input);
  if (!migrated.ok) return { value: DEFAULT_SETTINGS, problems: [migrated.problem] };
  const candidate = reshape(DEFAULT_SETTINGS, migrated.value, '', partial, problems) as Record<string, unknown>;
  // Each pass replaces the fields the schema refuses; one pass is enough unless a list is broken twice.
  for (let pass = 0; pass < 3; pass++) {
    const checked = validateSettings(candidate);
    if (checked.ok) return { value: checked.value, problems };
    for (const problem of checked.problems) {
      const leaf = leafOf(problem.field);
      if (leaf === null) return { value: DEFAULT_SETTINGS, problems: [...problems, { kind: 'invalid', field: '' }] };
      setAt(candidate, leaf, structuredClone(defaultAt(leaf)));
      if (!problems.some((p) => p.field === leaf)) problems.push({ kind: 'invalid', field: leaf });
    }
  }
  return { value: DEFAULT_SETTINGS, problems: [...problems, { kind: 'invalid', field: '' }] };
}

/** Valid settings from anything, with one problem per field that was dropped or replaced. */
export function recoverSettings(input: unknown, options: RecoverOptions = {}): Recovery<Settings> {
  try {
    return attempt(input, options.partial ?? false);
  } catch {
    // A getter that throws or a structure too deep to walk: nothing of it can be trusted.
    return { value: DEFAULT_SETTINGS, problems: [{ kind: 'unreadable', field: '' }] };
  }
}
