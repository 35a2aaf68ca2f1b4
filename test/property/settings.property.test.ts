// Properties of settings validation: valid settings pass unchanged; any single corruption of a valid
// settings object (a broken number, a value out of its range, a bad enum or list entry, an unknown or a
// missing key, at any depth) is rejected with a problem that names exactly the corrupted field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, REJECT_REASONS } from '../../src/engine/catalog';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import { validateSettings } from '../../src/state/schema';
import { runs, settingsArb } from './arbitraries';

/** The domain's ranges, written out independently of the schema: [min, max, integer?]. */
type Range = readonly [min: number, max: number, integer: boolean];
const POINTS: Range = [-1000, 1000, false];
const LIMIT: Range = [-10000, 10000, false];
const RANGES: [RegExp, Range][] = [
  [/^seed$/, [0, 0xffffffff, true]],
  [/^population$/, [100, 100000, true]],
  [/^days$/, [30, 365, true]],
  [/^scoring\.weights\.\w+$/, POINTS],
  [/^scoring\.maxCount\.\w+$/, [0, 1000, true]],
  [/^scoring\.maxEngagement$/, [0, 100000, false]],
  [/^scoring\.fit\.(role\.\w+|size\.\w+|targetIndustry|otherIndustry|freeMail|competitor)$/, POINTS],
  [/^scoring\.decay\.points$/, [0, 1000, false]],
  [/^scoring\.decay\.periodDays$/, [1, 365, true]],
  [/^scoring\.decay\.halfLifeDays$/, [1, 365, false]],
  [/^scoring\.rule\.(threshold|fitMin|engagementMin)$/, LIMIT],
  [/^sales\.capacityPerDay$/, [0, 10000, true]],
  [/^sales\.slaHours$/, [1, 1440, false]],
  [/^sales\.minResponseHours$/, [0, 720, false]],
  [/^sales\.speedHalfLifeHours$/, [0.1, 1440, false]],
  [/^sales\.abandonAfterDays$/, [1, 365, true]],
  [/^sales\.hoursPerContact$/, [0, 40, false]],
  [/^sales\.hoursPerSal$/, [0, 200, false]],
  [/^sales\.recycle\.keep$/, [0, 1, false]],
];
const rangeOf = (path: string): Range | undefined => RANGES.find(([re]) => re.test(path))?.[1];

/** Lists whose entries come from a fixed vocabulary, with the longest list allowed. */
const LISTS: Record<string, readonly string[]> = {
  'scoring.rule.fastTrack': ACTIVITY_KINDS,
  'sales.disqualifyReasons': REJECT_REASONS,
};
const ENUMS: Record<string, readonly string[]> = {
  'scoring.decay.mode': ['none', 'period', 'halfLife'],
  'scoring.rule.mode': ['total', 'fitAndEngagement'],
  'scoring.rule.comparator': ['>', '>='],
  'sales.recycle.mode': ['reset', 'reduce'],
};
const NULLABLE = new Set(['scoring.maxEngagement']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Node {
  path: (string | number)[];
  value: Json;
}

/** Every node of a settings object, depth first, the root included. */
function nodes(value: Json, path: (string | number)[] = []): Node[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, k) => nodes(v, [...path, k]))];
  if (value !== null && typeof value === 'object') {
    return [here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  }
  return [here];
}
const dot = (path: (string | number)[]) => path.join('.');

function setAt(root: Json, path: (string | number)[], update: (parent: Record<string | number, Json>, key: string | number) => void) {
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  update(parent, path[path.length - 1]!);
}

interface Mutation {
  /** The field validation must blame. */
  field: string;
  what: string;
  apply: (copy: Json) => void;
}

const replaceWith = (path: (string | number)[], value: unknown, what: string): Mutation => ({
  field: dot(path),
  what,
  apply: (copy) => setAt(copy, path, (p, k) => (p[k] = value as Json)),
});

