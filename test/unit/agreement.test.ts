import { describe, expect, it } from 'vitest';
import { figuresOf, type AgreementCard } from '../../src/agreement/card';
import { figureRows } from '../../src/agreement/figureRows';
import { MAX_IMPORT_BYTES, parseAgreement, toJson } from '../../src/agreement/json';
import { toMarkdown } from '../../src/agreement/markdown';
import { mqlSentences, salesSentences } from '../../src/agreement/plainWords';
import { simulate } from '../../src/engine/simulate';
import { formatNumber, translate } from '../../src/i18n/messages';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';

const article = applyPreset({ ...DEFAULT_SETTINGS, population: 400, days: 60 }, PRESETS.find((p) => p.id === 'article')!);
const result = simulate(article);

const card: AgreementCard = {
  teams: { marketing: 'Demand Gen', sales: 'Inside Sales' },
  date: '2026-11-24',
  settings: article,
  figures: figuresOf(result),
};

describe('the agreed definition in plain words', () => {
  it('says the article rule as "more than 10" in English and 「10点を超えたら」 in Japanese', () => {
    expect(mqlSentences('en', article)[0]).toContain('more than 10 points');
    expect(mqlSentences('ja', article)[0]).toContain('10点を超えたら');
  });

  it('keeps each number with its 点 in Japanese, after a full-width colon, so no line splits them', () => {
    const points = mqlSentences('ja', article).find((sentence) => sentence.startsWith('行動スコアの配点'))!;
    expect(points).toContain('見積もり依頼：5\u2060点');
    expect(points).not.toMatch(/\d点/);
  });

  it('says "at least" for the >= comparator and names both minimums in fit-and-engagement mode', () => {
    const atLeast = { ...article, scoring: { ...article.scoring, rule: { ...article.scoring.rule, comparator: '>=' as const } } };
    expect(mqlSentences('en', atLeast)[0]).toContain('at least 10 points');
    expect(mqlSentences('ja', atLeast)[0]).toContain('10点以上');
    const both = {
      ...article,
      scoring: { ...article.scoring, rule: { ...article.scoring.rule, mode: 'fitAndEngagement' as const, fitMin: 15, engagementMin: 20 } },
    };
    expect(mqlSentences('en', both)[0]).toMatch(/fit score is more than 15 points.*engagement score is more than 20 points/);
  });

  it('lists only the activities that earn points, with their points', () => {
    const words = mqlSentences('en', article).join(' ');
    expect(words).toContain('Document download 3');
    expect(words).toContain('Inquiry 2');
    expect(words).toContain('Quote request 5');
    expect(words).not.toContain('Web page view');
  });

  it('states the SLA, the capacity and what disqualifies a lead', () => {
    const words = salesSentences('en', article).join(' ');
    expect(words).toContain(`within ${article.sales.slaHours} hours`);
    expect(words).toContain(`${article.sales.capacityPerDay} first contacts a day`);
    expect(words).toMatch(/disqualif/);
  });
});

describe('the Markdown card', () => {
  const markdown = toMarkdown('en', card);

  it('names both teams, the date and the threshold', () => {
    expect(markdown).toContain('Demand Gen');
    expect(markdown).toContain('Inside Sales');
    expect(markdown).toContain('November 24, 2026');
    expect(markdown).toContain('more than 10 points');
  });

  it('carries every expected figure exactly as the engine computed it', () => {
    for (const row of figureRows('en', card.figures)) expect(markdown).toContain(`| ${row.label} | ${row.value} |`);
    expect(markdown).toContain(`| MQLs handed to sales | ${formatNumber('en', figuresOf(result).mqls)} |`);
  });

  it('ends with a blank to sign, name and date for each team', () => {
    expect(markdown).toContain(
      ['## Signatures', '', '| | For Demand Gen | For Inside Sales |', '| --- | --- | --- |', '| Name | | |', '| Signature | | |', '| Date | | |'].join('\n'),
    );
  });

  it('writes the date line with the separator of its language', () => {
    expect(markdown).toContain('Date: November 24, 2026');
    expect(toMarkdown('ja', card)).toContain('合意日：2026年11月24日');
  });

  it('keeps typed team names from becoming Markdown markup', () => {
    const sneaky = toMarkdown('en', { ...card, teams: { marketing: '# *Growth*', sales: '' } });
    expect(sneaky).toContain('\\# \\*Growth\\*');
    expect(sneaky).toContain(translate('en', 'agreement.team.sales.default'));
  });
});

