// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inspectLead } from '../../src/engine/inspect';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { LeadTrace } from '../../src/engine/types';
import { MESSAGES, formatNumber, setLocale, type MessageKey } from '../../src/i18n';
import { STAGES, STAGE_SHORT_NAMES } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Session } from '../../src/state/session.svelte';
import LeadInspector from '../../src/views/inspector/LeadInspector.svelte';
import type { InspectOutcome, SimulationClient } from '../../src/worker/client';

const settings: Settings = { ...DEFAULT_SETTINGS, population: 400 };

/** The engine itself, without a worker: the inspector gets real stories. */
function engineClient(inspect?: SimulationClient['inspect']): SimulationClient {
  return {
    run: async (s, options) => ({ status: 'result', result: simulate(s, { sample: options?.sample ?? 0 }) }),
    inspect: inspect ?? (async (s, leadId) => ({ status: 'inspection', inspection: inspectLead(s, leadId) })),
    cancel: () => {},
    dispose: () => {},
  };
}

async function sessionWith(client = engineClient()): Promise<Session> {
  const session = new Session(client);
  session.settings = settings;
  await session.simulate();
  return session;
}

let stories: LeadTrace[];
/** A lead sales turned down for a stated reason: its story has a refined reason to explain. */
let rejected: LeadTrace;

beforeAll(() => {
  // jsdom has no layout: the score chart's width binding needs an observer that never reports.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  stories = simulate(settings, { trace: Array.from({ length: settings.population }, (_, id) => id) }).traces;
  rejected = stories.find(
    (s) => s.activities.length >= 3 && s.transitions.some((t) => t.reason.startsWith('transition.rejected.')),
  )!;
});

afterEach(() => setLocale('en'));

