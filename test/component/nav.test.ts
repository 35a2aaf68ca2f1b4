// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getLocale, initLocale, LOCALE_STORAGE_KEY, setLocale } from '../../src/i18n';
import type { Route, Router } from '../../src/state/route.svelte';
import SiteNav from '../../src/views/nav/SiteNav.svelte';

/** The nav only reads where the page is. */
const at = (current: Route) => ({ current }) as Router;

const english = () => screen.getByRole('button', { name: 'English' });
const japanese = () => screen.getByRole('button', { name: '日本語' });

beforeEach(() => {
  localStorage.clear();
  setLocale('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('en');
});

describe('SiteNav', () => {
  it('links every part of the site and marks the current one', () => {
    render(SiteNav, { props: { router: at({ view: 'glossary', termId: 'mql' }) } });
    const nav = within(screen.getByRole('navigation', { name: 'Site' }));
    expect(nav.getByRole('link', { name: 'Simulator' })).toHaveAttribute('href', '#/');
    expect(nav.getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '#/learn');
    expect(nav.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '#/glossary');
    expect(nav.getByRole('link', { name: 'Quiz' })).toHaveAttribute('href', '#/quiz');
    expect(nav.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('puts the page tools on its row, outside the site links and before the language switch', () => {
    const tools = createRawSnippet(() => ({ render: () => '<button type="button">Presenter mode</button>' }));
    render(SiteNav, { props: { router: at({ view: 'lab' }), children: tools } });
    const presenter = screen.getByRole('button', { name: 'Presenter mode' });
    expect(screen.getByRole('navigation')).not.toContainElement(presenter);
    // Tab reaches the tools, then the language switch: the switch stays the header's last stop.
    expect(presenter.compareDocumentPosition(english()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('counts a lesson as part of Learn', () => {
    render(SiteNav, { props: { router: at({ view: 'lesson', lessonId: '04-mql' }) } });
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Simulator' })).not.toHaveAttribute('aria-current');
  });
});

describe('LanguageSwitch', () => {
  it('names each language in itself, marked with its own lang, and shows which is chosen', () => {
    render(SiteNav, { props: { router: at({ view: 'lab' }) } });
    expect(screen.getByRole('group', { name: 'Language' })).toContainElement(english());
    expect(english()).toHaveAttribute('lang', 'en');
    expect(japanese()).toHaveAttribute('lang', 'ja');
    expect(english()).toHaveAttribute('aria-pressed', 'true');
    expect(japanese()).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches the whole page to Japanese on a click and keeps the choice', async () => {
    render(SiteNav, { props: { router: at({ view: 'lab' }) } });
    await fireEvent.click(japanese());
    expect(getLocale()).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ja');
    expect(japanese()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'シミュレーター' })).toHaveAttribute('aria-current', 'page');
    // The language names stay as they are, so a reader can always find their own.
    expect(screen.getByRole('group', { name: '表示言語' })).toContainElement(english());

    await fireEvent.click(english());
    expect(getLocale()).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('link', { name: 'Simulator' })).toBeInTheDocument();
  });

  it('starts in the stored choice rather than the browser language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ja');
    initLocale('en-US');
    render(SiteNav, { props: { router: at({ view: 'lab' }) } });
    expect(japanese()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: '用語集' })).toBeInTheDocument();
  });

  it('still switches when storage throws (private browsing)', async () => {
    const fail = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 });
    expect(initLocale('en-US')).toBe('en');
    render(SiteNav, { props: { router: at({ view: 'quiz' }) } });
    await fireEvent.click(japanese());
    expect(getLocale()).toBe('ja');
    expect(screen.getByRole('link', { name: 'クイズ' })).toHaveAttribute('aria-current', 'page');
  });
});
