import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';

interface Question {
  answer: 'none' | 'lead' | 'mql' | 'sql';
  scenario: { en: string; ja: string };
  why: Record<Question['answer'], { en: string; ja: string }>;
}
const QUESTIONS: Question[] = JSON.parse(
  readFileSync(new URL('../../content/quiz.json', import.meta.url), 'utf8'),
).questions;
const ORDER = ['none', 'lead', 'mql', 'sql'] as const;
const total = QUESTIONS.length;

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Tabs forward (never clicks) until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 30 && !(await isFocused(target)); step++) await page.keyboard.press('Tab');
  expect(await isFocused(target)).toBe(true);
}

/** Picks an option with the keyboard alone: Tab into the group, Space, arrows, Enter to check. */
async function answerByKeyboard(page: Page, option: Question['answer']): Promise<void> {
  const radios = page.getByRole('group').getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let k = 0; k < ORDER.indexOf(option); k++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(ORDER.indexOf(option))).toBeChecked();
  await page.keyboard.press('Enter');
}

test('keyboard only: answer, hear the verdict with its reason, go on; the score survives a reload', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Quiz' })).toHaveAttribute('aria-current', 'page');

  const [first, second] = QUESTIONS;
  await answerByKeyboard(page, first!.answer);
  const status = page.getByRole('status');
  await expect(status).toContainText('Correct');
  await expect(status).toContainText(first!.why[first!.answer].en);
  for (const option of ORDER) await expect(page.getByText(first!.why[option].en).last()).toBeVisible();
  await expect(page.getByText('Score: 1 right out of 1 answered')).toBeVisible();

  // Focus waits on "Next question": Enter moves on, and reading starts at the new question.
  await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeFocused();
  await expect(page.getByText(second!.scenario.en)).toBeVisible();

  const wrong = ORDER.find((option) => option !== second!.answer)!;
  await answerByKeyboard(page, wrong);
  await expect(status).toContainText('Not quite');
  await expect(status).toContainText(second!.why[wrong].en);
  await expect(page.getByText('Score: 1 right out of 2 answered')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Score: 1 right out of 2 answered')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
  await expect(page.getByText(second!.why[wrong].en).last()).toBeVisible();

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByText('Score: 0 right out of 0 answered')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();

  expect(errors).toEqual([]);
});

test('the quiz speaks Japanese in a Japanese browser and fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { name: `第1問（全${total}問）` })).toBeVisible();
  await expect(page.getByText(QUESTIONS[0]!.scenario.ja)).toBeVisible();
  await page.getByRole('radio', { name: 'まだリードではない' }).check();
  await page.getByRole('button', { name: '答え合わせ' }).click();
  await expect(page.getByRole('status')).toContainText(/正解|不正解/);
  const [pageWidth, viewWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(pageWidth).toBeLessThanOrEqual(viewWidth!);
  await context.close();
});
