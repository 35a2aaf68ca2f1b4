import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';

// The page frame: header, the settings column and its actions, the way to the figures on a phone.

const LANGUAGES = [
  {
    locale: 'en-US',
    copy: 'Copy link',
    reset: 'Reset to defaults',
    simulator: 'Simulator',
    skip: 'See the figures',
    stages: 'Leads by lifecycle stage',
    ofAll: 'Of all leads',
  },
  {
    locale: 'ja-JP',
    copy: 'リンクをコピー',
    reset: '初期設定に戻す',
    simulator: 'シミュレーター',
    skip: '結果の数値を見る',
    stages: 'ライフサイクルステージ別のリード数',
    ofAll: '全リード比',
  },
] as const;

const controls = (page: Page) => page.getByRole('complementary');
const settled = (page: Page) => expect(page.locator('[aria-busy=true]')).toHaveCount(0);

async function open(browser: Browser, locale: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('table').first()).toBeVisible();
  await settled(page);
  return page;
}

/** Top and bottom on screen. */
async function span(locator: Locator): Promise<{ top: number; bottom: number }> {
  const box = (await locator.boundingBox())!;
  return { top: box.y, bottom: box.y + box.height };
}

test('on a 1366x768 laptop the header tools share the nav row, and Copy link and Reset show without scrolling', async ({
  browser,
}) => {
  for (const language of LANGUAGES) {
    const page = await open(browser, language.locale, 1366, 768);
    const errors = watchForErrors(page);
    const link = await span(page.getByRole('link', { name: language.simulator }));
    const tools = [
      page.getByRole('button', { name: /Presenter mode|プレゼンモード/ }),
      page.getByRole('button', { name: 'English' }),
    ];
    for (const tool of tools) {
      const box = await span(tool);
      expect(box.top, `${language.locale}: a tool on the nav row`).toBeLessThan(link.bottom);
      expect(box.bottom, language.locale).toBeGreaterThan(link.top);
    }
    // The settings column's actions are on the first screen, with the page unscrolled.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(controls(page).getByRole('button', { name: language.copy })).toBeInViewport({ ratio: 1 });
    await expect(controls(page).getByRole('button', { name: language.reset })).toBeInViewport({ ratio: 1 });
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

test('the settings column marks that more is below, and Tab brings each control fully into view', async ({ browser }) => {
  const page = await open(browser, 'en-US', 1366, 768);
  const cue = controls(page).locator('.cue');
  await expect(cue).toBeVisible();

  await controls(page).getByRole('combobox', { name: 'Preset' }).focus();
  const copy = controls(page).getByRole('button', { name: 'Copy link' });
  let stops = 0;
  while (!(await copy.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    stops += 1;
    expect(stops, 'Tab reaches Copy link').toBeLessThan(200);
    // The focused control lies wholly inside the visible part of the column, clear of the fade.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement!.getBoundingClientRect();
          const fade = document.querySelector('aside .cue')!.getBoundingClientRect();
          const column = document.querySelector('aside')!.getBoundingClientRect();
          const floor = fade.height > 0 ? fade.top : innerHeight;
          return focused.top >= column.top && focused.bottom <= floor + 0.5 && focused.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  }
  expect(stops).toBeGreaterThan(10);
  // At the end of the settings there is nothing more below: the fade has gone.
  await expect(cue).toBeHidden();
  await expect(copy).toBeInViewport({ ratio: 1 });
  await page.context().close();
});

test('on a phone the first screen offers a link to the figures, which moves focus and the view there', async ({
  browser,
}) => {
  for (const language of LANGUAGES) {
    const page = await open(browser, language.locale, 390, 844);
    const errors = watchForErrors(page);
    const skip = controls(page).getByRole('link', { name: language.skip });
    await expect(skip).toBeInViewport({ ratio: 1 });
    // It is the first thing in the settings, and the presets are still on the first screen under it.
    await expect(controls(page).getByRole('combobox').first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('main')).not.toBeInViewport();

    await skip.focus();
    await page.keyboard.press('Enter');
    const main = page.getByRole('main');
    await expect.poll(() => main.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await main.boundingBox())!.y).toBeLessThan(40);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeInViewport();
    // Still on the simulator: the jump does not touch the address's route.
    await expect(page.getByRole('link', { name: language.simulator })).toHaveAttribute('aria-current', 'page');
    expect(new URL(page.url()).hash).toBe('');
    // The next Tab goes on from the figures, not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await main.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

test('on a wide screen the figures are beside the settings, so there is no link to jump to them', async ({ browser }) => {
  const page = await open(browser, 'en-US', 1366, 768);
  await expect(controls(page).getByRole('link', { name: 'See the figures' })).toBeHidden();
  await page.context().close();
});

test('on a 390 px phone the stage table fits whole: no scroller, no figure cut', async ({ browser }) => {
  for (const language of LANGUAGES) {
    const page = await open(browser, language.locale, 390, 844);
    const table = page.getByRole('table', { name: language.stages });
    await table.scrollIntoViewIfNeeded();
    const region = page.getByRole('region', { name: language.stages });
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth, language.locale).toBeLessThanOrEqual(clientWidth);
    // Every figure and heading shows whole, inside the screen.
    const cut = await table.evaluate((el) =>
      [...el.querySelectorAll('th, td')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth || cell.getBoundingClientRect().right > innerWidth)
        .map((cell) => cell.textContent),
    );
    expect(cut, language.locale).toEqual([]);
    await expect(table.getByRole('columnheader', { name: language.ofAll })).toBeInViewport({ ratio: 1 });
    await page.context().close();
  }
});

test('a disabled button looks unusable: Undo and the quiz’s Previous question share one greyed look', async ({ page }) => {
  await page.goto('./');
  await settled(page);
  const undo = controls(page).getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeDisabled();
  const look = (button: Locator) =>
    button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor };
    });
  const disabled = await look(undo);

  await controls(page).getByRole('combobox', { name: 'Preset' }).selectOption({ label: "The article's example" });
  await expect(undo).toBeEnabled();
  const enabled = await look(undo);
  expect(disabled.color).not.toBe(enabled.color);
  expect(disabled.background).not.toBe(enabled.background);

  await page.goto('./#/quiz');
  const previous = page.getByRole('button', { name: /Previous question/ });
  await expect(previous).toBeDisabled();
  expect(await look(previous)).toEqual(disabled);
});

test('the Learn progress bar has a track that stands out from its box', async ({ page }) => {
  await page.goto('./#/learn');
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  const ratio = await bar.evaluate((el) => {
    const rgb = (color: string) => color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let box = el.parentElement!;
    while (getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)') box = box.parentElement!;
    const edge = luminance(getComputedStyle(el).borderTopColor);
    const around = luminance(getComputedStyle(box).backgroundColor);
    return parseFloat(getComputedStyle(el).borderTopWidth) > 0
      ? (Math.max(edge, around) + 0.05) / (Math.min(edge, around) + 0.05)
      : 0;
  });
  // WCAG's 3:1 for the parts of a control that must be seen.
  expect(ratio).toBeGreaterThanOrEqual(3);
});
