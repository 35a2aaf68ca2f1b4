import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const table = (page: Page) => page.getByRole('table', { name: /lifecycle stage|ライフサイクル/i });
const mqlRow = (page: Page) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^MQL\b/ }) });
/** Leads that ever reached MQL, as the stage table shows them (digits only, so any locale reads alike). */
const mqlReached = async (page: Page) => Number((await mqlRow(page).getByRole('cell').nth(1).innerText()).replace(/\D/g, ''));
const settled = (page: Page) => expect(page.locator('[aria-busy=true]')).toHaveCount(0);
const thresholdField = (page: Page) => page.getByRole('spinbutton', { name: /MQL threshold|MQLのしきい値/ });
const english = (page: Page) => page.getByRole('button', { name: 'English' });
const japanese = (page: Page) => page.getByRole('button', { name: '日本語' });

async function openLoaded(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(mqlRow(page)).toHaveCount(1);
  await settled(page);
}

test('switching to 日本語 keeps the threshold and every figure, and survives a reload', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const before = await mqlReached(page);
  await thresholdField(page).fill('150');
  await thresholdField(page).press('Enter');
  await expect.poll(() => mqlReached(page)).toBeLessThan(before);
  await settled(page);
  const figures = await mqlRow(page).getByRole('cell').allInnerTexts();

  await japanese(page).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(japanese(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'シミュレーター' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('complementary')).toContainText('MQLの条件');
  // Same session: the setting, the figures and the undo history are all still there; nothing re-ran.
  await expect(page.getByRole('spinbutton', { name: 'MQLのしきい値' })).toHaveValue('150');
  expect(await mqlRow(page).getByRole('cell').allInnerTexts()).toEqual(figures);
  await expect(page.getByRole('complementary').getByRole('button', { name: /元に戻す/ })).toBeEnabled();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(japanese(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: '用語集' })).toBeVisible();

  expect(errors).toEqual([]);
});

test('switching language on a lesson stays on that lesson', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page, '#/learn/04-qualification-and-mql');
  await expect(page.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');

  await japanese(page).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(new URL(page.url()).hash).toBe('#/learn/04-qualification-and-mql');
  await expect(page.getByRole('link', { name: '学ぶ' })).toHaveAttribute('aria-current', 'page');

  expect(errors).toEqual([]);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('starts in Japanese, and switching to English sticks over the browser language', async ({ page }) => {
    const errors = watchForErrors(page);
    await openLoaded(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(japanese(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('spinbutton', { name: 'MQLのしきい値' })).toBeVisible();

    await english(page).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('spinbutton', { name: /MQL threshold/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Glossary' })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(english(page)).toHaveAttribute('aria-pressed', 'true');

    expect(errors).toEqual([]);
  });
});

test('on a phone the navigation and the switch wrap without sideways scrolling, in both languages', async ({
  browser,
}) => {
  for (const locale of ['en-US', 'ja-JP']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    const page = await context.newPage();
    await page.goto('./#/quiz');
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(6);
    for (const link of await page.getByRole('navigation').getByRole('link').all()) await expect(link).toBeInViewport();
    await expect(japanese(page)).toBeInViewport();
    const [pageWidth, viewWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(pageWidth, locale).toBeLessThanOrEqual(viewWidth!);
    await context.close();
  }
});
