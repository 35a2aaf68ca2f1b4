// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/engine/settings';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { setLocale } from '../../src/i18n';
import { stageIndex } from '../../src/lifecycle/stages';
import { lessonEntry } from '../../src/learn/lessons';
import { PROGRESS_KEY } from '../../src/learn/progress';
import { applyPatch } from '../../src/learn/patch';
import { Session } from '../../src/state/session.svelte';
import LessonIndex from '../../src/views/learn/LessonIndex.svelte';
import LessonPanel from '../../src/views/learn/LessonPanel.svelte';
import { renderMarkdown } from '../../src/views/learn/markdown';
import { progress } from '../../src/views/learn/progress.svelte';
import type { SimulationClient } from '../../src/worker/client';

const scoring = lessonEntry('08-scoring')!;
if (!scoring.ok) throw new Error('lesson 08 does not load');
const start = scoring.lesson.start;
const small = simulate({ ...start, population: 300 });

/**
 * Fake figures, shaped like the engine's: a rule that lets a 10-point lead through hands over 50 more
 * MQLs than the article's own rule.
 */
function fakeResult(settings: Settings): SimulationResult {
  const { threshold, comparator } = settings.scoring.rule;
  const passesTen = threshold < 10 || (comparator === '>=' && threshold <= 10);
  const reached = [...small.reached];
  if (passesTen) reached[stageIndex('mql')]! += 50;
  return { ...small, reached };
}

function fakeClient(): SimulationClient {
  return {
    run: async (settings) => ({ status: 'result', result: fakeResult(settings) }),
    inspect: async () => ({ status: 'stale' }),
    cancel: () => {},
    dispose: () => {},
  };
}

/** A session as the page has it: the default settings and their figures on screen. */
async function pageSession(): Promise<Session> {
  const session = new Session(fakeClient());
  await session.simulate();
  return session;
}

beforeEach(() => {
  localStorage.clear();
  progress.reload();
});
afterEach(() => setLocale('en'));

const title = () => screen.getByRole('heading', { level: 2 });
const task = () => screen.getByRole('region', { name: 'Your task' });

describe('LessonPanel', () => {
  it('opens the lesson with its preset as one undoable change, and moves focus to its title', async () => {
    setLocale('en');
    const session = await pageSession();
    render(LessonPanel, { props: { session, lessonId: '08-scoring' } });
    expect(title()).toHaveTextContent("8. Scoring: the article's example, and beyond");
    expect(session.settings.scoring.rule).toMatchObject({ comparator: '>', threshold: 10 });
    expect(session.history.map((change) => change.label)).toEqual(['learn.undo.lesson']);
    await waitFor(() => expect(title()).toHaveFocus());
    expect(await screen.findByRole('table')).toHaveTextContent('Quote request');
    expect(screen.getByRole('link', { name: 'Scoring' })).toHaveAttribute('href', '#/glossary/scoring');
    expect(screen.getByRole('link', { name: 'All lessons' })).toHaveAttribute('href', '#/learn');
    expect(screen.getByRole('link', { name: /^Previous: 7\./ })).toHaveAttribute('href', '#/learn/07-shared-definition');
    expect(screen.getByRole('link', { name: /^Next: 9\./ })).toHaveAttribute('href', '#/learn/09-sales-follow-up');
  });

  it('shows each condition as not yet met, then ticks them when the figures meet the task', async () => {
    setLocale('en');
    const session = await pageSession();
    render(LessonPanel, { props: { session, lessonId: '08-scoring' } });
    const items = () => within(task()).getAllByRole('listitem');
    await waitFor(() => expect(items().length).toBeGreaterThan(0));
    expect(within(task()).queryByText(/Task complete/)).toBeNull();
    expect(items()[0]).toHaveTextContent(/Not yet\s*One of these:/);
    expect(within(task()).getByText(/MQLs above .*the .* you started with/)).toBeTruthy();

    session.commit(applyPatch(session.settings, { scoring: { rule: { threshold: 9 } } }), 'controls.rule.threshold.label');
    await within(task()).findByText(/Task complete/);
    const states = items().map((item) => item.querySelector('.status')!.textContent!.trim());
    expect(states).toEqual(['✓ Met', '✓ Met', '○ Not yet', '✓ Met']);
    expect(within(task()).getByText('MQL threshold below 10').parentElement).toHaveTextContent('Now: 9');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toMatchObject({ done: ['08-scoring'], last: '08-scoring' });
  });

  it('keeps the learner’s settings when only the language changes', async () => {
    setLocale('en');
    const session = await pageSession();
    render(LessonPanel, { props: { session, lessonId: '08-scoring' } });
    session.commit(applyPatch(session.settings, { scoring: { rule: { threshold: 12 } } }), 'controls.rule.threshold.label');
    const history = session.history.length;
    setLocale('ja');
    await waitFor(() => expect(title()).toHaveTextContent('8. スコアリング：記事の例とその先'));
    await screen.findByRole('region', { name: '課題' });
    expect(session.settings.scoring.rule.threshold).toBe(12);
    expect(session.history).toHaveLength(history);
  });

  it('puts the lesson’s start back on request, as another undoable change', async () => {
    setLocale('en');
    const session = await pageSession();
    render(LessonPanel, { props: { session, lessonId: '08-scoring' } });
    session.commit(applyPatch(session.settings, { scoring: { rule: { threshold: 12 } } }), 'controls.rule.threshold.label');
    await fireEvent.click(screen.getByRole('button', { name: 'Start this lesson again' }));
    expect(session.settings).toEqual(start);
    expect(session.history.at(-1)!.label).toBe('learn.undo.lesson');
  });

  it('says so when no lesson has the address, and links back to the path', async () => {
    setLocale('en');
    const session = await pageSession();
    render(LessonPanel, { props: { session, lessonId: 'no-such-lesson' } });
    expect(title()).toHaveTextContent('There is no lesson at this address.');
    expect(screen.getByRole('link', { name: 'See all lessons' })).toHaveAttribute('href', '#/learn');
    expect(session.history).toEqual([]);
  });
});

