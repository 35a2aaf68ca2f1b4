// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { setLocale } from '../../src/i18n';
import { lessonEntry } from '../../src/learn/lessons';
import type { Lesson } from '../../src/learn/lessonSchema';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Keeper } from '../../src/state/persist/keeper.svelte';
import { Session } from '../../src/state/session.svelte';
import { openLesson } from '../../src/views/learn/lessonRun.svelte';
import { SET_ASIDE_KEY, setAsideOf } from '../../src/views/learn/setAside.svelte';
import ShareNotice from '../../src/views/share/ShareNotice.svelte';
import type { LeadsCsvClient, SimulationClient } from '../../src/worker/client';

const figures = simulate({ ...DEFAULT_SETTINGS, population: 200 });
const client: SimulationClient = {
  run: async () => ({ status: 'result', result: figures }),
  inspect: async () => ({ status: 'stale' }),
  cancel: () => {},
  dispose: () => {},
} as unknown as SimulationClient;

const lesson = (id: string): Lesson => {
  const entry = lessonEntry(id);
  if (!entry?.ok) throw new Error(`lesson ${id} does not load`);
  return entry.lesson;
};

/** The learner's own work: the typical preset with the threshold at 55. */
function learnerSession(): Session {
  const own = structuredClone(DEFAULT_SETTINGS);
  own.scoring.rule.threshold = 55;
  return new Session(client, { initial: own, csvClient: {} as LeadsCsvClient });
}

const keeper = () => new Keeper({ location: { search: '', hash: '', pathname: '/' }, history: { state: null, replaceState: () => {} }, storage: undefined });

beforeEach(() => localStorage.clear());
afterEach(() => setLocale('en'));

describe('settings a lesson set aside', () => {
  it('says which lesson replaced the learner’s settings and gives them back on request, undoably', async () => {
    const session = learnerSession();
    render(ShareNotice, { props: { keeper: keeper(), session } });
    expect(screen.queryByText(/settings lesson/)).toBeNull();

    openLesson(session, lesson('07-shared-definition'));
    flushSync();
    expect(session.settings.scoring.rule.threshold).not.toBe(55);
    expect(screen.getByText(/lesson 7 started from/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Restore my settings' }));
    expect(session.settings.scoring.rule.threshold).toBe(55);
    expect(screen.queryByText(/lesson 7 started from/)).toBeNull();
    session.undo();
    expect(session.settings.scoring.rule.threshold).not.toBe(55);
  });

  it('keeps the settings from before the first lesson when the learner goes on to the next', async () => {
    const session = learnerSession();
    render(ShareNotice, { props: { keeper: keeper(), session } });
    openLesson(session, lesson('07-shared-definition'));
    openLesson(session, lesson('08-scoring'));
    flushSync();
    expect(screen.getByText(/lesson 8 started from/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restore my settings' }));
    expect(session.settings.scoring.rule.threshold).toBe(55);
  });

  it('stays quiet inside the lesson, and goes away when the learner keeps the lesson’s settings', async () => {
    const session = learnerSession();
    const view = render(ShareNotice, { props: { keeper: keeper(), session, inLesson: true } });
    openLesson(session, lesson('07-shared-definition'));
    flushSync();
    expect(screen.queryByRole('button', { name: 'Restore my settings' })).toBeNull();

    await view.rerender({ keeper: keeper(), session, inLesson: false });
    const lessonThreshold = session.settings.scoring.rule.threshold;
    await fireEvent.click(screen.getByRole('button', { name: 'Keep the lesson’s settings' }));
    expect(screen.queryByRole('button', { name: 'Restore my settings' })).toBeNull();
    expect(session.settings.scoring.rule.threshold).toBe(lessonThreshold);
  });

  it('speaks Japanese in a Japanese page', () => {
    setLocale('ja');
    const session = learnerSession();
    render(ShareNotice, { props: { keeper: keeper(), session } });
    openLesson(session, lesson('07-shared-definition'));
    flushSync();
    expect(screen.getByText(/レッスン7/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '自分の設定に戻す' })).toBeTruthy();
  });

  it('still offers the learner’s settings after a reload, since the lesson’s own settings are autosaved', async () => {
    const before = learnerSession();
    openLesson(before, lesson('07-shared-definition'));

    // The page again: a new session starting from the autosaved (lesson) settings.
    const after = new Session(client, { initial: before.settings, csvClient: {} as LeadsCsvClient });
    render(ShareNotice, { props: { keeper: keeper(), session: after } });
    expect(screen.getByText(/lesson 7 started from/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restore my settings' }));
    expect(after.settings.scoring.rule.threshold).toBe(55);
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('drops a stored copy that is not whole instead of offering broken settings', () => {
    localStorage.setItem(SET_ASIDE_KEY, JSON.stringify({ own: { version: 1, population: 'many' }, lesson: { id: 'x', number: 7, title: { en: 'T', ja: 'T' } } }));
    expect(setAsideOf(learnerSession()).own).toBeNull();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
    localStorage.setItem(SET_ASIDE_KEY, '{"own":');
    expect(setAsideOf(learnerSession()).own).toBeNull();
  });
});