describe('the JSON card', () => {
  it('reads back exactly what it wrote', () => {
    const back = parseAgreement(toJson(card));
    expect(back).toEqual({ ok: true, card, replaced: [] });
  });

  it('is versioned and says what it is', () => {
    expect(JSON.parse(toJson(card))).toMatchObject({ kind: 'lead-funnel-lab/agreement', version: 1 });
  });

  const refused = (text: string) => {
    const outcome = parseAgreement(text);
    if (outcome.ok) throw new Error('expected the file to be refused');
    return outcome.problems.map((p) => p.key);
  };

  it('refuses truncated JSON', () => {
    const text = toJson(card);
    expect(refused(text.slice(0, text.length / 2))).toEqual(['agreement.import.notJson']);
  });

  it('refuses a JSON file that is not an agreement', () => {
    expect(refused(JSON.stringify({ hello: 'world' }))).toEqual(['agreement.import.notOurs']);
    expect(refused('[1, 2, 3]')).toEqual(['agreement.import.notOurs']);
    expect(refused('null')).toEqual(['agreement.import.notOurs']);
  });

  it('refuses an unknown version', () => {
    const outcome = parseAgreement(JSON.stringify({ ...JSON.parse(toJson(card)), version: 99 }));
    expect(outcome).toEqual({ ok: false, problems: [{ key: 'agreement.import.version', params: { version: '99' } }] });
  });

  it('refuses a card whose settings are of a version this page does not know, rather than sign the defaults', () => {
    for (const version of [2, 99, 'next']) {
      const data = JSON.parse(toJson(card));
      data.settings.version = version;
      expect(parseAgreement(JSON.stringify(data)), String(version)).toEqual({
        ok: false,
        problems: [{ key: 'agreement.import.settingsVersion', params: { version: String(version) } }],
      });
    }
  });

  it('says in both languages that the settings version is unknown and that nothing changed', () => {
    expect(translate('en', 'agreement.import.settingsVersion', { version: '2' })).toMatch(/settings version 2.*cannot read.*Nothing was changed/);
    expect(translate('ja', 'agreement.import.settingsVersion', { version: '2' })).toMatch(/設定バージョン2.*読み取れません.*設定は変更していません/);
  });

  it('still reads settings saved in an older version, moved to the current shape', () => {
    const data = JSON.parse(toJson(card));
    const { rule, ...scoring } = data.settings.scoring;
    data.settings = { ...data.settings, version: 0, threshold: 33, scoring: { ...scoring, rule: { ...rule, threshold: undefined } } };
    const outcome = parseAgreement(JSON.stringify(data));
    if (!outcome.ok) throw new Error('an older settings version must still be read');
    expect(outcome.card.settings.scoring.rule.threshold).toBe(33);
    expect(outcome.replaced).toEqual([]);
  });

  it('keeps the good settings of a card, names the one out of range and uses its default', () => {
    const data = JSON.parse(toJson(card));
    data.settings.sales.slaHours = -5;
    const outcome = parseAgreement(JSON.stringify(data));
    if (!outcome.ok) throw new Error('a card with one bad setting should still be readable');
    expect(outcome.replaced).toEqual([{ kind: 'invalid', field: 'sales.slaHours' }]);
    expect(outcome.card.settings.sales.slaHours).toBe(DEFAULT_SETTINGS.sales.slaHours);
    expect(outcome.card.settings.scoring.rule.threshold).toBe(10);
  });

  it('refuses a card whose settings are not settings at all', () => {
    const data = JSON.parse(toJson(card));
    data.settings = 'all of them';
    expect(refused(JSON.stringify(data))).toEqual(['agreement.import.badSettings']);
  });

  it('names a missing part of the card', () => {
    const data = JSON.parse(toJson(card));
    delete data.teams;
    const outcome = parseAgreement(JSON.stringify(data));
    expect(outcome).toMatchObject({ ok: false, problems: [{ key: 'agreement.import.badField', field: 'teams' }] });
  });

  it('refuses a huge text without parsing it', () => {
    expect(refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual(['agreement.import.tooBig']);
  });
});

describe('the agreement page address', () => {
  it('is #/agreement both ways', async () => {
    const { hrefOf, parseRoute } = await import('../../src/state/route.svelte');
    expect(parseRoute('#/agreement')).toEqual({ view: 'agreement' });
    expect(hrefOf({ view: 'agreement' })).toBe('#/agreement');
  });
});
