import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const term = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test('#/glossary/mql shows MQL in both languages, focused; related links and the back button move between terms', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto('./#/glossary/mql');
  const mql = term(page, 'MQL');
  await expect(mql).toBeFocused();
  await expect(mql).toBeInViewport();
  await expect(mql.locator('[lang=en]')).toContainText('Marketing Qualified Lead');
  await expect(mql.locator('[lang=ja]')).toContainText('マーケティング認定リード');
  await expect(mql.locator('[lang=ja]')).toContainText('読み：エムキューエル');
  await expect(page.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');

  await mql.getByRole('link', { name: 'SQL' }).click();
  await expect(page).toHaveURL(/#\/glossary\/sql$/);
  await expect(term(page, 'SQL')).toBeFocused();
  await expect(term(page, 'SQL')).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(/#\/glossary\/mql$/);
  await expect(mql).toBeFocused();

  expect(errors).toEqual([]);
});

test('the filter narrows the list in either language and says how many terms are left', async ({ page }) => {
  await page.goto('./#/glossary');
  const all = await page.getByRole('article').count();
  expect(all).toBeGreaterThanOrEqual(22);
  const filter = page.getByRole('searchbox', { name: 'Filter terms' });

  await filter.fill('speed');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(term(page, 'Speed to lead')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`1 of ${all} terms`);

  await filter.fill('しきいち');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(term(page, 'MQL threshold')).toBeVisible();

  await filter.fill('');
  await expect(page.getByRole('article')).toHaveCount(all);
});

test("the MQL threshold's explanation links to the glossary, by keyboard", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const field = page.getByRole('spinbutton', { name: /MQL threshold/ });
  await field.focus();
  await page.keyboard.press('Tab');
  const link = page.getByRole('link', { name: 'Glossary: MQL' });
  await expect(link).toBeFocused();
  await expect(link).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/glossary\/mql$/);
  await expect(term(page, 'MQL')).toBeFocused();
  expect(errors).toEqual([]);
});

test('on a phone the two languages stack without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('./#/glossary/the-model');
  const entry = term(page, 'THE MODEL');
  await expect(entry).toBeFocused();
  const [ja, en] = await Promise.all([
    entry.locator('[lang=ja]').boundingBox(),
    entry.locator('[lang=en]').boundingBox(),
  ]);
  expect(en!.y).toBeGreaterThan(ja!.y + ja!.height - 1);
  const [pageWidth, viewWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(pageWidth).toBeLessThanOrEqual(viewWidth!);
  await context.close();
});
