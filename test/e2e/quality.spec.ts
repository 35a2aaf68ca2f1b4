import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SIZES = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function openReady(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
}

for (const locale of ['en-US', 'ja-JP'] as const) {
  for (const size of SIZES) {
    test(`${locale} at ${size.width}x${size.height}: no horizontal scrolling, readable text`, async ({ browser }, info) => {
      const context = await browser.newContext({ locale, viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await openReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
      const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(16);
      await page.screenshot({ path: info.outputPath(`${locale}-${size.name}.png`), fullPage: true });
      await context.close();
    });
  }
}

test('an accessibility audit finds no serious or critical problems, in both languages', async ({ browser }) => {
  for (const locale of ['en-US', 'ja-JP']) {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await openReady(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      locale,
    ).toEqual([]);
    await context.close();
  }
});

test('the page logs no errors while it is used', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openReady(page);
  const threshold = page.getByRole('spinbutton', { name: /MQL threshold/ }).first();
  await threshold.fill('160');
  await threshold.press('Enter');
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  expect(errors).toEqual([]);
});
