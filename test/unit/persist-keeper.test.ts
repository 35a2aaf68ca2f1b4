import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { encodeAddress } from '../../src/state/persist/address';
import { Keeper, type Surroundings } from '../../src/state/persist/keeper.svelte';
import { STORAGE_KEY } from '../../src/state/persist/storage';

function around(search: string, stored?: unknown): Surroundings & { items: Map<string, string>; urls: string[] } {
  const items = new Map<string, string>();
  if (stored !== undefined) items.set(STORAGE_KEY, typeof stored === 'string' ? stored : JSON.stringify(stored));
  const urls: string[] = [];
  return {
    items,
    urls,
    location: { search, hash: '#/learn/08-scoring', pathname: '/lab/' },
    history: { state: null, replaceState: (_state, _title, url) => void urls.push(String(url)) },
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    } as Storage,
  };
}

const seeded = (seed: number) => ({ ...DEFAULT_SETTINGS, seed });

describe('Keeper', () => {
  it('starts from the defaults with nothing linked or saved', () => {
    const keeper = new Keeper(around(''));
    expect(keeper.initial).toEqual(DEFAULT_SETTINGS);
    expect(keeper.notices).toEqual([]);
    expect(keeper.pending).toBeNull();
  });

  it('restores saved work on return', () => {
    expect(new Keeper(around('', seeded(5))).initial).toEqual(seeded(5));
  });

  it('lets a link win but keeps different saved work untouched until the user chooses', () => {
    const env = around(encodeAddress(seeded(9)), seeded(5));
    const keeper = new Keeper(env);
    expect(keeper.initial).toEqual(seeded(9));
    expect(keeper.pending).toEqual(seeded(5));

    keeper.save(seeded(10));
    expect(JSON.parse(env.items.get(STORAGE_KEY)!)).toEqual(seeded(5));
    expect(env.urls.at(-1)).toBe('/lab/?v=1&seed=10#/learn/08-scoring');

    expect(keeper.takePending()).toEqual(seeded(5));
    keeper.save(seeded(5));
    expect(JSON.parse(env.items.get(STORAGE_KEY)!)).toEqual(seeded(5));
  });

  it('saves the linked settings once the user keeps them', () => {
    const env = around(encodeAddress(seeded(9)), seeded(5));
    const keeper = new Keeper(env);
    keeper.keepLinked(seeded(9));
    expect(keeper.pending).toBeNull();
    expect(JSON.parse(env.items.get(STORAGE_KEY)!)).toEqual(seeded(9));
  });

  it('offers nothing when the link and the saved work agree', () => {
    expect(new Keeper(around(encodeAddress(seeded(9)), seeded(9))).pending).toBeNull();
  });

  it('names the problems of the link and of the saved work separately', () => {
    const keeper = new Keeper(around('?v=1&scoring.rule.threshold=NaN', 'not json'));
    expect(keeper.notices).toEqual([
      { source: 'address', problems: [{ kind: 'invalid', field: 'scoring.rule.threshold' }] },
      { source: 'storage', problems: [{ kind: 'unreadable', field: '' }] },
    ]);
    keeper.dismiss();
    expect(keeper.notices).toEqual([]);
  });
});
