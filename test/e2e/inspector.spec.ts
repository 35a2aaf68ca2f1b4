import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';


const inspector = (page: Page) => page.getByRole('region', { name: 'Follow one lead' });
const leadHeading = (page: Page) => inspector(page).getByRole('heading', { level: 3, name: /^Lead #\d+$/ });

test('a lead picked by stage from the list, with the keyboard only, shows its story', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const stage = inspector(page).getByRole('combobox', { name: 'Stage at the end of the period' });
  await expect(stage).toBeVisible({ timeout: 30_000 });

  // Keyboard only: focus the stage list, type to pick "Won", Tab to the leads, pick the second, Tab, Enter.
  await stage.focus();
  await page.keyboard.type('W');
  await expect(stage).toHaveValue('won');
  await page.keyboard.press('Tab');
  const lead = inspector(page).getByRole('combobox', { name: 'Lead' });
  await expect(lead).toBeFocused();
  const first = await lead.inputValue();
  await page.keyboard.press('ArrowDown');
  const chosen = await lead.inputValue();
  expect(chosen).not.toBe(first);
  await page.keyboard.press('Tab');
  await expect(inspector(page).getByRole('button', { name: 'Follow this lead' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = inspector(page).getByRole('heading', { level: 3, name: `Lead #${chosen}` });
  await expect(heading).toBeFocused();
  await expect(inspector(page).getByText(/live XState actor/)).toContainText('matches the bulk run');

  // Its timeline: activities with points, a score chart against the threshold, and each move with its reason.
  const table = inspector(page).getByRole('table', { name: 'Activities and the points they earned' });
  await expect(table.getByRole('row').nth(1)).toContainText(/Day \d+/);
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(/^[+-]?\d+$/);
  await expect(inspector(page).getByRole('img', { name: new RegExp(`Score of lead #${chosen}`) })).toBeVisible();
  await expect(inspector(page).getByText('MQL threshold (≥ 100)')).toBeVisible();
  const moves = inspector(page).getByRole('list', { name: 'Stage changes and why' });
  await expect(moves.getByRole('listitem').last()).toContainText('Opportunity → Won');
  await expect(moves.getByRole('listitem').last()).toContainText('The deal was won.');

  const axe = await new AxeBuilder({ page }).include('section:has(h3)').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await inspector(page).getByRole('button', { name: 'Close this lead' }).press('Enter');
  await expect(heading).toHaveCount(0);
  await expect(lead).toBeFocused();
  expect(errors).toEqual([]);
});

test('the closed lead list shows the whole of the chosen lead, in both languages, on a laptop and a phone', async ({ browser }) => {
  for (const locale of ['en-US', 'ja-JP']) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, locale });
      const page = await context.newPage();
      await page.goto('./');
      const lead = page.getByRole('combobox', { name: /^(Lead|リード)$/ });
      await expect(lead.getByRole('option').first()).toBeAttached({ timeout: 30_000 });
      // The widest option, as the select's own font draws it, against the room left of the arrow.
      const { text, room } = await lead.evaluate((element) => {
        const select = element as HTMLSelectElement;
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const arrow = 1.25 * parseFloat(style.fontSize);
        return {
          text: Math.max(...[...select.options].map((option) => context.measureText(option.text).width)),
          room: select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow,
        };
      });
      expect(text, `${locale} at ${viewport.width}px`).toBeLessThanOrEqual(room);
      await context.close();
    }
  }
});

test('clicking a dot on the canvas opens the inspector for that lead', async ({ page }) => {
  const errors = watchForErrors(page);
  // Reduced motion keeps the dots still on the last day, so a dot stays where it was found.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const canvas = page.getByRole('img', { name: 'Leads as dots in their lifecycle stages on the day shown' });
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  await canvas.scrollIntoViewIfNeeded();

  // Find a painted dot: the first opaque pixel of the canvas, in CSS pixels.
  const dot = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const ratio = c.width / c.clientWidth;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    for (let i = 3; i < data.length; i += 4) {
      if (data[i]! > 200) {
        const p = (i - 3) / 4;
        return { x: (p % c.width) / ratio + 1, y: Math.floor(p / c.width) / ratio + 1 };
      }
    }
    return null;
  });
  expect(dot).not.toBeNull();
  await canvas.click({ position: dot! });

  await expect(leadHeading(page)).toBeFocused();
  await expect(inspector(page).getByText(/live XState actor/)).toContainText('matches the bulk run');
  await expect(inspector(page).getByRole('heading', { level: 4, name: 'Activities and the points they earned' })).toBeVisible();
  // The first dot found is in the top-left region: a lead still in the Lead stage at the end.
  await expect(inspector(page).getByRole('definition').filter({ hasText: /^Lead/ })).toBeVisible();
  expect(errors).toEqual([]);
});