describe('LessonIndex', () => {
  it('lists the ten lessons and invites a newcomer to start with the first', () => {
    setLocale('en');
    render(LessonIndex);
    expect(screen.getByText('0 of 10 done')).toBeTruthy();
    const lessons = within(screen.getByRole('list', { name: 'The lessons' })).getAllByRole('listitem');
    expect(lessons).toHaveLength(10);
    expect(lessons[0]).toHaveTextContent('1. What is a lead?');
    expect(lessons[0]).toHaveTextContent('To do');
    expect(screen.getByRole('link', { name: /Start with lesson 1: What is a lead\?/ })).toHaveAttribute(
      'href',
      '#/learn/01-what-is-a-lead',
    );
  });

  it('shows the lessons done with a tick and words, and continues where the learner left off', () => {
    const stored = { version: 1, done: ['01-what-is-a-lead', '02-lead-generation', '03-nurturing'], last: '04-qualification-and-mql' };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(stored));
    progress.reload();
    setLocale('en');
    render(LessonIndex);
    expect(screen.getByText('3 of 10 done')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '3 of 10 done' })).toHaveAttribute('value', '3');
    const lessons = within(screen.getByRole('list', { name: 'The lessons' })).getAllByRole('listitem');
    expect(lessons.slice(0, 3).every((li) => /✓\s*Done/.test(li.textContent!))).toBe(true);
    expect(lessons[3]).toHaveTextContent('To do');
    expect(screen.getByRole('link', { name: /Continue where you left off: 4\. Qualification and the MQL/ })).toHaveAttribute(
      'href',
      '#/learn/04-qualification-and-mql',
    );
  });

  it('starts afresh from stored progress it cannot read', () => {
    localStorage.setItem(PROGRESS_KEY, '{"version": 1, "done": [');
    progress.reload();
    setLocale('ja');
    render(LessonIndex);
    expect(screen.getByText('10レッスン中 0レッスン完了')).toBeTruthy();
  });
});

describe('lesson text', () => {
  it('becomes HTML without anything that could run', async () => {
    const html = await renderMarkdown(
      'See [MQL](#/glossary/mql). <img src="x" onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3))',
    );
    expect(html).toContain('<a href="#/glossary/mql">MQL</a>');
    expect(html).not.toMatch(/onerror|<script|javascript:/);
  });
});
