// The quiz as data (content/quiz.json), checked on load so that a question with a missing translation or
// a missing explanation fails the tests instead of showing a blank on the page.
import * as v from 'valibot';
import quiz from '../../../content/quiz.json';

/** The four answers, in the order a lead moves: "not yet a lead" comes first. */
export const ANSWERS = ['none', 'lead', 'mql', 'sql'] as const;
export type Answer = (typeof ANSWERS)[number];

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const bilingual = v.object({ en: text, ja: text });

const questionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  answer: v.picklist(ANSWERS),
  /** Glossary terms the question is about, linked from its explanation. */
  terms: v.array(v.string()),
  scenario: bilingual,
  /** Why each answer is right or wrong: every option is explained, not just the right one. */
  why: v.object({ none: bilingual, lead: bilingual, mql: bilingual, sql: bilingual }),
});

export type Question = v.InferOutput<typeof questionSchema>;

export const QUESTIONS: readonly Question[] = v.parse(v.array(questionSchema), quiz.questions);
