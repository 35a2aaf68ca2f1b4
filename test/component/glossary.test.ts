// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n';
import GlossaryView from '../../src/views/glossary/GlossaryView.svelte';
import { TERMS } from '../../src/views/glossary/terms';

const scrolled = vi.fn();

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling of its own.
  Element.prototype.scrollIntoView = scrolled;
});

beforeEach(() => {
  scrolled.mockClear();
  setLocale('en');
});

afterEach(() => setLocale('en'));

const entry = (name: string) => screen.getByRole('article', { name });
const filter = () => screen.getByRole('searchbox', { name: 'Filter terms' });

describe('GlossaryView', () => {
  it('lists every term with both languages side by side, each marked with its language', () => {
    render(GlossaryView, { props: { termId: null } });
    expect(screen.getAllByRole('article')).toHaveLength(TERMS.length);
    const lead = entry('Lead');
    expect(within(lead).getByText('Lead').closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(within(lead).getByText('リード').closest('[lang]')).toHaveAttribute('lang', 'ja');
    expect(within(lead).getByText('見込み客（みこみきゃく）')).toBeInTheDocument();
  });

  it('brings the term named in the address into view and gives it focus', async () => {
    render(GlossaryView, { props: { termId: 'mql' } });
    await tick();
    await tick();
    expect(entry('MQL')).toHaveFocus();
    expect(scrolled).toHaveBeenCalled();
    expect(within(entry('MQL')).getByText('読み：エムキューエル')).toBeInTheDocument();
    expect(within(entry('MQL')).getByRole('link', { name: 'SQL' })).toHaveAttribute('href', '#/glossary/sql');
  });

  it('narrows the list as the reader types, in either language, and says how many are left', async () => {
    render(GlossaryView, { props: { termId: null } });
    await fireEvent.input(filter(), { target: { value: 'ナーチャリング' } });
    expect(screen.getAllByRole('article').map((article) => article.id)).toEqual(['term-nurturing']);
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${TERMS.length} terms`);

    await fireEvent.input(filter(), { target: { value: 'zebra' } });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No term matches “zebra”.');
  });

  it('says so when the address names a term it does not have', () => {
    render(GlossaryView, { props: { termId: 'no-such-term' } });
    expect(screen.getByText(/no term “no-such-term”/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(TERMS.length);
  });

  it('puts Japanese first, with Japanese headings, for a Japanese reader', () => {
    setLocale('ja');
    render(GlossaryView, { props: { termId: null } });
    expect(screen.getByRole('heading', { level: 2, name: '用語集' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'リード' })).toBeInTheDocument();
    expect(entry('リード')).toHaveTextContent('Lead');
  });
});
