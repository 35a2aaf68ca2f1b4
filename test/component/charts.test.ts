// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { STAGES, STAGE_SHORT_NAMES, SUCCESS_PATH } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import FunnelChart from '../../src/views/charts/FunnelChart.svelte';
import LifecycleDiagram from '../../src/views/charts/LifecycleDiagram.svelte';
import ScoreDistribution from '../../src/views/charts/ScoreDistribution.svelte';

// jsdom lays nothing out: the charts' measured width stays 0 and they draw at their fallback width.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const withRule = (rule: Partial<Settings['scoring']['rule']>): Settings => ({
  ...DEFAULT_SETTINGS,
  population: 800,
  scoring: { ...DEFAULT_SETTINGS.scoring, rule: { ...DEFAULT_SETTINGS.scoring.rule, ...rule } },
});

const settings = withRule({});
let result: SimulationResult;

beforeAll(() => {
  result = simulate(settings);
});

/** Ready and not-ready leads that pass a line, counted straight from the engine's arrays. */
function sides(values: (i: number) => number | null, line: number, strict: boolean) {
  const counts = { meetsReady: 0, meetsNotReady: 0, belowReady: 0, belowNotReady: 0 };
  for (let i = 0; i < result.population; i++) {
    const v = values(i);
    if (v === null) continue;
    const meets = strict ? v > line : v >= line;
    const ready = result.finalReady[i] === 1;
    counts[`${meets ? 'meets' : 'below'}${ready ? 'Ready' : 'NotReady'}`]++;
  }
  return counts;
}

