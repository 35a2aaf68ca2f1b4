// The learner's answers, kept in the browser so the score survives a reload. Whatever is stored is read
// defensively: junk, an old format or answers to questions that no longer exist are dropped.
import * as v from 'valibot';
import { ANSWERS, type Answer, type Question } from './questions';

export const QUIZ_KEY = 'lfl.quiz.v1';

export interface QuizProgress {
  /** The answer first checked for each question, by question id; checking locks it. */
  answers: Readonly<Record<string, Answer>>;
  /** The question on screen. */
  position: number;
}

export const NO_ANSWERS: QuizProgress = { answers: {}, position: 0 };

const stored = v.object({
  version: v.literal(1),
  answers: v.record(v.string(), v.unknown()),
  position: v.unknown(),
});

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function readQuiz(store: Store | null, questions: readonly Question[]): QuizProgress {
  try {
    const parsed = v.safeParse(stored, JSON.parse(store?.getItem(QUIZ_KEY) ?? 'null'));
    if (!parsed.success) return NO_ANSWERS;
    const known = new Set(questions.map((question) => question.id));
    const answers = Object.fromEntries(
      Object.entries(parsed.output.answers).filter(
        (entry): entry is [string, Answer] => known.has(entry[0]) && v.is(v.picklist(ANSWERS), entry[1]),
      ),
    );
    const { position } = parsed.output;
    const valid = Number.isInteger(position) && (position as number) >= 0 && (position as number) < questions.length;
    return { answers, position: valid ? (position as number) : 0 };
  } catch {
    return NO_ANSWERS;
  }
}

export function writeQuiz(store: Store | null, progress: QuizProgress): void {
  try {
    store?.setItem(QUIZ_KEY, JSON.stringify({ version: 1, ...progress }));
  } catch {
    // Private browsing or a full quota: the quiz still works, for this visit only.
  }
}

export function scoreOf(progress: QuizProgress, questions: readonly Question[]): { correct: number; answered: number } {
  let correct = 0;
  let answered = 0;
  for (const question of questions) {
    const given = progress.answers[question.id];
    if (given === undefined) continue;
    answered += 1;
    if (given === question.answer) correct += 1;
  }
  return { correct, answered };
}

/** Some browsers throw on merely touching `localStorage` when storage is blocked. */
export function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
