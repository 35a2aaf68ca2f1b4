import { beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { stageIndex } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { headline } from '../../src/views/metrics/headline';

const withRule = (rule: Partial<Settings['scoring']['rule']>): Settings => ({
  ...DEFAULT_SETTINGS,
  population: 1500,
  scoring: { ...DEFAULT_SETTINGS.scoring, rule: { ...DEFAULT_SETTINGS.scoring.rule, ...rule } },
});
const withThreshold = (threshold: number) => withRule({ threshold });

let loose: SimulationResult;
let strict: SimulationResult;

beforeAll(() => {
  loose = simulate(withThreshold(100));
  strict = simulate(withThreshold(160));
});

const mqls = (r: SimulationResult) => r.reached[stageIndex('mql')]!;

describe('headline', () => {
  it('says how MQLs and precision moved when the threshold is raised', () => {
    setLocale('en');
    // The engine really produced a change worth announcing.
    expect(mqls(strict)).toBeLessThan(mqls(loose));
    const text = headline(loose, strict);
    expect(text).toContain(`MQLs ${formatNumber('en', mqls(loose))} → ${formatNumber('en', mqls(strict))}`);
    expect(text).toContain(
      `precision ${formatPercent('en', loose.quality.precision!)} → ${formatPercent('en', strict.quality.precision!)}`,
    );
    expect(text.startsWith('MQLs')).toBe(true);
  });

  it('adds recall when it moved notably, and only then', () => {
    setLocale('en');
    const recallMoved = Math.abs(strict.quality.recall! - loose.quality.recall!) >= 0.02;
    expect(recallMoved).toBe(true);
    expect(headline(loose, strict)).toContain(
      `recall ${formatPercent('en', loose.quality.recall!)} → ${formatPercent('en', strict.quality.recall!)}`,
    );
    // A copy whose only difference is a sliver of recall does not mention it.
    const nudged = { ...strict, quality: { ...strict.quality, recall: strict.quality.recall! + 0.001 } };
    expect(headline(strict, nudged)).not.toContain('recall');
    expect(headline(strict, nudged)).toContain('MQLs');
  });

  it('reads the other way round after an undo', () => {
    setLocale('en');
    expect(headline(strict, loose)).toContain(`MQLs ${formatNumber('en', mqls(strict))} → ${formatNumber('en', mqls(loose))}`);
  });

  it('says "no change" when the figures did not move', () => {
    setLocale('en');
    const again = simulate(withThreshold(100));
    expect(headline(loose, again)).toBe(
      `No change: MQLs ${formatNumber('en', mqls(loose))}, precision ${formatPercent('en', loose.quality.precision!)}`,
    );
  });

  it('names a missing figure instead of printing nothing', () => {
    setLocale('en');
    // Out of reach and no fast track: nobody is handed over, so there is no precision to give.
    const none = simulate(withRule({ threshold: 5000, fastTrack: [] }));
    expect(none.quality.precision).toBeNull();
    expect(headline(loose, none)).toContain(`precision ${formatPercent('en', loose.quality.precision!)} → n/a`);
  });

  it('speaks Japanese with Japanese numbers and punctuation', () => {
    setLocale('ja');
    const text = headline(loose, strict);
    expect(text).toContain(`MQL数 ${formatNumber('ja', mqls(loose))} → ${formatNumber('ja', mqls(strict))}`);
    expect(text).toContain(`、MQLの適合率 ${formatPercent('ja', loose.quality.precision!)}`);
    expect(text).not.toMatch(/[A-Za-z]{4,}/);
    expect(headline(loose, simulate(withThreshold(100)))).toMatch(/^変化なし/);
    setLocale('en');
  });
});
