import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const side = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const table = (page: Page) => page.getByRole('table', { name: 'The same leads under both definitions' });
const mqlRow = (page: Page) => table(page).getByRole('row', { name: /^MQLs \d/ });

/** Opens each side's collapsed point groups (activity and fit), leaving open ones as they are. */
async function openPointGroups(page: Page): Promise<void> {
  const closed = page.locator('fieldset details:not([open]) > summary');
  const count = await closed.count();
  // Each click opens the first one still closed, so the list shrinks as it goes.
  for (let opened = 0; opened < count; opened++) await closed.first().click();
  await expect(closed).toHaveCount(0);
}

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

test('edit a weight on Sales’ side by keyboard, see the MQLs change, adopt it and find it in the simulator', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./#/compare');
  await expect(table(page)).toBeVisible();
  const points = page.getByRole('region', { name: "Points that differ (Marketing's proposal vs Sales' proposal)" });
  await expect(points).toContainText('same points for every activity');
  const [marketingBefore, salesBefore] = await mqlRow(page).getByRole('cell').allTextContents();

  const sales = side(page, "Sales' proposal");
  await sales.getByText('Activity points (engagement)', { exact: true }).focus();
  await page.keyboard.press('Enter');
  const inquiry = sales.getByRole('spinbutton', { name: 'Inquiry points', exact: true });
  await expect(inquiry).toBeVisible();
  await inquiry.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');

  await expect(points.getByRole('listitem')).toHaveText(['Inquiry: 50 vs 5 points']);
  await expect(mqlRow(page).getByRole('cell').nth(1)).not.toHaveText(salesBefore!);
  await expect(page.getByRole('status')).toContainText('Comparison ready');
  await expect(mqlRow(page).getByRole('cell').first()).toHaveText(marketingBefore!);

  await sales.getByRole('button', { name: "Adopt Sales' proposal as the agreed definition" }).click();
  await page.getByRole('button', { name: 'Adopt and open the simulator' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await page.getByText('Activity points (engagement)', { exact: true }).click();
  await expect(page.getByRole('spinbutton', { name: 'Inquiry points', exact: true })).toHaveValue('5');
  expect(errors).toEqual([]);
});

test('with every point group open, the page never scrolls sideways on a projector, a laptop or a phone', async ({ page }) => {
  await page.goto('./#/compare');
  await expect(table(page)).toBeVisible();
  await openPointGroups(page);
  for (const [width, height] of [[1920, 1080], [1366, 768], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scroll at ${width}x${height}`).toBeLessThanOrEqual(0);
  }
});

test('the compare page, with a lead story open, has no accessibility violations in either language', async ({ page }) => {
  for (const language of ['English', '日本語']) {
    await page.goto('./#/compare');
    await page.getByRole('button', { name: new RegExp(`${language}$`) }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    // Every side's point groups open, so their controls are checked too.
    await openPointGroups(page);
    await page.locator('section ul button').first().click();
    await expect(page.locator('section section h3[tabindex="-1"]')).toBeFocused();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
