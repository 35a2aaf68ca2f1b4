// The glossary as data (content/glossary.json): terms are added or edited there, never in code.
import glossary from '../../../content/glossary.json';
import type { Locale } from '../../i18n';

export interface TermText {
  term: string;
  /** How a Japanese term is read, in kana, where the kanji may be unfamiliar. */
  reading?: string;
  /** The full form of an abbreviation, or another name the term goes by. */
  also?: string;
  definition: string;
}

export type Term = { id: string; related: string[] } & Record<Locale, TermText>;

export const TERMS: readonly Term[] = glossary.terms;

export const TERM_BY_ID: ReadonlyMap<string, Term> = new Map(TERMS.map((term) => [term.id, term]));

/**
 * One spelling for comparing: full- and half-width forms folded (NFKC), case ignored, and katakana read
 * as hiragana, so that なーちゃりんぐ finds ナーチャリング.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Whether the term's name, reading or other name, in either language, contains the query. */
export function matchesQuery(term: Term, query: string): boolean {
  const wanted = fold(query.trim());
  if (!wanted) return true;
  const names = [term.id, term.en.term, term.en.also, term.ja.term, term.ja.reading, term.ja.also];
  return names.some((name) => name !== undefined && fold(name).includes(wanted));
}
