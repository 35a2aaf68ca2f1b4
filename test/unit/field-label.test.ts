import { afterEach, describe, expect, it } from 'vitest';
import { cardFieldLabel, parseAgreement, toJson } from '../../src/agreement/json';
import { LOCALES, setLocale } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { decodeAddress } from '../../src/state/persist/address';
import { isRecord } from '../../src/state/persist/problems';
import { fieldLabel, problemField } from '../../src/views/share/fieldLabel';
import { validateSettings } from '../../src/state/schema';
import { problemText, runProblemTexts } from '../../src/views/share/problemText';

/** Every dotted path of the default settings: groups and the single settings inside them. */
function paths(node: unknown, prefix = ''): { leaves: string[]; groups: string[] } {
  const out = { leaves: [] as string[], groups: [] as string[] };
  if (!isRecord(node)) return out;
  for (const [key, child] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(child)) {
      out.groups.push(path);
      const inner = paths(child, path);
      out.leaves.push(...inner.leaves);
      out.groups.push(...inner.groups);
    } else out.leaves.push(path);
  }
  return out;
}

const { leaves, groups } = paths(DEFAULT_SETTINGS);
/** A message key or a settings path left in the text: `controls.rule.threshold`, `scoring.rule`. */
const DOTTED = /[A-Za-z]\.[A-Za-z]/;

afterEach(() => setLocale('en'));

describe('fieldLabel', () => {
  it('walks a real settings tree', () => {
    expect(leaves).toContain('scoring.rule.threshold');
    expect(leaves).toContain('scoring.weights.inquiry');
    expect(leaves).toContain('sales.recycle.keep');
    expect(leaves.length).toBeGreaterThan(40);
  });

  it.each(LOCALES)('names every setting and group of settings in %s, never by a path or a key', (locale) => {
    for (const path of [...leaves, ...groups]) {
      const label = fieldLabel(path, locale);
      expect(label, path).toBeTruthy();
      expect(label!.trim(), path).not.toBe('');
      expect(label, path).not.toMatch(DOTTED);
      expect(label, path).not.toMatch(/[{}]/);
    }
  });

  it('gives each setting its own name, so a message points at one control', () => {
    for (const locale of LOCALES) {
      const labels = leaves.map((path) => fieldLabel(path, locale));
      expect(new Set(labels).size, locale).toBe(leaves.length);
    }
  });

  it('translates every label: Japanese never shows the English name', () => {
    for (const path of [...leaves, ...groups]) expect(fieldLabel(path, 'ja'), path).not.toBe(fieldLabel(path, 'en'));
  });

  it('uses the names of the controls, with the group where the control alone is ambiguous', () => {
    expect(fieldLabel('scoring.rule.threshold', 'en')).toBe('MQL threshold');
    expect(fieldLabel('scoring.rule.threshold', 'ja')).toBe('MQLのしきい値');
    expect(fieldLabel('scoring.weights.inquiry', 'en')).toBe('Points for Inquiry');
    expect(fieldLabel('scoring.weights.inquiry', 'ja')).toBe('問い合わせの点数');
    expect(fieldLabel('scoring.maxCount.inquiry', 'en')).toBe('Inquiry: count at most');
    expect(fieldLabel('scoring.fit.role.director', 'en')).toBe('Fit points (who the lead is): Director');
    expect(fieldLabel('scoring.fit.size.small', 'ja')).toBe('属性スコアの配点：小規模企業');
    expect(fieldLabel('scoring.decay.halfLifeDays', 'en')).toBe('Score decay: Half-life');
    expect(fieldLabel('sales.slaHours', 'en')).toBe('Follow-up deadline (SLA)');
    expect(fieldLabel('sales', 'en')).toBe('Sales follow-up');
  });

  it('has no name for what is not a setting', () => {
    for (const path of ['', 'colour', 'scoring.rule.thresh', 'scoring.weights.salesCall', 'scoring.rule.threshold.x', '__proto__', 'constructor', 'scoring.toString']) {
      expect(fieldLabel(path, 'en'), path).toBeNull();
    }
  });
});

