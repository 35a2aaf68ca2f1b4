// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n';
import { QUIZ_KEY } from '../../src/views/quiz/progress';
import { QUESTIONS } from '../../src/views/quiz/questions';
import QuizView from '../../src/views/quiz/QuizView.svelte';

const [first, second] = QUESTIONS;
const OPTION_NAME = { none: 'Not yet a lead', lead: 'Lead', mql: 'MQL', sql: 'SQL' } as const;
const wrongFor = (answer: keyof typeof OPTION_NAME) => (answer === 'lead' ? 'sql' : 'lead');

const stored = () => JSON.parse(localStorage.getItem(QUIZ_KEY) ?? 'null');
const status = () => screen.getByRole('status');

async function answer(option: keyof typeof OPTION_NAME) {
  await fireEvent.click(screen.getByRole('radio', { name: OPTION_NAME[option] }));
  await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  await tick();
}

beforeEach(() => {
  localStorage.clear();
  setLocale('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('en');
});

describe('QuizView', () => {
  it('asks one question at a time as a named radio group with a Check button', () => {
    render(QuizView);
    expect(screen.getByRole('heading', { name: `Question 1 of ${QUESTIONS.length}` })).toBeInTheDocument();
    expect(screen.getByText(first!.scenario.en)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Where does this person stand now?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByText('Score: 0 right out of 0 answered')).toBeInTheDocument();
  });

  it('asks for an answer when Check is pressed with none chosen', async () => {
    render(QuizView);
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(status()).toHaveTextContent('Choose an answer first');
    expect(stored()).toBeNull();
  });

  it('says a right answer is right, explains every option and stores the score', async () => {
    render(QuizView);
    await answer(first!.answer);
    expect(status()).toHaveTextContent(`Correct: the answer is “${OPTION_NAME[first!.answer]}”.`);
    // The verdict is read out with the reason.
    expect(status()).toHaveTextContent(first!.why[first!.answer].en);
    for (const option of ['none', 'lead', 'mql', 'sql'] as const) {
      expect(screen.getByRole('list', { name: 'Why each answer is right or wrong' })).toHaveTextContent(
        first!.why[option].en,
      );
    }
    expect(screen.getByText('Score: 1 right out of 1 answered')).toBeInTheDocument();
    expect(stored()).toMatchObject({ answers: { [first!.id]: first!.answer } });
    // Focus moves on to the next step instead of being lost with the form.
    expect(screen.getByRole('button', { name: /Next question/ })).toHaveFocus();
  });

  it('says a wrong answer is wrong, names the right one, and counts it as answered', async () => {
    render(QuizView);
    const wrong = wrongFor(first!.answer);
    await answer(wrong);
    expect(status()).toHaveTextContent(
      `Not quite: you chose “${OPTION_NAME[wrong]}”, but the answer is “${OPTION_NAME[first!.answer]}”.`,
    );
    expect(status()).toHaveTextContent(first!.why[wrong].en);
    expect(screen.getByText('Score: 0 right out of 1 answered')).toBeInTheDocument();
  });

  it('moves to the next question and keeps the score and position for the next visit', async () => {
    const view = render(QuizView);
    await answer(first!.answer);
    await fireEvent.click(screen.getByRole('button', { name: /Next question/ }));
    await tick();
    const heading = screen.getByRole('heading', { name: `Question 2 of ${QUESTIONS.length}` });
    expect(heading).toHaveFocus();
    expect(screen.getByText(second!.scenario.en)).toBeInTheDocument();
    view.unmount();

    render(QuizView);
    expect(screen.getByRole('heading', { name: `Question 2 of ${QUESTIONS.length}` })).toBeInTheDocument();
    expect(screen.getByText('Score: 1 right out of 1 answered')).toBeInTheDocument();
  });

  it('sums up once every question is answered and offers to start again', async () => {
    const answers = Object.fromEntries(QUESTIONS.slice(0, -1).map((q) => [q.id, q.answer]));
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ version: 1, answers, position: QUESTIONS.length - 1 }));
    render(QuizView);
    expect(screen.getByRole('button', { name: /Next question/ })).toBeDisabled();
    await answer(QUESTIONS.at(-1)!.answer);
    expect(
      screen.getByText(`You have answered every question: ${QUESTIONS.length} of ${QUESTIONS.length} right.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();
  });

  it('starts again from nothing', async () => {
    render(QuizView);
    await answer(first!.answer);
    await fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Score: 0 right out of 0 answered')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check' })).toBeInTheDocument();
    expect(stored()).toMatchObject({ answers: {}, position: 0 });
  });

  it('reads a damaged store as a fresh start and works when storage throws', async () => {
    localStorage.setItem(QUIZ_KEY, '{"version":1,"answers":"lots","position":-3}');
    const view = render(QuizView);
    expect(screen.getByText('Score: 0 right out of 0 answered')).toBeInTheDocument();
    view.unmount();

    const fail = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 });
    render(QuizView);
    await answer(first!.answer);
    expect(screen.getByText('Score: 1 right out of 1 answered')).toBeInTheDocument();
  });

  it('speaks Japanese when the page does', () => {
    setLocale('ja');
    render(QuizView);
    expect(screen.getByText(first!.scenario.ja)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'まだリードではない' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '答え合わせ' })).toBeInTheDocument();
  });
});
