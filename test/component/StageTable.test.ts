// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { STAGES, STAGE_SHORT_NAMES, stageIndex } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import StageTable from '../../src/views/StageTable.svelte';

let result: SimulationResult;

beforeAll(() => {
  result = simulate({ ...DEFAULT_SETTINGS, population: 300 });
});

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (short: string) => bodyRows().find((row) => row.querySelector('th')?.textContent?.trim().startsWith(short))!;
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent!.trim());

describe('StageTable', () => {
  it('shows one row per lifecycle stage, in the machine order, led by its short name', () => {
    setLocale('en');
    render(StageTable, { props: { result } });
    expect(screen.getByRole('table')).toHaveAccessibleName(/lifecycle stage/i);
    expect(within(screen.getByRole('table')).getByText('Leads by lifecycle stage').tagName).toBe('CAPTION');
    const rows = bodyRows();
    expect(rows).toHaveLength(STAGES.length);
    rows.forEach((row, k) => {
      const header = within(row).getByRole('rowheader');
      expect(header.textContent!.trim().startsWith(STAGE_SHORT_NAMES[STAGES[k]!])).toBe(true);
      expect(header.querySelector('.short')!.textContent).toBe(STAGE_SHORT_NAMES[STAGES[k]!]);
    });
  });

  it('shows the engine figures for MQL', () => {
    setLocale('en');
    render(StageTable, { props: { result } });
    const S = result.stages.length;
    const atEnd = result.countsByDay[(result.days - 1) * S + stageIndex('mql')]!;
    const mql = result.conversion.find((c) => c.stage === 'mql')!;
    expect(mql.reached).toBeGreaterThan(0);
    const [current, reached, fromPrevious, cumulative] = cellsOf(rowOf('MQL'));
    expect(current).toBe(formatNumber('en', atEnd));
    expect(reached).toBe(formatNumber('en', mql.reached));
    expect(fromPrevious).toBe(formatPercent('en', mql.fromPrevious!));
    expect(cumulative).toBe(formatPercent('en', mql.cumulative!));
  });

  it('counts every stage ever reached, but gives conversions only along the hand-off path', () => {
    setLocale('en');
    render(StageTable, { props: { result } });
    const [, reached, fromPrevious] = cellsOf(rowOf('Nurturing'));
    expect(reached).toBe(formatNumber('en', result.reached[stageIndex('nurturing')]!));
    expect(fromPrevious).toContain('—');
    expect(fromPrevious).toContain('Not on the hand-off path');
  });

  it('sums the end-of-period column to the leads created', () => {
    setLocale('en');
    render(StageTable, { props: { result } });
    const total = bodyRows()
      .map((row) => Number(cellsOf(row)[0]!.replace(/\D/g, '')))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(result.createdByDay[result.days - 1]);
  });

  it('names every column in full for screen readers, though a phone shows shorter headings', () => {
    for (const [locale, full, short] of [
      ['en', ['Stage', 'At end of period', 'Ever reached', 'From previous stage', 'Of all leads'], 'Of all'],
      ['ja', ['ステージ', '期間末の件数', '累計到達数', '前段からの転換率', '全リード比'], '全体比'],
    ] as const) {
      setLocale(locale);
      const { unmount } = render(StageTable, { props: { result } });
      const headers = screen.getAllByRole('columnheader');
      expect(headers).toHaveLength(full.length);
      headers.forEach((header, k) => expect(header).toHaveAccessibleName(full[k]));
      // The short heading is in the page for sighted readers only.
      expect(within(headers[4]!).getByText(short)).toHaveAttribute('aria-hidden', 'true');
      unmount();
    }
    setLocale('en');
  });

  it('speaks Japanese when the locale is Japanese, keeping the short names', () => {
    setLocale('ja');
    render(StageTable, { props: { result } });
    expect(screen.getByText('ライフサイクルステージ別のリード数').tagName).toBe('CAPTION');
    expect(rowOf('MQL')).toBeTruthy();
    expect(within(rowOf('MQL')).getByText('マーケティング認定リード')).toBeTruthy();
    setLocale('en');
  });
});
