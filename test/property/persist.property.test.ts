// Whatever reaches the settings parser (a pasted address, a hand-edited saved copy, someone else's
// JSON), it never throws, always yields settings the engine accepts, and names every field it dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAddress, encodeAddress } from '../../src/state/persist/address';
import type { PersistProblem } from '../../src/state/persist/problems';
import { recoverSettings } from '../../src/state/persist/recover';
import { validateSettings } from '../../src/state/schema';
import { runs, settingsArb } from './arbitraries';

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function leaves(node: unknown, path = ''): [string, unknown][] {
  if (!isTree(node)) return [[path, node]];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

function at(node: unknown, path: string): unknown {
  for (const key of path.split('.')) {
    if (!isTree(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Each setting that did not come through as given is covered by a problem on it or on a parent. */
function expectEveryDropNamed(given: unknown, value: unknown, problems: PersistProblem[]): void {
  for (const [path, kept] of leaves(value)) {
    if (path === 'version' || JSON.stringify(at(given, path)) === JSON.stringify(kept)) continue;
    // An unknown version drops everything, so it names the whole input.
    const named = problems.some((p) => p.field === '' || p.kind === 'version' || p.field === path || path.startsWith(`${p.field}.`));
    expect(named, `${path} changed without a message`).toBe(true);
  }
}

function expectSafe(outcome: { value: unknown; problems: PersistProblem[] } | null): void {
  if (outcome === null) return;
  expect(validateSettings(outcome.value).ok).toBe(true);
}

/** A valid address with some parameters broken: values replaced, keys renamed, pieces cut out. */
const mutatedAddress = fc
  .tuple(
    settingsArb({ population: { min: 100, max: 100000 }, days: { min: 30, max: 365 } }),
    fc.array(
      fc.record({
        at: fc.nat(),
        edit: fc.oneof(
          fc.constant('drop'),
          fc.constantFrom('NaN', '', 'null', '-1e309', '1e999', 'abc', ',,', '%zz', '>', '0x10'),
          fc.string({ maxLength: 12 }),
        ),
      }),
      { maxLength: 5 },
    ),
  )
  .map(([settings, edits]) => {
    const params = encodeAddress(settings).slice(1).split('&');
    for (const { at: index, edit } of edits) {
      const k = index % params.length;
      const [key] = params[k]!.split('=');
      params[k] = edit === 'drop' ? '' : `${key}=${edit}`;
    }
    return `?${params.filter(Boolean).join('&')}`;
  });

describe('the settings parser', () => {
  it('never throws on random strings read as an address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `?v=1&${s}`)), (search) => {
        expectSafe(decodeAddress(search));
      }),
      { numRuns: runs(500) },
    );
  });

  it('keeps the intact fields of a mutated address and names the broken ones', () => {
    fc.assert(
      fc.property(mutatedAddress, (search) => {
        const outcome = decodeAddress(search);
        expectSafe(outcome);
        if (!outcome || !search.includes('v=1')) return;
        const params = new URLSearchParams(search);
        for (const [key] of params) {
          if (key === 'v') continue;
          const reported = outcome.problems.some((p) => p.field === key || p.field === '' || p.kind === 'version');
          // A parameter that was not reported made it into the settings: writing them again keeps it.
          if (!reported) expect(at(outcome.value, key)).toEqual(at(decodeAddress(`?v=1&${key}=${encodeURIComponent(params.get(key)!)}`)!.value, key));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('turns any JSON value into valid settings with a message for each dropped field', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const outcome = recoverSettings(input);
        expectSafe(outcome);
        expectEveryDropNamed(input, outcome.value, outcome.problems);
      }),
      { numRuns: runs(500) },
    );
  });

  it('keeps the valid fields of valid settings with random fields corrupted', () => {
    fc.assert(
      fc.property(settingsArb(), fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 4 }), (settings, hits) => {
        const paths = leaves(settings).map(([path]) => path);
        const corrupted: Tree = structuredClone(settings) as unknown as Tree;
        for (const [index, value] of hits) {
          const keys = paths[index % paths.length]!.split('.');
          let node = corrupted;
          for (const key of keys.slice(0, -1)) node = node[key] as Tree;
          node[keys.at(-1)!] = value;
        }
        const outcome = recoverSettings(corrupted);
        expectSafe(outcome);
        expectEveryDropNamed(corrupted, outcome.value, outcome.problems);
      }),
      { numRuns: runs(300) },
    );
  });
});
