import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import { decodeAddress, encodeAddress } from '../../src/state/persist/address';
import { CURRENT_VERSION, MIGRATIONS, migrate } from '../../src/state/persist/migrations';
import { recoverSettings } from '../../src/state/persist/recover';
import { STORAGE_KEY, loadStored, saveStored } from '../../src/state/persist/storage';
import { validateSettings } from '../../src/state/schema';
import { runs, settingsArb, withRule } from '../property/arbitraries';

const fieldsOf = (problems: { field: string }[]) => problems.map((p) => p.field);

/** A Storage good enough for the keeper's reads and writes. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (n) => [...items.keys()][n] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('address codec', () => {
  it('writes only the version for the defaults', () => {
    expect(encodeAddress(DEFAULT_SETTINGS)).toBe('?v=1');
  });

  it('writes a changed threshold as one readable dotted key', () => {
    const address = encodeAddress(withRule(DEFAULT_SETTINGS, { threshold: 120, fastTrack: ['quoteRequest', 'inquiry'] }));
    expect(address).toBe('?v=1&scoring.rule.threshold=120&scoring.rule.fastTrack=quoteRequest,inquiry');
  });

  it('reads back exactly the settings it wrote, for any valid settings', () => {
    fc.assert(
      fc.property(settingsArb({ population: { min: 100, max: 100000 }, days: { min: 30, max: 365 } }), (settings) => {
        const back = decodeAddress(encodeAddress(settings));
        expect(back?.problems).toEqual([]);
        expect(back?.value).toEqual(settings);
      }),
      { numRuns: runs(200) },
    );
  });

  it('keeps every preset through the address', () => {
    for (const preset of PRESETS) {
      const settings = applyPreset(DEFAULT_SETTINGS, preset);
      expect(decodeAddress(encodeAddress(settings))?.value).toEqual(settings);
    }
  });

  it('ignores an address without settings, such as one with tracking parameters only', () => {
    expect(decodeAddress('')).toBeNull();
    expect(decodeAddress('?utm_source=newsletter')).toBeNull();
  });
});

describe('migrations', () => {
  it('has one step for every version before the current one', () => {
    for (let version = 0; version < CURRENT_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('opens a version 0 address, which had the threshold at the top level', () => {
    const back = decodeAddress('?v=0&threshold=120&seed=7');
    expect(back?.problems).toEqual([]);
    expect(back?.value).toEqual({ ...withRule(DEFAULT_SETTINGS, { threshold: 120 }), seed: 7 });
  });

  it('opens a version 0 saved copy', () => {
    const { scoring, ...rest } = DEFAULT_SETTINGS;
    const { threshold, ...rule } = scoring.rule;
    const old = { ...rest, version: 0, threshold: threshold + 5, scoring: { ...scoring, rule } };
    expect(recoverSettings(old)).toEqual({ value: withRule(DEFAULT_SETTINGS, { threshold: threshold + 5 }), problems: [] });
  });

  it('refuses a version from the future, naming it', () => {
    expect(migrate({ version: 99 })).toEqual({ ok: false, problem: { kind: 'version', field: 'version', detail: '99' } });
    const back = decodeAddress('?v=99&scoring.rule.threshold=120');
    expect(back).toEqual({ value: DEFAULT_SETTINGS, problems: [{ kind: 'version', field: 'version', detail: '99' }] });
  });
});

describe('recovery, field by field', () => {
  it('replaces a NaN threshold and drops an unknown key, keeping the good fields', () => {
    const back = decodeAddress('?v=1&scoring.rule.threshold=NaN&colour=red&seed=42');
    expect(back?.value).toEqual({ ...DEFAULT_SETTINGS, seed: 42 });
    expect(back?.problems).toEqual([
      { kind: 'unknown', field: 'colour' },
      { kind: 'invalid', field: 'scoring.rule.threshold' },
    ]);
  });

  it('replaces out-of-range values, bad list entries and wrong kinds', () => {
    const back = decodeAddress('?v=1&population=5&scoring.rule.fastTrack=quoteRequest,dance&scoring.rule.mode=maybe&days=120');
    expect(back?.value).toEqual({ ...DEFAULT_SETTINGS, days: 120 });
    expect(fieldsOf(back!.problems).sort()).toEqual(['population', 'scoring.rule.fastTrack', 'scoring.rule.mode']);
  });

  it('ignores absurdly long values and addresses', () => {
    const long = decodeAddress(`?v=1&seed=3&scoring.rule.mode=${'x'.repeat(3000)}`);
    expect(long?.value).toEqual({ ...DEFAULT_SETTINGS, seed: 3 });
    expect(long?.problems).toEqual([{ kind: 'tooLong', field: 'scoring.rule.mode' }]);
    const huge = decodeAddress(`?v=1&seed=${'9'.repeat(10_000)}`);
    expect(huge).toEqual({ value: DEFAULT_SETTINGS, problems: [{ kind: 'tooLarge', field: '' }] });
  });

  it('reports missing fields of a saved copy, and anything that is not settings at all', () => {
    const { sales, ...noSales } = DEFAULT_SETTINGS;
    void sales;
    expect(recoverSettings(noSales)).toEqual({ value: DEFAULT_SETTINGS, problems: [{ kind: 'missing', field: 'sales' }] });
    for (const junk of [null, 3, 'settings', [1, 2], undefined]) {
      expect(recoverSettings(junk)).toEqual({ value: DEFAULT_SETTINGS, problems: [{ kind: 'unreadable', field: '' }] });
    }
  });

  it('survives a getter that throws', () => {
    const hostile = Object.defineProperty({}, 'seed', { enumerable: true, get: () => { throw new Error('no'); } });
    const back = recoverSettings(hostile);
    expect(validateSettings(back.value).ok).toBe(true);
    expect(back.problems.length).toBeGreaterThan(0);
  });
});

describe('storage', () => {
  it('saves and restores the settings under its versioned key', () => {
    const storage = memoryStorage();
    const settings = { ...DEFAULT_SETTINGS, seed: 11 };
    expect(saveStored(storage, settings)).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(loadStored(storage)).toEqual({ value: settings, problems: [] });
  });

  it('says so when the saved copy is corrupted, and still gives valid settings', () => {
    expect(loadStored(memoryStorage())).toBeNull();
    expect(loadStored(memoryStorage({ [STORAGE_KEY]: '{"version":1,"seed":' }))).toEqual({
      value: DEFAULT_SETTINGS,
      problems: [{ kind: 'unreadable', field: '' }],
    });
    const edited = JSON.stringify({ ...DEFAULT_SETTINGS, days: 'many' });
    expect(loadStored(memoryStorage({ [STORAGE_KEY]: edited }))?.problems).toEqual([{ kind: 'invalid', field: 'days' }]);
  });

  it('treats storage that refuses access as empty', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } } as unknown as Storage;
    expect(loadStored(refusing)).toBeNull();
    expect(saveStored(refusing, DEFAULT_SETTINGS)).toBe(false);
  });
});