const leadHeading = (id: number, name = `Lead #${id}`) => screen.findByRole('heading', { level: 3, name });
const activityRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('LeadInspector', () => {
  it('shows a chosen lead’s activities with their points, its moves with their reasons, and that the replay matches', async () => {
    setLocale('en');
    const session = await sessionWith();
    render(LeadInspector, { props: { session } });
    expect(rejected).toBeTruthy();
    await session.inspect(rejected.id);

    const heading = await leadHeading(rejected.id);
    await waitFor(() => expect(heading).toHaveFocus());

    const rows = activityRows();
    expect(rows).toHaveLength(rejected.activities.length);
    rejected.activities.forEach((activity, k) => {
      const cells = within(rows[k]!);
      expect(cells.getByRole('rowheader')).toHaveTextContent(MESSAGES.en[`inspector.activity.${activity.kind}`]);
      const [day, points, score] = cells.getAllByRole('cell').map((cell) => cell.textContent!.trim());
      expect(day).toContain(`Day ${Math.floor(activity.time) + 1}`);
      const signed = activity.points > 0 ? `+${formatNumber('en', activity.points)}` : formatNumber('en', activity.points);
      expect(points).toBe(signed);
      expect(score).toBe(formatNumber('en', activity.fit + activity.engagement));
    });

    const moves = within(screen.getByRole('list', { name: 'Stage changes and why' }));
    for (const step of rejected.transitions) {
      const from = STAGE_SHORT_NAMES[STAGES[step.from]!];
      const to = STAGE_SHORT_NAMES[STAGES[step.to]!];
      expect(moves.getAllByText(`${from} → ${to}`).length).toBeGreaterThan(0);
      expect(moves.getAllByText(MESSAGES.en[step.reason as MessageKey]).length).toBeGreaterThan(0);
    }
    const reason = rejected.transitions.find((t) => t.reason.startsWith('transition.rejected.'))!.reason;
    expect(MESSAGES.en[reason as MessageKey]).toMatch(/^Sales (turned it down|could not reach)/);

    expect(screen.getByText(/live XState actor/)).toHaveTextContent(/matches the bulk run/);
  });

  it('tells the story in Japanese, with the reasons from the shared texts', async () => {
    setLocale('ja');
    const session = await sessionWith();
    render(LeadInspector, { props: { session } });
    await session.inspect(rejected.id);
    await leadHeading(rejected.id, `リード #${rejected.id}`);

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1件のリードを追う');
    const first = rejected.activities[0]!;
    expect(within(activityRows()[0]!).getByRole('rowheader')).toHaveTextContent(
      MESSAGES.ja[`inspector.activity.${first.kind}`],
    );
    const reason = rejected.transitions.find((t) => t.reason.startsWith('transition.rejected.'))!.reason;
    expect(screen.getAllByText(MESSAGES.ja[reason as MessageKey]).length).toBeGreaterThan(0);
    expect(screen.getByText(/XState/)).toHaveTextContent('完全に一致しています');
  });

  it('lets a lead be picked by its final stage without a mouse, and moves focus to its story', async () => {
    setLocale('en');
    const session = await sessionWith();
    const result = session.result!;
    render(LeadInspector, { props: { session } });

    const stageSelect = screen.getByRole('combobox', { name: 'Stage at the end of the period' });
    const won = result.finalStage.reduce((n, stage) => n + (STAGES[stage] === 'won' ? 1 : 0), 0);
    expect(within(stageSelect).getByRole('option', { name: `Won (${won})` })).toBeInTheDocument();

    await fireEvent.change(stageSelect, { target: { value: 'recycled' } });
    const leadSelect = screen.getByRole('combobox', { name: 'Lead' });
    const options = within(leadSelect).getAllByRole('option') as HTMLOptionElement[];
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(STAGES[result.finalStage[Number(option.value)]!]).toBe('recycled');
    const scores = options.map((o) => result.finalScore[Number(o.value)]!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(options[0]!.textContent).toMatch(new RegExp(`^#${options[0]!.value}: score -?\\d+, (ready to buy|not ready yet)$`));

    const chosen = Number(options[1]!.value);
    await fireEvent.change(leadSelect, { target: { value: String(chosen) } });
    await fireEvent.click(screen.getByRole('button', { name: 'Follow this lead' }));

    const heading = await leadHeading(chosen);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(session.selectedLead).toBe(chosen);
    expect(await screen.findByText(/matches the bulk run/)).toBeInTheDocument();
  });

  it('offers the leads followed so far, and closing gives focus back to the list', async () => {
    setLocale('en');
    const session = await sessionWith();
    render(LeadInspector, { props: { session } });
    await session.inspect(stories[3]!.id);
    await leadHeading(stories[3]!.id);
    await session.inspect(stories[5]!.id);
    await leadHeading(stories[5]!.id);

    const followed = screen.getByRole('list', { name: 'Followed so far' });
    const again = within(followed).getByRole('button', { name: `Lead #${stories[3]!.id}` });
    await fireEvent.click(again);
    await leadHeading(stories[3]!.id);
    expect(within(followed).getByRole('button', { name: `Lead #${stories[3]!.id}` })).toHaveAttribute('aria-current', 'true');

    await fireEvent.click(screen.getByRole('button', { name: 'Close this lead' }));
    expect(screen.queryByRole('heading', { level: 3, name: /^Lead #/ })).toBeNull();
    expect(session.inspection.status).toBe('idle');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Lead' })).toHaveFocus());
  });

  it('warns when the replay does not match the bulk run', async () => {
    setLocale('en');
    const session = await sessionWith(
      engineClient(async (s, leadId) => ({
        status: 'inspection',
        inspection: { ...inspectLead(s, leadId), matches: false },
      })),
    );
    render(LeadInspector, { props: { session } });
    await session.inspect(rejected.id);
    await leadHeading(rejected.id);
    expect(screen.getByText(/live XState actor/)).toHaveTextContent(/differs from the bulk run/);
    expect(screen.queryByText(/matches the bulk run/)).toBeNull();
  });

  it('shows that a story is on its way, and when it could not be told', async () => {
    setLocale('en');
    let fail: (outcome: InspectOutcome) => void = () => {};
    const session = await sessionWith(engineClient(() => new Promise((resolve) => (fail = resolve))));
    render(LeadInspector, { props: { session } });

    const pending = session.inspect(7);
    await leadHeading(7);
    expect(screen.getByText('Replaying the lead’s story…')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'true');

    fail({ status: 'error', problems: [{ field: '', message: 'The worker stopped.' }] });
    await pending;
    expect(await screen.findByText('This lead could not be replayed.')).toBeInTheDocument();
    // The worker's own English stays out of the page: the reader gets a sentence in their language.
    expect(screen.getByText('The simulation stopped unexpectedly. Try again; if it keeps happening, reset to defaults.')).toBeInTheDocument();
    expect(screen.queryByText('The worker stopped.')).toBeNull();
  });

  it('names a setting the worker refused by its control, never by its path', async () => {
    setLocale('ja');
    const refuse = async (): Promise<InspectOutcome> => ({
      status: 'error',
      problems: [{ field: 'scoring.rule.threshold', message: 'Invalid type: Expected number but received NaN' }],
    });
    const session = await sessionWith(engineClient(refuse));
    render(LeadInspector, { props: { session } });
    await session.inspect(3);
    const problem = await screen.findByText('「MQLのしきい値」の値はシミュレーションに使えません。');
    expect(problem.closest('article')!.textContent).not.toMatch(/scoring|Invalid|Expected/);
  });
});
