import { describe, expect, it } from 'vitest';
import { fold, matchesQuery, TERM_BY_ID, TERMS } from '../../src/views/glossary/terms';

const REQUIRED = [
  'lead',
  'mql',
  'sql',
  'sal',
  'hot-lead',
  'lead-generation',
  'nurturing',
  'qualification',
  'scoring',
  'fit',
  'engagement',
  'decay',
  'recycle',
  'disqualify',
  'sla',
  'speed-to-lead',
  'conversion-rate',
  'precision',
  'recall',
  'opportunity',
  'inside-sales',
  'the-model',
];

const filled = (text: string | undefined) => typeof text === 'string' && text.trim().length > 0;

describe('glossary content', () => {
  it('has every term the lessons, quiz and controls link to', () => {
    for (const id of REQUIRED) expect(TERM_BY_ID.has(id), id).toBe(true);
  });

  it('gives each term a unique id that can stand in an address', () => {
    const ids = TERMS.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('names and defines every term in both languages, optional parts never left blank', () => {
    for (const term of TERMS) {
      for (const locale of ['en', 'ja'] as const) {
        const text = term[locale];
        expect(filled(text.term), `${term.id} ${locale} term`).toBe(true);
        expect(filled(text.definition), `${term.id} ${locale} definition`).toBe(true);
        for (const optional of [text.reading, text.also]) {
          if (optional !== undefined) expect(filled(optional), `${term.id} ${locale}`).toBe(true);
        }
      }
      // The Japanese definition is Japanese, not a copy of the English one.
      expect(term.ja.definition, term.id).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(term.ja.definition).not.toBe(term.en.definition);
    }
  });

  it('gives readings in kana only', () => {
    for (const term of TERMS.filter((term) => term.ja.reading)) {
      expect(term.ja.reading, term.id).toMatch(/^[\u3040-\u30ffA-Za-z・\s]+$/);
    }
  });

  it('links related terms that exist, never the term itself, never twice', () => {
    for (const term of TERMS) {
      expect(new Set(term.related).size, term.id).toBe(term.related.length);
      for (const id of term.related) {
        expect(TERM_BY_ID.has(id), `${term.id} -> ${id}`).toBe(true);
        expect(id).not.toBe(term.id);
      }
    }
  });

  it("keeps the article's facts: the 2 / 3 / 5 over 10 example and the SQL signs", () => {
    expect(TERM_BY_ID.get('scoring')!.en.definition).toMatch(/inquiry scores 2.*document request 3.*quote request 5.*over 10/);
    expect(TERM_BY_ID.get('scoring')!.ja.definition).toMatch(/問い合わせ2点.*資料請求3点.*見積依頼5点.*10点を超えたら/);
    expect(TERM_BY_ID.get('sql')!.en.definition).toMatch(/MQL can already be an SQL/);
  });
});

describe('glossary filter', () => {
  const ids = (query: string) => TERMS.filter((term) => matchesQuery(term, query)).map((term) => term.id);

  it('keeps every term for an empty query', () => {
    expect(ids('  ')).toHaveLength(TERMS.length);
  });

  it('finds a term by its English or Japanese name, in any case', () => {
    expect(ids('hot lead')).toEqual(['hot-lead']);
    expect(ids('ナーチャリング')).toContain('nurturing');
    expect(ids('sla')).toContain('sla');
  });

  it('finds a term by its kana reading or another name, whatever the width of the letters', () => {
    expect(ids('ぞくせい')).toEqual(['fit']);
    expect(ids('みこみきゃく')).toContain('lead');
    expect(ids('ＭＱＬ')).toContain('mql');
    expect(ids('なーちゃりんぐ')).toContain('nurturing');
  });

  it('finds nothing for a word that is not a term', () => {
    expect(ids('zebra')).toEqual([]);
  });

  it('folds full-width letters, capitals and katakana to one spelling', () => {
    expect(fold('ＳＱＬ')).toBe('sql');
    expect(fold('リード')).toBe('りーど');
  });
});
