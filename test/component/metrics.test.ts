// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { stageIndex } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import MetricCards from '../../src/views/metrics/MetricCards.svelte';

const withRule = (rule: Partial<Settings['scoring']['rule']>): Settings => ({
  ...DEFAULT_SETTINGS,
  population: 600,
  scoring: { ...DEFAULT_SETTINGS.scoring, rule: { ...DEFAULT_SETTINGS.scoring.rule, ...rule } },
});

let result: SimulationResult;
let stricter: SimulationResult;
let nobody: SimulationResult;
const scrolled = vi.fn();

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling of its own.
  Element.prototype.scrollIntoView = scrolled;
  result = simulate(withRule({}));
  stricter = simulate(withRule({ threshold: 150 }));
  nobody = simulate(withRule({ threshold: 5000, fastTrack: [] }));
});

const card = (label: RegExp) => screen.getByRole('button', { name: label });
const value = (label: RegExp) => card(label).querySelector('.value')!.textContent!.trim();

describe('MetricCards', () => {
  it('shows the seven figures exactly as the engine computed them', () => {
    setLocale('en');
    render(MetricCards, { props: { result, previous: null } });
    expect(screen.getAllByRole('button')).toHaveLength(7);
    expect(value(/^MQLs/)).toBe(formatNumber('en', result.reached[stageIndex('mql')]!));
    expect(value(/acceptance rate/)).toBe(formatPercent('en', result.sales.acceptanceRate!));
    expect(value(/precision/)).toBe(formatPercent('en', result.quality.precision!));
    expect(value(/recall/)).toBe(formatPercent('en', result.quality.recall!));
    expect(value(/SLA breaches/)).toBe(formatNumber('en', result.sales.slaBreaches));
    expect(value(/hours wasted/)).toBe(`${formatNumber('en', result.sales.wastedHours)} h`);
    expect(value(/days to MQL/)).toBe(`${formatNumber('en', result.daysToMql.median!)} days`);
    expect(card(/hours wasted/)).toHaveTextContent(`of ${formatNumber('en', result.sales.hours)} h spent`);
    expect(card(/days to MQL/)).toHaveTextContent(`90% within ${formatNumber('en', result.daysToMql.p90!)} days`);
    expect(card(/precision/)).toHaveTextContent(
      `${formatNumber('en', result.quality.readyMqlEvents)} of ${formatNumber('en', result.quality.mqlEvents)} hand-offs were ready`,
    );
  });

  it('explains a card when it gets keyboard focus, and toggles the explanation on click', async () => {
    setLocale('en');
    render(MetricCards, { props: { result, previous: null } });
    const precision = card(/precision/);
    expect(precision).toHaveAccessibleDescription(/really was ready to buy/);
    expect(precision).toHaveAttribute('aria-expanded', 'false');
    const explanation = document.getElementById(precision.getAttribute('aria-describedby')!)!;
    expect(explanation).not.toBeVisible();

    await fireEvent.focus(precision);
    expect(precision).toHaveAttribute('aria-expanded', 'true');
    expect(explanation).toBeVisible();
    // Opened low in the window, it is brought into view rather than left below the fold.
    expect(scrolled.mock.contexts).toContain(explanation);
    await fireEvent.keyDown(precision, { key: 'Escape' });
    expect(precision).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.blur(precision);

    // A pointer press focuses the button first; that focus must not open it before the click toggles it.
    await fireEvent.pointerDown(precision);
    await fireEvent.focus(precision);
    await fireEvent.click(precision);
    expect(precision).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.click(precision);
    expect(precision).toHaveAttribute('aria-expanded', 'false');
  });

  it('writes a missing rate as a dash with the reason, not as 0%', () => {
    setLocale('en');
    expect(nobody.quality.precision).toBeNull();
    render(MetricCards, { props: { result: nobody, previous: null } });
    const precision = card(/precision/);
    expect(precision.querySelector('.value')).toHaveTextContent('—');
    expect(precision).toHaveTextContent('No lead was handed to sales');
    expect(precision).not.toHaveTextContent('0%');
    expect(precision).toHaveAccessibleName(/no figure/);
  });

  it('shows how each figure moved since the previous run, in symbols and words', () => {
    setLocale('en');
    render(MetricCards, { props: { result: stricter, previous: result } });
    const mqls = card(/^MQLs/);
    const before = result.reached[stageIndex('mql')]!;
    const after = stricter.reached[stageIndex('mql')]!;
    expect(after).toBeLessThan(before);
    expect(mqls).toHaveTextContent('▼');
    expect(mqls).toHaveTextContent(`-${formatNumber('en', before - after)} (before: ${formatNumber('en', before)})`);
    expect(mqls).toHaveAccessibleName(/Down/);

    const precision = card(/precision/);
    const points = Math.round(stricter.quality.precision! * 1000) - Math.round(result.quality.precision! * 1000);
    expect(points).toBeGreaterThan(0);
    expect(precision).toHaveTextContent('▲');
    expect(precision).toHaveTextContent(`+${(points / 10).toFixed(1).replace(/\.0$/, '')} pts (before: ${formatPercent('en', result.quality.precision!)})`);
  });

  it('says so when a figure did not move', () => {
    setLocale('en');
    render(MetricCards, { props: { result, previous: simulate(withRule({})) } });
    expect(card(/^MQLs/)).toHaveTextContent('No change');
    expect(within(card(/^MQLs/)).queryByText('▲')).toBeNull();
  });

  it('speaks Japanese', () => {
    setLocale('ja');
    render(MetricCards, { props: { result: stricter, previous: result } });
    expect(screen.getByRole('heading', { name: '主要指標' })).toBeTruthy();
    expect(card(/^MQL数/).querySelector('.value')).toHaveTextContent(formatNumber('ja', stricter.reached[stageIndex('mql')]!));
    expect(card(/無駄になった営業工数/)).toHaveTextContent(`${formatNumber('ja', stricter.sales.wastedHours)}時間`);
    expect(card(/MQLの適合率（精度）/)).toHaveTextContent('ポイント（変更前：');
    setLocale('en');
  });
});