describe('problemText', () => {
  it('names a bad value by its label in the current language', () => {
    const problem = { kind: 'invalid', field: 'scoring.rule.threshold' } as const;
    expect(problemText(problem)).toBe('The value for “MQL threshold” is not valid, so the default is used.');
    setLocale('ja');
    expect(problemText(problem)).toBe('「MQLのしきい値」の値が正しくないため、初期値を使用します。');
  });

  it('quotes a key that is not a setting exactly as it was typed', () => {
    expect(problemText({ kind: 'unknown', field: 'foo.bar' })).toBe('“foo.bar” is not a setting of this simulator, so it was ignored.');
    // Even a real setting's path is shown as typed when it sat where no setting can be.
    expect(problemField({ kind: 'unknown', field: 'version' }, 'en')).toBe('version');
  });

  it('leaves no path in the messages for a malformed address, except the unknown key', () => {
    const recovered = decodeAddress(
      '?v=1&scoring.rule.threshold=NaN&colour=red&population=abc&scoring.weights.inquiry=x&sales.recycle=1&scoring.rule.mode=' +
        'x'.repeat(2500),
    )!;
    for (const locale of LOCALES) {
      setLocale(locale);
      const texts = recovered.problems.map(problemText);
      expect(texts).toHaveLength(6);
      expect(texts.filter((text) => DOTTED.test(text))).toEqual([]);
      expect(texts.filter((text) => text.includes('colour'))).toHaveLength(1);
    }
    setLocale('en');
    expect(recovered.problems.map(problemText)).toEqual(
      expect.arrayContaining([
        '“colour” is not a setting of this simulator, so it was ignored.',
        'The value for “Leads simulated” is not valid, so the default is used.',
        'The value for “Points for Inquiry” is not valid, so the default is used.',
        'The value for “When sales sends a lead back” is not valid, so the default is used.',
        'The value for “MQL rule: Hand a lead to sales when” is far too long, so it was ignored.',
      ]),
    );
  });
});

describe('runProblemTexts', () => {
  /** What the worker answers for settings it refuses: dotted paths and valibot's English. */
  const refused = (settings: unknown) => {
    const checked = validateSettings(settings);
    if (checked.ok) throw new Error('expected the settings to be refused');
    return checked.problems;
  };
  const { scoring } = DEFAULT_SETTINGS;
  const broken = () =>
    refused({
      ...DEFAULT_SETTINGS,
      population: 5,
      colour: 'red',
      scoring: { ...scoring, weights: { ...scoring.weights, salesCall: 3 }, rule: { ...scoring.rule, threshold: 'high' } },
    });

  it('names a refused setting by its control, and a stray key by the group it sat in, in the current language', () => {
    const problems = broken();
    expect(problems.map((p) => p.field).sort()).toEqual(['colour', 'population', 'scoring.rule.threshold', 'scoring.weights.salesCall']);
    expect(runProblemTexts(problems).sort()).toEqual(
      [
        'The value for “Leads simulated” is not one the simulation can use.',
        'The value for “MQL threshold” is not one the simulation can use.',
        '“Activity points (engagement)” holds something the simulation cannot use.',
        'The settings hold something the simulation cannot use.',
      ].sort(),
    );
    setLocale('ja');
    expect(runProblemTexts(problems)).toContain('「MQLのしきい値」の値はシミュレーションに使えません。');
  });

  it.each(LOCALES)('shows neither a path nor the validator’s English in %s', (locale) => {
    setLocale(locale);
    const problems = [...broken(), ...refused('not settings'), { field: '', message: 'Unknown request' }];
    const texts = runProblemTexts(problems);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      expect(text).not.toMatch(DOTTED);
      expect(text).not.toMatch(/colour|salesCall|population|Invalid|Expected|Unknown request/);
    }
  });

  it('gives a failure with no setting to blame one plain sentence, said once', () => {
    const texts = runProblemTexts([
      { field: '', message: 'The simulation worker stopped unexpectedly.' },
      { field: '', message: 'RangeError: Invalid array length' },
    ]);
    expect(texts).toEqual(['The simulation stopped unexpectedly. Try again; if it keeps happening, reset to defaults.']);
  });
});

describe('agreement import', () => {
  const card = {
    teams: { marketing: 'M', sales: 'S' },
    date: '2026-01-02',
    settings: DEFAULT_SETTINGS,
    figures: { mqls: 1, acceptance: 0.5, precision: 0.5, recall: 0.5, slaBreaches: 0, medianDaysToMql: 3, sqls: 1, won: 0 },
  };

  it('names the parts of the card the way the card page does', () => {
    const data = JSON.parse(toJson(card));
    data.figures.won = 'many';
    data.teams.sales = 7;
    const outcome = parseAgreement(JSON.stringify(data));
    if (outcome.ok) throw new Error('a card with bad figures must be refused');
    expect(outcome.problems.map((p) => cardFieldLabel(p.field!, 'en')).sort()).toEqual(['Deals won', 'Sales team']);
    expect(outcome.problems.map((p) => cardFieldLabel(p.field!, 'ja')).sort()).toEqual(['受注件数', '営業チーム'].sort());
  });

  it('shows a part of the card it does not know as it was written', () => {
    expect(cardFieldLabel('teams.legal', 'en')).toBe('teams.legal');
  });
});
