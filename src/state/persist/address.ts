// Settings in the page address, readable by a person: `?v=1&scoring.rule.threshold=120&seed=7`.
// Only what differs from the defaults is written, one dotted key per setting, so a shared link shows
// at a glance what was changed. The hash stays free for the page's routes.
import type { Settings } from '../../engine/settings';
import { DEFAULT_SETTINGS } from '../defaults';
import { CURRENT_VERSION } from './migrations';
import { isRecord, type PersistProblem, type Recovery } from './problems';
import { defaultAt, recoverSettings } from './recover';

/** Far beyond anything we write (all settings changed is about 1,500 characters). */
export const MAX_ADDRESS_LENGTH = 8000;
export const MAX_VALUE_LENGTH = 2000;
const VERSION_KEY = 'v';
/** Dotted names of plain words; anything else (`__proto__`, brackets) is not a setting. */
const KEY = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

type Leaf = number | string | null | string[];

const sameLeaf = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : Object.is(a, b);

function leaves(node: unknown, path: string, out: [string, Leaf][]): [string, Leaf][] {
  if (isRecord(node)) {
    for (const [key, child] of Object.entries(node)) leaves(child, path ? `${path}.${key}` : key, out);
  } else out.push([path, node as Leaf]);
  return out;
}

function writeLeaf(value: Leaf): string {
  if (Array.isArray(value)) return value.join(',');
  if (value === null) return 'null';
  // String(-0) is "0": keep the sign so the address reproduces the settings exactly.
  return typeof value === 'number' && Object.is(value, -0) ? '-0' : String(value);
}

/** The query string (with `?`) for these settings. */
export function encodeAddress(settings: Settings): string {
  const defaults = new Map(leaves(DEFAULT_SETTINGS, '', []));
  const parts = [`${VERSION_KEY}=${CURRENT_VERSION}`];
  for (const [path, value] of leaves(settings, '', [])) {
    if (path === 'version' || sameLeaf(value, defaults.get(path))) continue;
    parts.push(`${path}=${encodeURIComponent(writeLeaf(value)).replaceAll('%2C', ',')}`);
  }
  return `?${parts.join('&')}`;
}

/** Reads one value the way `writeLeaf` wrote it, guided by the kind of the default at that path. */
function readLeaf(path: string, text: string): unknown {
  const fallback = defaultAt(path);
  if (Array.isArray(fallback)) return text === '' ? [] : text.split(',');
  if (text === 'null') return null;
  if (typeof fallback === 'string') return text;
  const number = Number(text);
  // A word where a number belongs stays a word, so the problem is reported as the wrong kind of value.
  return text.trim() !== '' && (!Number.isNaN(number) || text === 'NaN') ? number : text;
}

function place(tree: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** Settings from a query string, or null when the address carries none (no `v`). */
export function decodeAddress(search: string): Recovery<Settings> | null {
  try {
    if (search.length > MAX_ADDRESS_LENGTH) {
      return { value: DEFAULT_SETTINGS, problems: [{ kind: 'tooLarge', field: '' }] };
    }
    const params = new URLSearchParams(search);
    if (!params.has(VERSION_KEY)) return null;
    const problems: PersistProblem[] = [];
    const tree: Record<string, unknown> = {};
    for (const [key, text] of params) {
      if (key === VERSION_KEY) {
        tree.version = /^\d{1,3}$/.test(text) ? Number(text) : text;
      } else if (!KEY.test(key) || key === 'version') {
        problems.push({ kind: 'unknown', field: key.slice(0, 60) });
      } else if (text.length > MAX_VALUE_LENGTH) {
        problems.push({ kind: 'tooLong', field: key });
      } else {
        place(tree, key, readLeaf(key, text));
      }
    }
    const recovered = recoverSettings(tree, { partial: true });
    return { value: recovered.value, problems: [...problems, ...recovered.problems] };
  } catch {
    return { value: DEFAULT_SETTINGS, problems: [{ kind: 'unreadable', field: '' }] };
  }
}
