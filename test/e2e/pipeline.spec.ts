import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const STAGE_SHORT_NAMES = [
  'Lead',
  'Nurturing',
  'MQL',
  'SAL',
  'SQL',
  'Opportunity',
  'Won',
  'Lost',
  'Recycled',
  'Disqualified',
];


const table = (page: Page) => page.getByRole('table', { name: /lifecycle stage|ライフサイクル/i });
const stageRow = (page: Page, short: string): Locator =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${short}\\b`) }) });
/** Columns after the row header: end of period, ever reached, from previous, cumulative. */
const cell = (page: Page, short: string, column: number) => stageRow(page, short).getByRole('cell').nth(column);
const count = async (locator: Locator) => Number((await locator.innerText()).replace(/\D/g, ''));
const mqlReached = (page: Page) => count(cell(page, 'MQL', 1));
/** Waits until no figures are being recomputed. */
const settled = (page: Page) => expect(page.locator('[aria-busy=true]')).toHaveCount(0);

async function openLoaded(page: Page): Promise<void> {
  await page.goto('./');
  await expect(stageRow(page, 'MQL')).toHaveCount(1);
  await settled(page);
}

test('the page shows a stage table computed by the worker, without errors', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page);

  await expect(page).toHaveTitle('Lead Funnel Lab');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lead Funnel Lab');
  await expect(table(page).locator('caption')).toHaveText(/\S/);
  await expect(table(page)).toHaveAccessibleName(/lifecycle stage/i);

  const headers = table(page).getByRole('rowheader');
  await expect(headers).toHaveCount(STAGE_SHORT_NAMES.length);
  const texts = await headers.allInnerTexts();
  texts.forEach((text, k) => expect(text.trim().startsWith(STAGE_SHORT_NAMES[k]!), text).toBe(true));

  const mqlCells = stageRow(page, 'MQL').getByRole('cell');
  await expect(mqlCells).toHaveCount(4);
  await expect(mqlCells.nth(0)).toHaveText(/^\d[\d,]*$/);
  await expect(mqlCells.nth(1)).toHaveText(/^\d[\d,]*$/);
  await expect(mqlCells.nth(2)).toHaveText(/^\d+(\.\d)?%$/);
  expect(await mqlReached(page)).toBeGreaterThan(0);
  expect(await count(cell(page, 'Lead', 1))).toBe(5000);

  expect(errors).toEqual([]);
});

test('a higher MQL threshold, committed in the number field, re-runs the engine with fewer MQLs', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openLoaded(page);
  const before = await mqlReached(page);

  // Record every figure the MQL "ever reached" cell shows from now on, however briefly.
  await cell(page, 'MQL', 1).evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { mqlSeen: string[] }).mqlSeen = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

  const field = page.getByRole('spinbutton', { name: /MQL threshold/ });
  await expect(field).toHaveValue('100');
  await field.fill('250');
  await field.press('Enter');

  await expect.poll(() => mqlReached(page)).toBeLessThan(before);
  await settled(page);
  const after = await mqlReached(page);
  expect(after).toBeLessThan(before);
  // The table only ever shows the old figures or the new ones: never a higher count on the way.
  const seen = await page.evaluate(() => (window as unknown as { mqlSeen: string[] }).mqlSeen);
  const shown = seen.map((text) => Number(text.replace(/\D/g, '')));
  expect(shown.length).toBeGreaterThan(0);
  expect(Math.max(...shown)).toBeLessThanOrEqual(before);
  expect(shown.at(-1)).toBe(after);
  await expect(page.getByRole('slider', { name: /MQL threshold/ })).toHaveValue('250');

  // Fill + blur commits too, and going back restores the original figures exactly.
  await field.fill('100');
  await field.blur();
  await expect.poll(() => mqlReached(page)).toBe(before);

  expect(errors).toEqual([]);
});

test('the threshold control is reachable and usable from the keyboard', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page);
  const slider = page.getByRole('slider', { name: /MQL threshold/ });
  const before = await mqlReached(page);

  let reached = false;
  for (let k = 0; k < 40 && !reached; k++) {
    await page.keyboard.press('Tab');
    reached = await slider.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the MQL threshold slider').toBe(true);

  await page.keyboard.press('ArrowUp');
  await expect(slider).toHaveValue('101');
  await expect(page.getByRole('spinbutton', { name: /MQL threshold/ })).toHaveValue('101');
  // The live region announces the re-run's headline once the figures are in.
  await expect(page.getByRole('status')).toContainText(/MQL/);
  await settled(page);
  expect(await mqlReached(page)).toBeLessThanOrEqual(before);

  // Focus is visible where it lands.
  const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  expect(errors).toEqual([]);
});

test('a Japanese browser gets the Japanese page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await openLoaded(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(table(page).locator('caption')).toContainText('ライフサイクル');
  await expect(page.getByRole('slider', { name: /MQLのしきい値/ })).toBeVisible();
  await expect(stageRow(page, 'MQL')).toContainText('マーケティング認定リード');
  expect(errors).toEqual([]);
  await context.close();
});