/** Every way this one node can be corrupted; the caller picks one. */
function mutationsOf(node: Node): Mutation[] {
  const { path, value } = node;
  const field = dot(path);
  const out: Mutation[] = [];
  const isRoot = path.length === 0;
  if (!isRoot) {
    out.push({
      field,
      what: 'missing',
      apply: (copy) => setAt(copy, path, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])),
    });
    // A missing list entry is a shorter list, which is valid; only object keys are required.
    if (typeof path[path.length - 1] === 'number') out.pop();
  }
  if (typeof value === 'number') {
    out.push(replaceWith(path, Number.NaN, 'NaN'));
    out.push(replaceWith(path, Number.POSITIVE_INFINITY, 'Infinity'));
    out.push(replaceWith(path, Number.NEGATIVE_INFINITY, '-Infinity'));
    out.push(replaceWith(path, String(value), 'a numeric string'));
    out.push(replaceWith(path, true, 'a boolean'));
    out.push(replaceWith(path, [value], 'a list'));
    if (!NULLABLE.has(field) && field !== 'version') out.push(replaceWith(path, null, 'null'));
    const range = rangeOf(field);
    if (field !== 'version') {
      expect(range, `no range written down for ${field}`).toBeDefined();
      const [min, max, integer] = range!;
      out.push(replaceWith(path, min - (integer ? 1 : 0.001), 'just below the minimum'));
      out.push(replaceWith(path, max + (integer ? 1 : 0.001), 'just above the maximum'));
      out.push(replaceWith(path, max * 10 + 1e6, 'far above the maximum'));
      if (min >= 0) out.push(replaceWith(path, -1, 'negative'));
      if (integer) out.push(replaceWith(path, Math.min(max - 1, Math.max(min, Math.trunc(value))) + 0.5, 'fractional'));
    } else out.push(replaceWith(path, 2, 'another version'));
  }
  if (typeof value === 'string') {
    const list = typeof path[path.length - 1] === 'number' ? LISTS[dot(path.slice(0, -1))] : ENUMS[field];
    expect(list, `no vocabulary written down for ${field}`).toBeDefined();
    out.push(replaceWith(path, 'unknown', 'an unknown word'));
    const miscased = value.toUpperCase() !== value ? value.toUpperCase() : value.toLowerCase();
    out.push(replaceWith(path, miscased !== value ? miscased : `${value} `, 'the wrong case or a stray space'));
    out.push(replaceWith(path, 1, 'a number'));
    out.push(replaceWith(path, null, 'null'));
  }
  if (Array.isArray(value)) {
    const vocabulary = LISTS[field]!;
    expect(vocabulary, `no vocabulary written down for ${field}`).toBeDefined();
    out.push(replaceWith(path, vocabulary.join(','), 'a string'));
    out.push(replaceWith(path, Object.fromEntries(value.map((v, k) => [k, v])), 'an object'));
    out.push(replaceWith(path, [...vocabulary, vocabulary[0]], 'a list longer than its vocabulary'));
    // The entry itself is named, which is more precise than the list.
    out.push({ ...replaceWith(path, [...value, 'nonsense'], 'an unknown entry'), field: dot([...path, value.length]) });
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    out.push({
      field: isRoot ? 'extraKey' : `${field}.extraKey`,
      what: 'an unknown key',
      apply: (copy) => {
        if (isRoot) (copy as Record<string, Json>).extraKey = 1;
        else setAt(copy, path, (p, k) => ((p[k] as Record<string, Json>).extraKey = 1));
      },
    });
    if (!isRoot) {
      out.push(replaceWith(path, null, 'null'));
      out.push(replaceWith(path, 'object', 'a string'));
      out.push(replaceWith(path, 7, 'a number'));
      // A list in place of an object: see 'names a list where an object belongs' below.
    }
  }
  return out;
}

/** Generous ceiling, so PROPERTY_RUNS_SCALE can deepen a hunt; not an assertion. */
const SLOW = 300_000;

const validSettings = settingsArb({ population: { min: 100, max: 100000 }, days: { min: 30, max: 365 } });

