import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const stageTable = (page: Page) => page.getByRole('table', { name: /lifecycle stage/i });
/** Leads that ever reached MQL, as the stage table shows it. */
async function mqlReached(page: Page): Promise<number> {
  const row = stageTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^MQL\b/ }) });
  return Number((await row.getByRole('cell').nth(1).innerText()).replace(/\D/g, ''));
}

async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(stageTable(page)).toBeVisible();
  await expect.poll(() => mqlReached(page)).toBeGreaterThan(0);
}

const thresholdField = (page: Page) => page.getByRole('spinbutton', { name: /MQL threshold/ });
const preset = (page: Page) => page.getByRole('combobox', { name: 'Preset' });
const problems = (page: Page) => page.getByRole('alert').filter({ hasText: /could not be used/ });

test('a shared address reproduces the same settings and the same MQL count in a fresh browser', async ({ page, browser }) => {
  const errors = watchForErrors(page);
  await open(page, './');
  const before = await mqlReached(page);
  await preset(page).selectOption({ label: "The article's example" });
  await expect.poll(() => mqlReached(page)).not.toBe(before);
  const mql = await mqlReached(page);
  await expect(page).toHaveURL(/\?v=1&.*scoring\.rule\.threshold=10\b/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, page.url());
  await expect(thresholdField(other)).toHaveValue('10');
  await expect.poll(() => mqlReached(other)).toBe(mql);
  await expect(problems(other)).toHaveCount(0);
  await fresh.close();
  expect(errors).toEqual([]);
});

test('Copy link puts the address of the current settings on the clipboard and confirms it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, './?v=1&scoring.rule.threshold=120');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: /Link copied/ })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?v=1&scoring.rule.threshold=120');
});

test('a malformed address names each problem and the page runs with defaults for those fields', async ({ page }) => {
  const errors = watchForErrors(page);
  await open(page, './?v=1&scoring.rule.threshold=NaN&colour=red&population=abc&scoring.rule.mode=' + 'x'.repeat(2500));
  const alert = problems(page);
  await expect(alert).toContainText('Some settings in this link could not be used');
  // Settings are named as their controls are; only a key that is no setting is shown as typed.
  await expect(alert).toContainText('The value for “MQL threshold” is not valid, so the default is used.');
  await expect(alert).toContainText('“colour” is not a setting of this simulator');
  await expect(alert).toContainText('The value for “Leads simulated” is not valid');
  await expect(alert).toContainText('The value for “MQL rule: Hand a lead to sales when” is far too long');
  await expect(alert).not.toContainText('scoring.rule');
  await expect(thresholdField(page)).toHaveValue('100');

  await page.getByRole('button', { name: '日本語' }).click();
  const japanese = page.getByRole('alert').filter({ hasText: 'このリンクの設定の一部は使用できませんでした' });
  await expect(japanese).toContainText('「MQLのしきい値」の値が正しくないため、初期値を使用します。');
  await expect(japanese).toContainText('「colour」はこのシミュレーターの設定ではないため、無視しました。');

  await japanese.getByRole('button', { name: '閉じる' }).click();
  await expect(japanese).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an unknown version or an absurdly long address falls back to the defaults with a message', async ({ page }) => {
  await open(page, './?v=99&scoring.rule.threshold=120');
  await expect(problems(page)).toContainText('Settings version 99 is unknown, so the defaults are used.');
  await expect(thresholdField(page)).toHaveValue('100');

  await open(page, `./?v=1&seed=${'9'.repeat(10_000)}`);
  await expect(problems(page)).toContainText('far too large');
  await expect(thresholdField(page)).toHaveValue('100');
});

test('work is saved and restored on return; corrupted storage shows a message and the page still works', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await open(page, './');
  await preset(page).selectOption({ label: "The article's example" });
  await expect(thresholdField(page)).toHaveValue('10');
  await open(page, './#/');
  await expect(thresholdField(page)).toHaveValue('10');
  await expect(problems(page)).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('lfl.settings.v1', '{"version":1,"scoring":{"rule":'));
  await page.reload();
  await open(page, page.url());
  await expect(problems(page)).toContainText('Some of your saved work could not be used');
  await expect(problems(page)).toContainText('could not be read as settings');
  await expect(thresholdField(page)).toHaveValue('100');
  expect(errors).toEqual([]);
});

test('a link never silently replaces different saved work', async ({ page }) => {
  await open(page, './');
  await preset(page).selectOption({ label: "The article's example" });
  await expect(thresholdField(page)).toHaveValue('10');

  await open(page, './?v=1&scoring.rule.threshold=150');
  await expect(thresholdField(page)).toHaveValue('150');
  await expect(page.getByText(/differ from the work saved in this browser/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore my saved work' }).click();
  await expect(thresholdField(page)).toHaveValue('10');
  await expect(page.getByRole('button', { name: 'Restore my saved work' })).toHaveCount(0);
});

test('Reset to defaults restores every default and can be undone', async ({ page }) => {
  await open(page, './?v=1&scoring.rule.threshold=120&seed=7');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(thresholdField(page)).toHaveValue('100');
  await expect(page).toHaveURL(/\?v=1(#|$)/);

  await page.getByRole('button', { name: 'Undo: reset to defaults' }).click();
  await expect(thresholdField(page)).toHaveValue('120');
  await expect(page).toHaveURL(/\?v=1&seed=7&scoring\.rule\.threshold=120/);
});

test('without clipboard access, Copy link shows the link selected in a labelled field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await open(page, './?v=1&seed=7');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toBeFocused();
  expect(new URL(await field.inputValue()).search).toBe('?v=1&seed=7');
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
    (await field.inputValue()).length,
  );
});
