// The dictionaries and the pure functions that read them. No state here: see locale.svelte.ts.
// Each language is split by area of the page (content/locales/<lang>/<area>.json) so that translators
// and developers of one area never edit the same file; the areas' keys must not overlap.
import enAgreement from '../../content/locales/en/agreement.json';
import enCharts from '../../content/locales/en/charts.json';
import enCompare from '../../content/locales/en/compare.json';
import enControls from '../../content/locales/en/controls.json';
import enCore from '../../content/locales/en/core.json';
import enFlow from '../../content/locales/en/flow.json';
import enInspector from '../../content/locales/en/inspector.json';
import enGlossary from '../../content/locales/en/glossary.json';
import enLearn from '../../content/locales/en/learn.json';
import enNav from '../../content/locales/en/nav.json';
import enQuiz from '../../content/locales/en/quiz.json';
import enShare from '../../content/locales/en/share.json';
import jaAgreement from '../../content/locales/ja/agreement.json';
import jaCharts from '../../content/locales/ja/charts.json';
import jaCompare from '../../content/locales/ja/compare.json';
import jaControls from '../../content/locales/ja/controls.json';
import jaCore from '../../content/locales/ja/core.json';
import jaFlow from '../../content/locales/ja/flow.json';
import jaInspector from '../../content/locales/ja/inspector.json';
import jaGlossary from '../../content/locales/ja/glossary.json';
import jaLearn from '../../content/locales/ja/learn.json';
import jaNav from '../../content/locales/ja/nav.json';
import jaQuiz from '../../content/locales/ja/quiz.json';
import jaShare from '../../content/locales/ja/share.json';

export const AREAS = {
  en: {
    core: enCore,
    controls: enControls,
    charts: enCharts,
    flow: enFlow,
    inspector: enInspector,
    learn: enLearn,
    nav: enNav,
    glossary: enGlossary,
    quiz: enQuiz,
    share: enShare,
    compare: enCompare,
    agreement: enAgreement,
  },
  ja: {
    core: jaCore,
    controls: jaControls,
    charts: jaCharts,
    flow: jaFlow,
    inspector: jaInspector,
    learn: jaLearn,
    nav: jaNav,
    glossary: jaGlossary,
    quiz: jaQuiz,
    share: jaShare,
    compare: jaCompare,
    agreement: jaAgreement,
  },
} as const;

const en = {
  ...enCore,
  ...enControls,
  ...enCharts,
  ...enFlow,
  ...enInspector,
  ...enLearn,
  ...enNav,
  ...enGlossary,
  ...enQuiz,
  ...enShare,
  ...enCompare,
  ...enAgreement,
};
const ja = {
  ...jaCore,
  ...jaControls,
  ...jaCharts,
  ...jaFlow,
  ...jaInspector,
  ...jaLearn,
  ...jaNav,
  ...jaGlossary,
  ...jaQuiz,
  ...jaShare,
  ...jaCompare,
  ...jaAgreement,
};

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every message key; English is the reference, so a key missing there is a type error everywhere. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

/** Typing each dictionary as `Messages` makes a key missing from a translation a type error too. */
const english: Messages = en;
const japanese: Messages = ja;
export const MESSAGES: Record<Locale, Messages> = { en: english, ja: japanese };

/** `{name}` placeholders; translators must keep them exactly as they are. */
const PLACEHOLDER = /\{(\w+)\}/g;

export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

/** `ja`, `ja-JP`, ... -> Japanese; anything else (or nothing) -> English. */
export const detectLocale = (language: string | null | undefined): Locale =>
  (language ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, style: 'integer' | 'percent'): Intl.NumberFormat {
  const id = `${locale}:${style}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      style === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 },
    );
    formats.set(id, format);
  }
  return format;
}

export const formatNumber = (locale: Locale, value: number): string => numberFormat(locale, 'integer').format(value);

/** A share between 0 and 1, shown as a percentage with at most one decimal. */
export const formatPercent = (locale: Locale, share: number): string => numberFormat(locale, 'percent').format(share);

/** The message for `key`, with `{name}` placeholders filled; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[locale][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
