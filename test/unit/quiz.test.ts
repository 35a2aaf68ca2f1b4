import { describe, expect, it } from 'vitest';
import { TERM_BY_ID } from '../../src/views/glossary/terms';
import { NO_ANSWERS, QUIZ_KEY, readQuiz, scoreOf, writeQuiz } from '../../src/views/quiz/progress';
import { ANSWERS, QUESTIONS } from '../../src/views/quiz/questions';

const question = (id: string) => {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('quiz content', () => {
  it('has at least 15 questions with unique ids', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it('uses all four answers, each more than once', () => {
    for (const answer of ANSWERS) {
      expect(QUESTIONS.filter((q) => q.answer === answer).length, answer).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells the scenario and explains every option, right or wrong, in both languages', () => {
    for (const q of QUESTIONS) {
      for (const locale of ['en', 'ja'] as const) {
        expect(q.scenario[locale].trim(), `${q.id} ${locale}`).not.toBe('');
        for (const option of ANSWERS) expect(q.why[option][locale].trim(), `${q.id} ${option} ${locale}`).not.toBe('');
      }
      expect(q.why[q.answer].en, q.id).toMatch(/^Right/);
      expect(q.why[q.answer].ja, q.id).toMatch(/^正解/);
      for (const option of ANSWERS.filter((o) => o !== q.answer)) {
        expect(q.why[option].en, `${q.id} ${option}`).not.toMatch(/^Right/);
        expect(q.why[option].ja, `${q.id} ${option}`).not.toMatch(/^正解/);
      }
    }
  });

  it("includes the article's three SQL examples, answered SQL", () => {
    const quote = question('quote-two-services');
    expect(quote.answer).toBe('sql');
    expect(quote.scenario.en).toMatch(/initial cost.*monthly cost.*quote/);
    expect(quote.scenario.ja).toMatch(/初期費用.*月額費用.*見積/);

    const budget = question('what-budget-buys');
    expect(budget.answer).toBe('sql');
    expect(budget.scenario.en).toMatch(/budget/);
    expect(budget.scenario.ja).toMatch(/予算/);

    const team = question('team-of-20');
    expect(team.answer).toBe('sql');
    expect(team.scenario.en).toMatch(/team of 20.*monthly/);
    expect(team.scenario.ja).toMatch(/20名.*月額/);
  });

  it('teaches that an MQL can already be an SQL', () => {
    const q = question('mql-already-sql');
    expect(q.answer).toBe('sql');
    expect(q.why.mql.en).toMatch(/MQL can already be an SQL/);
    expect(q.why.mql.ja).toMatch(/すでにSQL/);
  });

  it('covers not-yet-leads: an anonymous visitor, a competitor and a student', () => {
    for (const id of ['anonymous-visitor', 'competitor', 'student']) expect(question(id).answer).toBe('none');
  });

  it('links only glossary terms that exist', () => {
    for (const q of QUESTIONS) {
      for (const term of q.terms) expect(TERM_BY_ID.has(term), `${q.id} -> ${term}`).toBe(true);
    }
  });
});

/** A store in memory, like localStorage. */
function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('quiz progress', () => {
  const [first, second, third] = QUESTIONS;

  it('keeps the answers and the position between visits, and scores them', () => {
    const store = memory();
    const wrong = ANSWERS.find((answer) => answer !== second!.answer)!;
    const progress = { answers: { [first!.id]: first!.answer, [second!.id]: wrong }, position: 2 };
    writeQuiz(store, progress);
    const read = readQuiz(store, QUESTIONS);
    expect(read).toEqual(progress);
    expect(scoreOf(read, QUESTIONS)).toEqual({ correct: 1, answered: 2 });
    expect(scoreOf(NO_ANSWERS, QUESTIONS)).toEqual({ correct: 0, answered: 0 });
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, answers: {}, position: 0 })],
    ['an array', '[]'],
    ['null', 'null'],
  ])('starts afresh from %s', (_, raw) => {
    const store = memory(raw === undefined ? {} : { [QUIZ_KEY]: raw });
    expect(readQuiz(store, QUESTIONS)).toEqual(NO_ANSWERS);
  });

  it('drops answers to unknown questions, unknown answers and a position out of range', () => {
    const raw = JSON.stringify({
      version: 1,
      answers: { [first!.id]: 'mql', [third!.id]: 'maybe', 'no-such-question': 'sql', ['__proto__']: 'sql' },
      position: 999,
    });
    expect(readQuiz(memory({ [QUIZ_KEY]: raw }), QUESTIONS)).toEqual({ answers: { [first!.id]: 'mql' }, position: 0 });
  });

  it('survives a store that throws (private browsing) or is missing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readQuiz(throwing, QUESTIONS)).toEqual(NO_ANSWERS);
    expect(() => writeQuiz(throwing, NO_ANSWERS)).not.toThrow();
    expect(readQuiz(null, QUESTIONS)).toEqual(NO_ANSWERS);
  });
});
