import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';


const flow = (page: Page) => page.getByRole('region', { name: 'Watch the leads flow' });
const daySlider = (page: Page) => flow(page).getByRole('slider', { name: 'Day shown' });
const shownDay = async (page: Page) => Number(await daySlider(page).inputValue());

async function openFlow(page: Page): Promise<void> {
  await page.goto('./');
  // The flow appears with the first result.
  await expect(flow(page)).toBeVisible({ timeout: 30_000 });
  await flow(page).scrollIntoViewIfNeeded();
}

test('play, pause and the day buttons change the day shown', async ({ page }) => {
  const errors = watchForErrors(page);
  await openFlow(page);

  // A new result plays on its own once the flow is on screen.
  await expect.poll(() => shownDay(page)).toBeGreaterThan(10);
  await flow(page).getByRole('button', { name: 'Pause' }).click();
  await expect(flow(page).getByRole('button', { name: 'Play' })).toBeVisible();
  // A frame already under way when Pause was pressed may still land: read the day once it holds still.
  let paused = await shownDay(page);
  await expect
    .poll(async () => {
      const now = await shownDay(page);
      const still = now === paused;
      paused = now;
      return still;
    })
    .toBe(true);

  await flow(page).getByRole('button', { name: 'Next day' }).click();
  await expect(daySlider(page)).toHaveValue(String(paused + 1));
  await expect(flow(page).getByText(`Day ${paused + 1} of 180`, { exact: true })).toBeVisible();
  await flow(page).getByRole('button', { name: 'Previous day' }).click();
  await flow(page).getByRole('button', { name: 'Previous day' }).click();
  await expect(daySlider(page)).toHaveValue(String(paused - 1));

  await flow(page).getByRole('button', { name: 'Restart' }).click();
  await flow(page).getByRole('button', { name: 'Pause' }).click();
  const restarted = await shownDay(page);
  expect(restarted).toBeLessThan(paused);

  await flow(page).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => shownDay(page)).toBeGreaterThan(restarted);

  // The slider jumps straight to a day; the calendar date follows (day 1 is 1 April 2026).
  await daySlider(page).fill('45');
  await expect(flow(page).getByText('Day 45 of 180', { exact: true })).toBeVisible();
  await expect(flow(page).getByText('May 15, 2026', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('Space plays and pauses, unless a control that uses Space has focus', async ({ page }) => {
  const errors = watchForErrors(page);
  await openFlow(page);
  await expect(flow(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(flow(page).getByText('Shortcut: Space plays or pauses while the flow is on screen.')).toBeVisible();

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The shortcut listens once the browser reports the flow on screen, a moment after the scroll. A Space
  // pressed before that scrolls the page instead, and the clock only runs while the dots are in view: bring
  // them back before every try, press until it is heard, then check the toggling itself strictly below.
  const dots = flow(page).locator('canvas');
  await expect(async () => {
    await dots.scrollIntoViewIfNeeded();
    if (await flow(page).getByRole('button', { name: 'Pause' }).isVisible()) await page.keyboard.press('Space');
    await expect(flow(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await dots.scrollIntoViewIfNeeded();
  const paused = await shownDay(page);
  await page.keyboard.press('Space');
  await expect(flow(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => shownDay(page)).toBeGreaterThan(paused);

  // On the readiness checkbox, Space ticks the box and leaves the clock alone.
  const readiness = flow(page).getByRole('checkbox', { name: /hidden readiness/ });
  await readiness.focus();
  await page.keyboard.press('Space');
  await expect(readiness).toBeChecked();
  await expect(flow(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(flow(page).getByRole('list', { name: 'Dot colours' })).toContainText('Ready to buy');
  expect(errors).toEqual([]);
});

test('with reduced motion the flow shows the last day and stays still', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFlow(page);

  await expect(daySlider(page)).toHaveValue('180');
  await expect(flow(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(flow(page).getByText(/reduced motion/)).toBeVisible();
  // Nothing plays by itself: a second later it still shows the last day.
  await page.waitForTimeout(1000);
  await expect(daySlider(page)).toHaveValue('180');

  await flow(page).getByRole('button', { name: 'Previous day' }).click();
  await expect(daySlider(page)).toHaveValue('179');
  expect(errors).toEqual([]);
});

test('the canvas has a text alternative that gives the day and the leads in each stage', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFlow(page);

  const canvas = flow(page).getByRole('img', { name: 'Leads as dots in their lifecycle stages on the day shown' });
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAccessibleDescription(/^Day 180 of 180, Sep 27, 2026: .+ in Lead, .+ in Nurturing, .+/);

  // Its counts are the engine's: the same as the stage table's end-of-period column.
  const mqlAtEnd = (await page.getByRole('table').getByRole('row', { name: /^MQL/ }).getByRole('cell').first().innerText()).trim();
  await expect(canvas).toHaveAccessibleDescription(new RegExp(`\\b${mqlAtEnd} in MQL\\b`));
  await expect(flow(page).getByRole('list', { name: 'Leads in each stage on the day shown' }).getByRole('listitem')).toHaveCount(10);

  // A step updates the description, as the day changes.
  await flow(page).getByRole('button', { name: 'Previous day' }).click();
  await expect(canvas).toHaveAccessibleDescription(/^Day 179 of 180, Sep 26, 2026: /);

  const axe = await new AxeBuilder({ page }).include('section:has(canvas)').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a Japanese browser gets the flow in Japanese, with Japanese dates', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto('./');
  const section = page.getByRole('region', { name: 'リードの流れを見る' });
  await expect(section.getByRole('slider', { name: '表示する日' })).toHaveValue('180');
  await expect(section.getByText('180日目（全180日）')).toBeVisible();
  await expect(section.getByText('2026年9月27日', { exact: true })).toBeVisible();
  await expect(section.getByRole('img')).toHaveAccessibleDescription(/^全180日のうち180日目（2026年9月27日）：Lead \S+件、Nurturing/);
  expect(errors).toEqual([]);
  await context.close();
});

/**
 * Stages whose name runs past its panel, and stages with a dot painted over their name or count: the
 * canvas's pixels between the panel's top and the bottom of its count must all be clear.
 */
async function crampedLabels(page: Page): Promise<{ cut: string[]; covered: string[]; dots: number }> {
  return flow(page).evaluate((section) => {
    const canvas = section.querySelector('canvas')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const painted = (left: number, top: number, right: number, bottom: number) => {
      for (let y = Math.floor((top - box.top) * ratio); y < Math.ceil((bottom - box.top) * ratio); y++) {
        for (let x = Math.floor((left - box.left) * ratio); x < Math.ceil((right - box.left) * ratio); x++) {
          if (pixels[(y * canvas.width + x) * 4 + 3]! > 0) return true;
        }
      }
      return false;
    };
    const cut: string[] = [];
    const covered: string[] = [];
    for (const region of section.querySelectorAll('.region')) {
      const panel = region.getBoundingClientRect();
      const name = region.querySelector('.name')!;
      const text = document.createRange();
      text.selectNodeContents(name);
      if (text.getBoundingClientRect().right > panel.right - 1) cut.push(name.textContent!);
      const count = region.querySelector('.count')!.getBoundingClientRect();
      if (painted(panel.left + 1, panel.top, panel.right - 1, count.bottom)) covered.push(name.textContent!);
    }
    let dots = 0;
    for (let k = 3; k < pixels.length; k += 4) if (pixels[k]! > 0) dots++;
    return { cut, covered, dots };
  });
}

test('in presenter mode the stage names and counts grow with the type and stay clear of the dots', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await openFlow(page);
  await expect(daySlider(page)).toHaveValue('180');
  const nameSize = () => flow(page).locator('.region .name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await nameSize();
  await expect.poll(() => crampedLabels(page)).toMatchObject({ cut: [], covered: [] });

  // Presenter mode enlarges the root font after the flow has been laid out.
  await page.locator('body').press('p');
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
  expect(await nameSize()).toBeGreaterThan(before);
  await expect.poll(() => crampedLabels(page)).toMatchObject({ cut: [], covered: [] });
  expect((await crampedLabels(page)).dots).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
});
