// The current language as rune-backed state: anything that calls t() while rendering follows a change.
import {
  detectLocale,
  formatNumber,
  formatPercent,
  LOCALES,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './messages';

/** Where the reader's own choice of language is kept between visits. */
export const LOCALE_STORAGE_KEY = 'lfl.locale';

const current = $state<{ locale: Locale }>({ locale: 'en' });

export const getLocale = (): Locale => current.locale;

/** Switches the language of every message and number, and of `<html lang>`. */
export function setLocale(locale: Locale): void {
  current.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The language the reader picked on an earlier visit; storage may be missing, blocked or hold junk. */
function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The reader's explicit choice: it wins over the browser's language from now on. */
export function chooseLocale(locale: Locale): void {
  setLocale(locale);
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private browsing can refuse storage: the choice then lasts until the page is closed.
  }
}

/** A stored choice wins; else the browser's language (`ja*` -> Japanese, else English). */
export function initLocale(language: string | undefined = globalThis.navigator?.language): Locale {
  const locale = storedLocale() ?? detectLocale(language);
  setLocale(locale);
  return locale;
}

export const t = (key: MessageKey, params?: MessageParams): string => translate(current.locale, key, params);
export const fmtNumber = (value: number): string => formatNumber(current.locale, value);
export const fmtPercent = (share: number): string => formatPercent(current.locale, share);
