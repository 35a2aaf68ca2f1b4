// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compareDefinitions } from '../../src/engine/compare';
import { inspectLead } from '../../src/engine/inspect';
import type { Settings } from '../../src/engine/settings';
import { setLocale } from '../../src/i18n';
import { ADOPT_LABEL, Comparison } from '../../src/state/compare.svelte';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Session } from '../../src/state/session.svelte';
import CompareView from '../../src/views/compare/CompareView.svelte';
import type { CompareClient, SimulationClient } from '../../src/worker/client';

const settings: Settings = { ...DEFAULT_SETTINGS, population: 600 };

/** The engine itself, without a worker; it remembers what it was asked to compare. */
function engineClient() {
  const asked: [Settings, Settings][] = [];
  const client: CompareClient = {
    compare: async (a, b) => {
      asked.push([a, b]);
      return { status: 'comparison', comparison: compareDefinitions(a, b) };
    },
    inspect: async (s, leadId) => ({ status: 'inspection', inspection: inspectLead(s, leadId) }),
    dispose: () => {},
  };
  return { client, asked };
}

const idleSimulator = (): SimulationClient => ({
  run: async () => ({ status: 'stale' }),
  inspect: async () => ({ status: 'stale' }),
  cancel() {},
  dispose() {},
});

function renderView() {
  const session = new Session(idleSimulator());
  session.settings = settings;
  const { client, asked } = engineClient();
  render(CompareView, { props: { session, client } });
  return { session, asked };
}

const side = (name: string) => screen.getByRole('group', { name });
const row = (figure: string) => screen.getByRole('row', { name: new RegExp(`^${figure} \\d`) });

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(() => {
  setLocale('en');
  window.location.hash = '';
});