describe('validateSettings', () => {
  it('accepts the defaults and every preset applied to them', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    for (const preset of PRESETS) {
      const s = applyPreset(DEFAULT_SETTINGS, preset);
      expect(validateSettings(s)).toEqual({ ok: true, value: s });
    }
  });

  it('accepts valid settings unchanged and leaves its input alone', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        const before = structuredClone(s);
        const v = validateSettings(s);
        expect(v.ok ? v.value : v.problems).toEqual(before);
        expect(s).toEqual(before);
        // A JSON round trip (a share link, a saved file) is accepted too.
        const viaJson = validateSettings(JSON.parse(JSON.stringify(s)));
        expect(viaJson.ok ? viaJson.value : viaJson.problems).toEqual(JSON.parse(JSON.stringify(before)));
      }),
      { numRuns: runs(200) },
    );
  }, SLOW);

  it('accepts every number exactly at its minimum and at its maximum', () => {
    fc.assert(
      fc.property(validSettings, fc.nat(), fc.boolean(), (s, pick, atMax) => {
        const numeric = nodes(s as unknown as Json).filter((n) => typeof n.value === 'number' && dot(n.path) !== 'version');
        const node = numeric[pick % numeric.length]!;
        const [min, max] = rangeOf(dot(node.path))!;
        const copy = structuredClone(s) as unknown as Json;
        setAt(copy, node.path, (p, k) => (p[k] = atMax ? max : min));
        const v = validateSettings(copy);
        expect(v.ok ? true : v.problems).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  }, SLOW);

  it('rejects any single corruption, naming the corrupted field and only it', () => {
    const tried = new Set<string>();
    fc.assert(
      fc.property(validSettings, fc.nat(), fc.nat(), (s, pickNode, pickMutation) => {
        const all = nodes(s as unknown as Json).filter((n) => mutationsOf(n).length > 0);
        const node = all[pickNode % all.length]!;
        const options = mutationsOf(node);
        const m = options[pickMutation % options.length]!;
        const copy = structuredClone(s) as unknown as Json;
        m.apply(copy);
        const v = validateSettings(copy);
        expect(v.ok, `${m.field} as ${m.what} was accepted`).toBe(false);
        if (!v.ok) {
          expect(v.problems.length).toBeGreaterThan(0);
          for (const p of v.problems) {
            expect(p.field, `${m.field} as ${m.what}: ${p.message}`).toBe(m.field);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
        tried.add(m.what);
      }),
      { numRuns: runs(1500) },
    );
    // The random picks did exercise every kind of corruption.
    expect(tried.size).toBeGreaterThanOrEqual(18);
  }, SLOW);

  it('rejects every corruption of every field of the defaults', () => {
    // The exhaustive counterpart: each node of the default settings, each corruption that applies to it.
    const failures: string[] = [];
    let count = 0;
    for (const node of nodes(DEFAULT_SETTINGS as unknown as Json)) {
      for (const m of mutationsOf(node)) {
        const copy = structuredClone(DEFAULT_SETTINGS) as unknown as Json;
        m.apply(copy);
        const v = validateSettings(copy);
        count++;
        if (v.ok) failures.push(`${m.field} as ${m.what}: accepted`);
        else if (!v.problems.every((p) => p.field === m.field)) {
          failures.push(`${m.field} as ${m.what}: blamed ${v.problems.map((p) => p.field).join(', ')}`);
        }
      }
    }
    expect(count).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it('rejects what is not a settings object at all, blaming the whole object', () => {
    for (const input of [null, undefined, 42, 'settings', true]) {
      const v = validateSettings(input);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems.map((p) => p.field)).toEqual(['']);
    }
  });

  it('names a list where an object belongs as the wrong type, not as missing fields inside it', () => {
    // Like null or a string in that place, a list is the wrong type for the field itself. The schema's
    // strictObject accepts arrays as objects, so it reports every key of the object as missing instead.
    const blamed = (input: unknown) => {
      const v = validateSettings(input);
      return v.ok ? 'accepted' : [...new Set(v.problems.map((p) => p.field))];
    };
    expect(blamed([])).toEqual(['']);
    expect(blamed([DEFAULT_SETTINGS])).toEqual(['']);
    expect(blamed({ ...DEFAULT_SETTINGS, scoring: [] })).toEqual(['scoring']);
    expect(blamed({ ...DEFAULT_SETTINGS, sales: { ...DEFAULT_SETTINGS.sales, recycle: [] } })).toEqual(['sales.recycle']);
  });
});
