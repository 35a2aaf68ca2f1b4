// The current language as rune-backed state: anything that calls t() while rendering follows a change.
import {
  detectLocale,
  formatNumber,
  formatPercent,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './messages';

const current = $state<{ locale: Locale }>({ locale: 'en' });

export const getLocale = (): Locale => current.locale;

/** Switches the language of every message and number, and of `<html lang>`. */
export function setLocale(locale: Locale): void {
  current.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Picks the language from the browser's (`ja*` -> Japanese, else English). */
export function initLocale(language: string | undefined = globalThis.navigator?.language): Locale {
  const locale = detectLocale(language);
  setLocale(locale);
  return locale;
}

export const t = (key: MessageKey, params?: MessageParams): string => translate(current.locale, key, params);
export const fmtNumber = (value: number): string => formatNumber(current.locale, value);
export const fmtPercent = (share: number): string => formatPercent(current.locale, share);
