// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale, getLocale, initLocale, LOCALE_STORAGE_KEY, setLocale } from '../../src/i18n';

function throwingStorage(): Storage {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('en');
});

describe('choosing the language', () => {
  it('follows the browser until the reader picks one: ja* gives Japanese, anything else English', () => {
    expect(initLocale('ja-JP')).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(initLocale('ja')).toBe('ja');
    expect(initLocale('en-GB')).toBe('en');
    expect(initLocale('fr-FR')).toBe('en');
    expect(initLocale(undefined)).toBe('en');
  });

  it('keeps the reader’s choice, which then wins over the browser language', () => {
    chooseLocale('ja');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(initLocale('en-US')).toBe('ja');

    chooseLocale('en');
    expect(initLocale('ja-JP')).toBe('en');
  });

  it('ignores a stored value that is not a language it speaks', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, '{"evil":true}');
    expect(initLocale('ja-JP')).toBe('ja');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(initLocale('en-US')).toBe('en');
  });

  it('works when storage throws (private mode) or does not exist', () => {
    vi.stubGlobal('localStorage', throwingStorage());
    expect(initLocale('ja-JP')).toBe('ja');
    expect(() => chooseLocale('en')).not.toThrow();
    expect(getLocale()).toBe('en');

    vi.stubGlobal('localStorage', undefined);
    expect(initLocale('ja-JP')).toBe('ja');
    expect(() => chooseLocale('en')).not.toThrow();
  });
});
