export {
  LOCALE_STORAGE_KEY,
  chooseLocale,
  fmtNumber,
  fmtPercent,
  getLocale,
  initLocale,
  setLocale,
  t,
} from './locale.svelte';
export {
  LOCALES,
  MESSAGES,
  detectLocale,
  formatNumber,
  formatPercent,
  placeholdersOf,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './messages';