const rowCells = (table: HTMLElement, header: RegExp) =>
  within(within(table).getByRole('rowheader', { name: header }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.querySelector('strong')!.textContent);

describe('FunnelChart', () => {
  it('draws one bar per stage of the hand-off path, as long as its share of all leads', () => {
    setLocale('en');
    const { container } = render(FunnelChart, { props: { result } });
    const figure = screen.getByRole('img', { name: 'Hand-off funnel' });
    const rows = container.querySelectorAll('g.row');
    expect([...rows].map((row) => row.getAttribute('data-stage'))).toEqual(SUCCESS_PATH);
    const widths = [...container.querySelectorAll('rect.bar')].map((bar) => Number(bar.getAttribute('width')));
    const lead = result.conversion[0]!.reached;
    result.conversion.forEach((c, k) => {
      if (c.reached / lead > 0.01) expect(widths[k]! / widths[0]!).toBeCloseTo(c.reached / lead, 2);
    });
    expect(figure.closest('figure')!.querySelector('figcaption')).toHaveTextContent(/share of the stage above/);
  });

  it('labels counts, stage-to-stage and cumulative conversion on the chart', () => {
    setLocale('en');
    const { container } = render(FunnelChart, { props: { result } });
    const sal = result.conversion.find((c) => c.stage === 'sal')!;
    const row = container.querySelector('g.row[data-stage="sal"]')!;
    expect(row).toHaveTextContent(formatNumber('en', sal.reached));
    expect(row).toHaveTextContent(`${formatPercent('en', sal.cumulative!)} of all leads`);
    expect(row).toHaveTextContent(`${formatPercent('en', sal.fromPrevious!)} of MQL`);
    // The drawing is described by a text summary with the same figures.
    expect(screen.getByRole('img', { name: 'Hand-off funnel' })).toHaveAccessibleDescription(
      new RegExp(`SAL: ${formatNumber('en', sal.reached)} leads`),
    );
  });
});

describe('ScoreDistribution', () => {
  it('stacks ready and not-ready leads into hatched and solid bars, and counts every lead', () => {
    setLocale('en');
    const { container } = render(ScoreDistribution, { props: { result, settings } });
    expect(screen.getByRole('img', { name: 'Where the MQL line cuts' })).toBeTruthy();
    const ready = container.querySelectorAll('rect.bar.ready');
    const notReady = container.querySelectorAll('rect.bar.not-ready');
    expect(ready.length).toBeGreaterThan(3);
    expect(notReady.length).toBeGreaterThan(3);
    // Not by colour alone: ready bars are hatched, and the legend says which is which.
    expect(ready[0]!.getAttribute('fill')).toMatch(/^url\(#/);
    expect(screen.getByText('Really ready to buy (hatched)')).toBeTruthy();
    expect(screen.getByText(/Hatched bars are leads really ready to buy: that is what sales can't see/)).toBeTruthy();
    const table = screen.getByRole('table', { name: /each side of the line/ });
    const counted = [...rowCells(table, /Really ready/), ...rowCells(table, /Not ready/)]
      .map((text) => Number(text!.replace(/\D/g, '')))
      .reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.population);
  });

  it('draws the MQL threshold as a labelled line exactly on the edge of the bars that pass it', () => {
    setLocale('en');
    const { container } = render(ScoreDistribution, { props: { result, settings } });
    const line = container.querySelector('line.mql-line')!;
    const threshold = settings.scoring.rule.threshold;
    const lineX = Number(line.getAttribute('x1'));
    expect(line.getAttribute('data-value')).toBe(String(threshold));
    expect(container.querySelector('.line-label')).toHaveTextContent(`MQL ≥ ${threshold}`);
    const bars = [...container.querySelectorAll('rect.bar')];
    const first = bars.find((bar) => Number(bar.getAttribute('data-x0')) === threshold)!;
    expect(Number(first.getAttribute('x'))).toBeCloseTo(lineX + 0.5, 5);
    for (const bar of bars) {
      const left = Number(bar.getAttribute('data-x0')) < threshold;
      expect(Number(bar.getAttribute('x')) < lineX).toBe(left);
    }
  });

  it('counts ready and not-ready leads on each side of the line from the engine’s arrays', () => {
    setLocale('en');
    render(ScoreDistribution, { props: { result, settings } });
    const expected = sides((i) => result.finalScore[i]!, settings.scoring.rule.threshold, false);
    const table = screen.getByRole('table', { name: /each side of the line/ });
    expect(rowCells(table, /Really ready/)).toEqual([
      formatNumber('en', expected.belowReady),
      formatNumber('en', expected.meetsReady),
    ]);
    expect(rowCells(table, /Not ready/)).toEqual([
      formatNumber('en', expected.belowNotReady),
      formatNumber('en', expected.meetsNotReady),
    ]);
  });

  it('plots engagement against its minimum for a two-axis rule, and says so', () => {
    setLocale('en');
    const rule = { mode: 'fitAndEngagement' as const, comparator: '>' as const, fitMin: 30, engagementMin: 50 };
    const twoAxis = withRule(rule);
    const { container } = render(ScoreDistribution, { props: { result, settings: twoAxis } });
    expect(container.querySelector('line.mql-line')!.getAttribute('data-value')).toBe('50');
    expect(container.querySelector('.line-label')).toHaveTextContent('Engagement > 50');
    expect(screen.getByText('Engagement score at the end of the period')).toBeTruthy();
    const failsFit = [...result.finalFit].filter((fit) => !(fit > 30)).length;
    expect(container.querySelector('figcaption')).toHaveTextContent(`${formatNumber('en', failsFit)} leads fail the fit minimum`);
    const expected = sides(
      (i) => (result.finalFit[i]! > 30 ? result.finalScore[i]! - result.finalFit[i]! : null),
      50,
      true,
    );
    const table = screen.getByRole('table', { name: /each side of the line/ });
    expect(rowCells(table, /Really ready/)).toEqual([
      formatNumber('en', expected.belowReady),
      formatNumber('en', expected.meetsReady),
    ]);
  });
});

describe('LifecycleDiagram', () => {
  it('draws every stage of the machine with its end-of-period and ever-reached counts', () => {
    setLocale('en');
    const { container } = render(LifecycleDiagram, { props: { result } });
    const S = result.stages.length;
    for (const stage of STAGES) {
      const node = container.querySelector(`g.node[data-stage="${stage}"]`)!;
      const s = result.stages.indexOf(stage);
      expect(node).toHaveTextContent(STAGE_SHORT_NAMES[stage]);
      expect(node).toHaveTextContent(`Now ${formatNumber('en', result.countsByDay[(result.days - 1) * S + s]!)}`);
      expect(node).toHaveTextContent(`Ever ${formatNumber('en', result.reached[s]!)}`);
    }
  });

  it('draws thicker arrows for bigger flows, labels them, and lists them in words', () => {
    setLocale('en');
    const { container } = render(LifecycleDiagram, { props: { result } });
    const S = result.stages.length;
    const flow = (from: string, to: string) =>
      result.flows[result.stages.indexOf(from as never) * S + result.stages.indexOf(to as never)]!;
    const edge = (from: string, to: string) => container.querySelector(`path.edge[data-from="${from}"][data-to="${to}"]`)!;
    expect(flow('lead', 'nurturing')).toBeGreaterThan(flow('mql', 'sal'));
    expect(Number(edge('lead', 'nurturing').getAttribute('stroke-width'))).toBeGreaterThan(
      Number(edge('mql', 'sal').getAttribute('stroke-width')),
    );
    const labels = [...container.querySelectorAll('text.volume')].map((t) => t.textContent);
    expect(labels).toContain(formatNumber('en', flow('mql', 'sal')));
    const diagram = screen.getByRole('img', { name: /lead lifecycle/ });
    expect(diagram).toHaveAccessibleDescription(new RegExp(`MQL → SAL: ${formatNumber('en', flow('mql', 'sal'))} transitions`));
  });

  it('speaks Japanese around the drawing', () => {
    setLocale('ja');
    const { container } = render(LifecycleDiagram, { props: { result } });
    expect(container.querySelector('g.node[data-stage="mql"]')).toHaveTextContent('累計');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ライフサイクル');
    setLocale('en');
  });
});
