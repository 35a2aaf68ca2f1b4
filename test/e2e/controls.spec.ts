import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';


const controls = (page: Page) => page.getByRole('complementary');
const stageTable = (page: Page) => page.getByRole('table', { name: /lifecycle stage/i });
/** Leads that ever reached MQL, as the stage table shows it. */
async function mqlReached(page: Page): Promise<number> {
  const row = stageTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^MQL\b/ }) });
  return Number((await row.getByRole('cell').nth(1).innerText()).replace(/\D/g, ''));
}

const threshold = (page: Page) => page.getByRole('slider', { name: /MQL threshold/ });
const thresholdField = (page: Page) => page.getByRole('spinbutton', { name: /MQL threshold/ });
const over = (page: Page) => page.getByRole('radio', { name: /over 10/ });
const atLeast = (page: Page) => page.getByRole('radio', { name: /10 or more/ });

async function openLoaded(page: Page): Promise<number> {
  await page.goto('./');
  await expect(stageTable(page)).toBeVisible();
  await expect.poll(() => mqlReached(page)).toBeGreaterThan(0);
  return mqlReached(page);
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

test("the article's preset sets the rule to over 10 and changes the MQLs; Undo restores both", async ({ page }) => {
  const errors = watchForErrors(page);
  const before = await openLoaded(page);
  const preset = controls(page).getByRole('combobox', { name: 'Preset' });
  await expect(preset).toHaveValue('typicalB2b');
  await expect(thresholdField(page)).toHaveValue('100');
  await expect(atLeast(page)).toBeChecked();

  await preset.selectOption({ label: "The article's example" });
  await expect(thresholdField(page)).toHaveValue('10');
  await expect(threshold(page)).toHaveValue('10');
  await expect(over(page)).toBeChecked();
  await expect(controls(page)).toContainText('a total over 10 makes an MQL');
  await expect.poll(() => mqlReached(page)).not.toBe(before);

  const undo = controls(page).getByRole('button', { name: 'Undo: preset' });
  await undo.click();
  await expect(preset).toHaveValue('typicalB2b');
  await expect(thresholdField(page)).toHaveValue('100');
  await expect(atLeast(page)).toBeChecked();
  await expect.poll(() => mqlReached(page)).toBe(before);
  await expect(controls(page).getByRole('button', { name: /^Undo/ })).toBeDisabled();

  expect(errors).toEqual([]);
});

test('keyboard only: Tab through the rule group, change the threshold with the arrow keys, undo with Ctrl+Z', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  const before = await openLoaded(page);

  // The rule group's controls come in reading order, each reachable with Tab.
  const stops = [
    controls(page).getByRole('combobox', { name: 'Preset' }),
    controls(page).getByText('MQL rule', { exact: true }),
    page.getByRole('radio', { name: /total score/ }),
    atLeast(page),
    threshold(page),
    thresholdField(page),
  ];
  await page.getByRole('button', { name: '日本語' }).focus();
  for (const stop of stops) {
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(stop)).toBe(true);
  }
  // The explanation appears for the focused control.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => isFocused(threshold(page))).toBe(true);
  await expect(controls(page).getByText(/score a lead must pass to become an MQL/)).toBeVisible();
  const outline = await threshold(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(threshold(page)).toHaveValue('102');
  await expect(thresholdField(page)).toHaveValue('102');
  await expect.poll(() => mqlReached(page)).toBeLessThanOrEqual(before);

  // The comparator is a radio group: arrow keys pick the other option.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => isFocused(atLeast(page))).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect(over(page)).toBeChecked();

  // Ctrl+Z undoes one change at a time: the comparator, then both threshold steps.
  await page.keyboard.press('Control+z');
  await expect(atLeast(page)).toBeChecked();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(thresholdField(page)).toHaveValue('100');
  await expect.poll(() => mqlReached(page)).toBe(before);

  expect(errors).toEqual([]);
});

test('a typed value out of range is refused with a message next to the field, and nothing is re-run', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  const before = await openLoaded(page);
  const field = thresholdField(page);

  await field.fill('900');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Enter a whole number from 0 to 500\. Still using 100\./);
  await expect(controls(page).getByText(/Still using 100/)).toBeVisible();
  await expect(threshold(page)).toHaveValue('100');
  await expect(controls(page).getByRole('button', { name: /^Undo/ })).toBeDisabled();
  expect(await mqlReached(page)).toBe(before);

  await field.fill('150');
  await field.blur();
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(threshold(page)).toHaveValue('150');
  await expect.poll(() => mqlReached(page)).toBeLessThan(before);

  expect(errors).toEqual([]);
});

test('on a 1920x1080 projector the presets and the whole MQL rule group fit on the first screen', async ({
  browser,
}) => {
  for (const locale of ['en-US', 'ja-JP']) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale });
    const page = await context.newPage();
    await page.goto('./');
    const rule = controls(page).locator('details[open]').first();
    await expect(rule).toBeVisible();
    const box = await rule.boundingBox();
    expect(box!.y + box!.height, locale).toBeLessThanOrEqual(1080);
    // Every piece of text in the panel's first screen is readable from the back of a room.
    const smallest = await controls(page).evaluate((aside) => {
      const sizes = [...aside.querySelectorAll('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .filter((el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility === 'visible')
        .map((el) => parseFloat(getComputedStyle(el).fontSize));
      return Math.min(...sizes);
    });
    expect(smallest, locale).toBeGreaterThanOrEqual(16);
    await context.close();
  }
});

test('on a phone the controls come first and the page never scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('slider', { name: 'MQLのしきい値' })).toBeVisible();
  await page.evaluate(() => document.querySelectorAll('aside details').forEach((d) => d.setAttribute('open', '')));
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  const controlsTop = (await controls(page).boundingBox())!.y;
  const mainTop = (await page.getByRole('main').boundingBox())!.y;
  expect(controlsTop).toBeLessThan(mainTop);
  await context.close();
});
