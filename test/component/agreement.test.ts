// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { figuresOf, type AgreementCard as Card } from '../../src/agreement/card';
import { simulate } from '../../src/engine/simulate';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import type { Session } from '../../src/state/session.svelte';
import AgreementCard from '../../src/views/agreement/AgreementCard.svelte';
import ImportAgreement from '../../src/views/agreement/ImportAgreement.svelte';

const settings = applyPreset({ ...DEFAULT_SETTINGS, population: 300, days: 60 }, PRESETS.find((p) => p.id === 'article')!);
const result = simulate(settings);
const card: Card = { teams: { marketing: 'Demand Gen', sales: '' }, date: '2026-11-24', settings, figures: figuresOf(result) };

describe('AgreementCard', () => {
  it('shows the rule in plain words and every figure as the engine computed it', () => {
    setLocale('en');
    render(AgreementCard, { props: { card } });
    expect(screen.getByRole('heading', { level: 2, name: 'MQL and SQL agreement' })).toBeInTheDocument();
    expect(screen.getByText('Agreed between Demand Gen and the sales team.')).toBeInTheDocument();
    const mql = screen.getByRole('region', { name: 'When a lead becomes an MQL' });
    expect(within(mql).getAllByRole('listitem')[0]).toHaveTextContent('more than 10 points');
    const figure = (label: string) => screen.getByText(label).nextElementSibling!.textContent;
    expect(figure('MQLs handed to sales')).toBe(formatNumber('en', card.figures.mqls));
    expect(figure('SLA breaches')).toBe(formatNumber('en', card.figures.slaBreaches));
    expect(figure('Accepted by sales')).toBe(
      card.figures.acceptance === null ? 'none to measure' : formatPercent('en', card.figures.acceptance),
    );
  });

  it('speaks Japanese when the page does', () => {
    setLocale('ja');
    render(AgreementCard, { props: { card } });
    expect(screen.getByText(/10点を超えたらMQLとします/)).toBeInTheDocument();
    setLocale('en');
  });
});

describe('ImportAgreement', () => {
  const session = (commits: unknown[]) => ({ commit: (...args: unknown[]) => commits.push(args) }) as unknown as Session;

  it('refuses a file that is not an agreement with an alert and commits nothing', async () => {
    setLocale('en');
    const commits: unknown[] = [];
    render(ImportAgreement, { props: { session: session(commits) } });
    const input = screen.getByLabelText('Import an agreement (JSON file)');
    const file = new File(['{"hello": 1}'], 'other.json', { type: 'application/json' });
    await fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/not a Lead Funnel Lab agreement/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(commits).toEqual([]);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const commits: unknown[] = [];
    render(ImportAgreement, { props: { session: session(commits) } });
    const file = new File(['x'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 2 * 1024 * 1024 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('must not be read')) });
    await fireEvent.change(screen.getByLabelText('Import an agreement (JSON file)'), { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than 1 MB');
    expect(commits).toEqual([]);
  });
});