describe('CompareView', () => {
  it('runs both proposals on the simulator’s leads and shows their figures side by side', async () => {
    setLocale('en');
    const { asked } = renderView();
    await screen.findByRole('table', { name: 'The same leads under both definitions' });
    const [a, b] = asked.at(-1)!;
    expect([a.seed, a.population, a.days]).toEqual([b.seed, b.population, b.days]);
    expect(a.population).toBe(600);
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(1, 3)).toEqual(["Marketing's proposal", "Sales' proposal"]);
    expect(screen.getAllByRole('row')).toHaveLength(10);
  });

  it('shows the change of a side’s threshold in words and counts the leads only one side hands over', async () => {
    setLocale('en');
    renderView();
    const sales = side("Sales' proposal");
    await fireEvent.click(within(sales).getByRole('radio', { name: /Total score/ }));
    const threshold = within(sales).getByRole('spinbutton', { name: 'MQL threshold (points)' });
    await fireEvent.change(threshold, { target: { value: '200' } });
    await waitFor(() => expect(within(row('MQLs')).getByText(/▼ [\d,]+ fewer/)).toBeTruthy());
    const onlyMarketing = screen.getByRole('heading', { name: "MQL under Marketing's proposal, not under Sales' proposal" });
    const section = onlyMarketing.closest('section')!;
    expect(within(section).getByText(/^[\d,]+ leads, [\d,]+ of them really ready/)).toBeTruthy();
    expect(
      screen.getByText("No lead: Marketing's proposal hands over every lead that Sales' proposal does."),
    ).toBeTruthy();

    await fireEvent.click(within(section).getAllByRole('button', { name: /^Lead #\d+$/ })[0]!);
    expect(await screen.findByRole('heading', { name: /^Lead #\d+ under Marketing's proposal$/ })).toBeTruthy();
  });

  it('refuses a threshold out of range and says why, keeping the last good one', async () => {
    setLocale('en');
    const { asked } = renderView();
    await screen.findByRole('table');
    const marketing = side("Marketing's proposal");
    const threshold = within(marketing).getByRole('spinbutton', { name: 'MQL threshold (points)' });
    const runs = asked.length;
    await fireEvent.change(threshold, { target: { value: '9999' } });
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(within(marketing).getByText('Enter a whole number between 0 and 500.')).toBeTruthy();
    expect(asked.length).toBe(runs);
  });

  it('renames a side everywhere it is named', async () => {
    setLocale('en');
    renderView();
    await screen.findByRole('table');
    const name = within(side("Sales' proposal")).getByRole('textbox', { name: 'Name of this proposal' });
    await fireEvent.input(name, { target: { value: 'Field sales' } });
    expect(side('Field sales')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Adopt Field sales as the agreed definition' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByRole('columnheader', { name: 'Field sales' })).toBeTruthy();
  });

  it('adopts a side after confirmation: the simulator gets its rules, undoably, and opens', async () => {
    setLocale('en');
    const { session } = renderView();
    await screen.findByRole('table');
    const commit = vi.spyOn(session, 'commit');
    await fireEvent.click(screen.getByRole('button', { name: "Adopt Sales' proposal as the agreed definition" }));
    expect(commit).not.toHaveBeenCalled();
    const yes = screen.getByRole('button', { name: 'Adopt and open the simulator' });
    expect(document.activeElement).toBe(yes);
    await fireEvent.click(yes);
    expect(commit).toHaveBeenCalledOnce();
    const [adopted, label] = commit.mock.calls[0]!;
    expect(label).toBe(ADOPT_LABEL);
    expect(adopted.scoring.rule.mode).toBe('fitAndEngagement');
    expect(adopted.population).toBe(600);
    expect(session.canUndo).toBe(true);
    expect(window.location.hash).toBe('#/');
  });

  it('keeps both sides and their names when the page is left and opened again', async () => {
    setLocale('en');
    const session = new Session(idleSimulator());
    session.settings = settings;
    const first = render(CompareView, { props: { session, client: engineClient().client } });
    await screen.findByRole('table');
    const sales = side("Sales' proposal");
    await fireEvent.input(within(sales).getByRole('textbox', { name: 'Name of this proposal' }), {
      target: { value: 'Field sales' },
    });
    await fireEvent.click(within(side('Field sales')).getByRole('radio', { name: /Total score/ }));
    await fireEvent.change(within(side('Field sales')).getByRole('spinbutton', { name: 'MQL threshold (points)' }), {
      target: { value: '180' },
    });
    first.unmount();

    render(CompareView, { props: { session, client: engineClient().client } });
    await screen.findByRole('table');
    const again = side('Field sales');
    expect(within(again).getByRole<HTMLInputElement>('spinbutton', { name: 'MQL threshold (points)' }).value).toBe('180');
  });

  it('edits a weight on one side: only that side’s figures change, and the page says which points differ', async () => {
    setLocale('en');
    const { asked } = renderView();
    await screen.findByRole('table');
    const points = screen.getByRole('region', { name: "Points that differ (Marketing's proposal vs Sales' proposal)" });
    expect(within(points).getByText(/same points for every activity/)).toBeTruthy();
    const column = (index: number) =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[index]!.textContent);
    const [marketingBefore, salesBefore] = [column(0), column(1)];

    const sales = side("Sales' proposal");
    await fireEvent.click(within(sales).getByText('Activity points (engagement)'));
    // The side is named once, by its fieldset; the field itself keeps the simulator's short name.
    const inquiry = within(sales).getByRole('spinbutton', { name: 'Inquiry points' });
    await fireEvent.change(inquiry, { target: { value: '5' } });

    await waitFor(() => expect(asked.at(-1)![1].scoring.weights.inquiry).toBe(5));
    await waitFor(() => expect(column(1)).not.toEqual(salesBefore));
    expect(column(0)).toEqual(marketingBefore);
    expect(asked.at(-1)![0].scoring.weights).toEqual(settings.scoring.weights);
    expect(within(points).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Inquiry: 50 vs 5 points']);
    expect(within(side("Marketing's proposal")).getByRole<HTMLInputElement>('spinbutton', { name: 'Inquiry points' }).value).toBe(
      '50',
    );
  });

  it('holds a side’s points to the simulator’s ranges: a weight out of range is refused and explained', async () => {
    setLocale('en');
    const { session, asked } = renderView();
    await screen.findByRole('table');
    const runs = asked.length;
    const inquiry = within(side("Sales' proposal")).getByRole('spinbutton', { name: 'Inquiry points' });
    await fireEvent.change(inquiry, { target: { value: '500' } });
    expect(inquiry).toHaveAttribute('aria-invalid', 'true');
    expect(inquiry).toHaveAccessibleDescription(/Enter a whole number from -100 to 100\. Still using 50\./);
    expect(asked.length).toBe(runs);

    // The state itself takes only what the settings schema accepts, whoever calls it.
    const comparison = new Comparison(session, engineClient().client);
    const before = comparison.definitions.b;
    comparison.setScoring('b', { ...before.scoring, weights: { ...before.scoring.weights, inquiry: Number.NaN } });
    expect(comparison.definitions.b).toBe(before);
    comparison.dispose();
  });

  it('adopts a side’s own points along with its rule', async () => {
    setLocale('en');
    const { session } = renderView();
    await screen.findByRole('table');
    const sales = side("Sales' proposal");
    await fireEvent.change(within(sales).getByRole('spinbutton', { name: 'Inquiry points' }), { target: { value: '-5' } });
    await fireEvent.change(within(sales).getByRole('spinbutton', { name: 'Student points' }), { target: { value: '-60' } });
    await fireEvent.click(screen.getByRole('button', { name: "Adopt Sales' proposal as the agreed definition" }));
    await fireEvent.click(screen.getByRole('button', { name: 'Adopt and open the simulator' }));
    expect(session.settings.scoring.weights).toEqual({ ...settings.scoring.weights, inquiry: -5 });
    expect(session.settings.scoring.fit.role.student).toBe(-60);
  });

  it('lists the differing points in Japanese too', async () => {
    setLocale('ja');
    renderView();
    await screen.findByRole('table');
    const marketing = side('マーケティング案');
    await fireEvent.change(within(marketing).getByRole('spinbutton', { name: '問い合わせ 点' }), { target: { value: '2' } });
    await fireEvent.change(within(marketing).getByRole('spinbutton', { name: '学生 点' }), { target: { value: '0' } });
    const points = screen.getByRole('region', { name: '配点が違う項目（マーケティング案 対 営業案）' });
    expect(within(points).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '問い合わせ：2点 対 50点',
      '学生：0点 対 -20点',
    ]);
  });

  it('speaks Japanese with natural default names', async () => {
    setLocale('ja');
    renderView();
    await screen.findByRole('table');
    expect(side('マーケティング案')).toBeTruthy();
    expect(side('営業案')).toBeTruthy();
  });
});
