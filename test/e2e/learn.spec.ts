import { expect, test, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught exception in the page. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

const lessonList = (page: Page) => page.getByRole('list', { name: 'The lessons' });
const lessonTitle = (page: Page) => page.getByRole('heading', { level: 2, name: /^8\. Scoring/ });
const task = (page: Page) => page.getByRole('region', { name: 'Your task' });
const thresholdField = (page: Page) => page.getByRole('spinbutton', { name: /MQL threshold/ });
const over = (page: Page) => page.getByRole('radio', { name: /over 10/ });

test('a learner opens a lesson by keyboard, does its task with the controls, sees the tick and keeps the progress', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto('./#/learn');
  await expect(page.getByText('0 of 10 done')).toBeVisible();
  await expect(lessonList(page).getByRole('listitem')).toHaveCount(10);

  // Keyboard only: focus the lesson's link, then follow it.
  const link = lessonList(page).getByRole('link', { name: /^8\. Scoring/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/learn\/08-scoring$/);
  await expect(lessonTitle(page)).toBeFocused();

  // The lesson opened the simulator with the article's preset: over 10 points.
  await expect(thresholdField(page)).toHaveValue('10');
  await expect(over(page)).toBeChecked();
  await expect(page.getByRole('table').filter({ hasText: 'Quote request' })).toBeVisible();
  await expect(task(page).getByText(/MQLs above .* you started with/)).toBeVisible();
  await expect(task(page).getByText('Task complete', { exact: false })).toHaveCount(0);

  await thresholdField(page).fill('9');
  await thresholdField(page).press('Enter');
  await expect(task(page).getByText(/Task complete/)).toBeVisible();
  const condition = (text: string | RegExp) =>
    task(page).getByRole('listitem').filter({ hasText: text }).filter({ hasNotText: 'One of these' });
  await expect(condition('MQL threshold below 10')).toContainText(/✓\s*Met/);
  await expect(condition('Passing means ≥')).toContainText(/○\s*Not yet/);
  await expect(condition(/MQLs above/)).toContainText(/✓\s*Met/);

  // Switching the language keeps the learner's settings and the lesson: nothing is applied again.
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^8\. スコアリング/ })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /MQLのしきい値/ })).toHaveValue('9');
  await expect(page.getByRole('region', { name: '課題' })).toContainText('課題を達成しました');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(lessonTitle(page)).toBeVisible();

  // Back returns to the path, which counts the lesson as done, also after a reload.
  await page.goBack();
  await expect(page).toHaveURL(/#\/learn$/);
  await expect(page.getByText('1 of 10 done')).toBeVisible();
  await page.reload();
  await expect(page.getByText('1 of 10 done')).toBeVisible();
  const done = lessonList(page).getByRole('listitem').filter({ hasText: /^.*8\. Scoring/ });
  await expect(done).toContainText(/✓\s*Done/);
  await expect(page.getByRole('link', { name: /^Continue where you left off: 9\./ })).toBeVisible();

  expect(errors).toEqual([]);
});

test('an unknown lesson address says so and leads back to the path', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./#/learn/no-such-lesson');
  await expect(page.getByRole('heading', { level: 2, name: 'There is no lesson at this address.' })).toBeVisible();
  await page.getByRole('link', { name: 'See all lessons' }).click();
  await expect(page).toHaveURL(/#\/learn$/);
  await expect(lessonList(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a Japanese browser gets the path and the lesson in Japanese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto('./#/learn/01-what-is-a-lead');
  await expect(page.getByRole('heading', { level: 2, name: '1. リードとは何か' })).toBeVisible();
  await expect(page.getByRole('region', { name: '課題' })).toContainText('MQLのしきい値を100から70に下げてください');
  await expect(page.getByRole('link', { name: 'リード', exact: true }).first()).toHaveAttribute('href', '#/glossary/lead');
  expect(errors).toEqual([]);
  await context.close();
});

test('a lesson sets the learner’s own settings aside and the simulator offers them back, even after a reload', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  await thresholdField(page).fill('55');
  await thresholdField(page).press('Enter');
  await expect(page.getByRole('row', { name: /^MQL/ }).first()).toBeVisible();

  await page.goto('./#/learn/08-scoring');
  await expect(thresholdField(page)).toHaveValue('10');
  // Inside the lesson its own panel says where the settings come from.
  await expect(page.getByRole('button', { name: 'Restore my settings' })).toHaveCount(0);

  await page.getByRole('navigation').getByRole('link', { name: 'Simulator' }).click();
  await expect(page.getByText(/lesson 8 started from/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/lesson 8 started from/)).toBeVisible();
  await expect(thresholdField(page)).toHaveValue('10');

  await page.getByRole('button', { name: 'Restore my settings' }).click();
  await expect(thresholdField(page)).toHaveValue('55');
  await expect(page.getByText(/lesson 8 started from/)).toHaveCount(0);
  expect(errors).toEqual([]);
});
