import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const side = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const table = (page: Page) => page.getByRole('table', { name: 'The same leads under both definitions' });
const mqlRow = (page: Page) => table(page).getByRole('row', { name: /^MQLs \d/ });

test('compare two proposals on the same leads, rename one and adopt it', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./#/compare');
  await expect(page.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  await expect(table(page)).toBeVisible();

  // Sales' proposal: a plain total-score rule with a higher bar than marketing's 100 points.
  const sales = side(page, "Sales' proposal");
  await sales.getByRole('radio', { name: /Total score/ }).check();
  await sales.getByRole('spinbutton', { name: 'MQL threshold (points)' }).fill('160');
  await sales.getByRole('spinbutton', { name: 'MQL threshold (points)' }).press('Enter');

  await expect(mqlRow(page).getByRole('cell').last()).toHaveText(/▼ [\d,]+ fewer/);
  await expect(mqlRow(page).locator('strong')).toBeVisible();
  const onlyMarketing = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: "MQL under Marketing's proposal, not under Sales' proposal" }) })
    .last();
  await expect(onlyMarketing.getByText(/^[\d,]+ leads, [\d,]+ of them really ready/)).toBeVisible();
  await expect(page.getByText("No lead: Marketing's proposal hands over every lead that Sales' proposal does.")).toBeVisible();

  // A differing lead can be followed under the side that flagged it.
  await onlyMarketing.getByRole('button', { name: /^Lead #\d+$/ }).first().click();
  await expect(page.getByRole('heading', { name: /^Lead #\d+ under Marketing's proposal$/ })).toBeFocused();

  await sales.getByRole('textbox', { name: 'Name of this proposal' }).fill('Inside sales');
  const renamed = side(page, 'Inside sales');
  await expect(renamed).toBeVisible();
  await expect(table(page).getByRole('columnheader', { name: 'Inside sales', exact: true })).toBeVisible();

  await renamed.getByRole('button', { name: 'Adopt Inside sales as the agreed definition' }).click();
  await expect(page.getByText("Make Inside sales the simulator's settings?", { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Adopt and open the simulator' }).click();

  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('spinbutton', { name: /MQL threshold/ })).toHaveValue('160');
  await expect(page.getByRole('button', { name: /Undo: adopted definition/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the compare page, with a lead story open, has no accessibility violations in either language', async ({ page }) => {
  for (const language of ['English', '日本語']) {
    await page.goto('./#/compare');
    await page.getByRole('button', { name: new RegExp(`${language}$`) }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.locator('section ul button').first().click();
    await expect(page.locator('section section h3[tabindex="-1"]')).toBeFocused();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
