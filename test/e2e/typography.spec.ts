import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const SIZES = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

async function open(browser: Browser, locale: string, width: number, height: number, hash = ''): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`./${hash}`);
  return page;
}

const cards = (page: Page) => page.locator('.metrics li');

async function cardsShown(page: Page): Promise<void> {
  await expect(cards(page)).toHaveCount(7);
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
  for (const value of await page.locator('.metrics .value').all()) await expect(value).toHaveText(/\d/);
  await page.evaluate(() => document.fonts.ready);
}

/** The top of each card's figure, grouped by the row of cards it is in. */
async function figureTopsByRow(page: Page): Promise<number[][]> {
  const boxes = await cards(page).evaluateAll((items) =>
    items.map((item) => ({
      row: Math.round(item.getBoundingClientRect().top),
      figure: item.querySelector('.value')!.getBoundingClientRect().top,
    })),
  );
  const rows = new Map<number, number[]>();
  for (const { row, figure } of boxes) rows.set(row, [...(rows.get(row) ?? []), figure]);
  return [...rows.values()];
}

async function expectFiguresLevel(page: Page, what: string): Promise<void> {
  const rows = await figureTopsByRow(page);
  expect(rows.some((row) => row.length > 1), `${what}: cards side by side`).toBe(true);
  for (const row of rows) {
    expect(Math.max(...row) - Math.min(...row), `${what}: figures of one row, ${row.join(', ')}`).toBeLessThan(1);
  }
}

test('the figures of the cards in one row sit level, whatever the labels above them, at every size and in presenter mode', async ({
  browser,
}) => {
  for (const locale of ['en-US', 'ja-JP']) {
    for (const size of SIZES) {
      const page = await open(browser, locale, size.width, size.height);
      const errors = watchForErrors(page);
      await cardsShown(page);
      await expectFiguresLevel(page, `${locale} ${size.name}`);
      if (size.name === 'projector') {
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
        await expectFiguresLevel(page, `${locale} presenter`);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }
});

/**
 * The lines each element's text is laid out in, read from where each character's box sits, and whether
 * a line ends inside a word as the browser's own Japanese word segmenter sees words.
 */
async function layout(locator: Locator): Promise<{ lines: string[]; inside: boolean }[]> {
  return locator.evaluateAll((elements) => {
    const words = new Intl.Segmenter('ja', { granularity: 'word' });
    return elements.map((element) => {
      const lines: string[] = [];
      let top: number | null = null;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = [...range.getClientRects()].find((rect) => rect.width > 0);
          // A space that ends a line, or a zero-width character, stays with the line it follows.
          if (!box) {
            if (lines.length > 0) lines[lines.length - 1] += node.data.charAt(i);
            continue;
          }
          if (top === null || Math.abs(box.top - top) > box.height / 2) {
            lines.push('');
            top = box.top;
          }
          lines[lines.length - 1] += node.data.charAt(i);
        }
      }
      const boundaries = new Set([...words.segment(lines.join(''))].map((segment) => segment.index));
      let end = 0;
      const inside = lines.slice(0, -1).some((line) => !boundaries.has((end += line.length)));
      return { lines, inside };
    });
  });
}

async function expectWholeWords(locator: Locator, what: string): Promise<void> {
  const laid = await layout(locator);
  expect(laid.some((element) => element.lines.length > 1), `${what}: some text wraps, so there are breaks to judge`).toBe(true);
  expect(laid.filter((element) => element.inside).map((element) => element.lines.join(' | ')), what).toEqual([]);
}

test('short Japanese labels on a phone break between words, never inside one', async ({ browser }) => {
  const page = await open(browser, 'ja-JP', 390, 844);
  const errors = watchForErrors(page);
  await cardsShown(page);
  await expectWholeWords(page.locator('.metrics .label, .metrics .detail'), 'metric cards');

  await page.goto('./#/agreement');
  await expect(page.locator('.figures dd').first()).toHaveText(/\d/);
  await expectWholeWords(page.locator('.card .between, .card h4, .figures dt'), 'agreement card');

  await page.goto('./#/learn/08-scoring');
  const task = page.getByRole('region', { name: '課題' });
  await expect(task.getByRole('listitem').first()).toBeVisible();
  await expectWholeWords(task.locator('h3, .text, .what'), 'lesson 8 task');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the printed Japanese card keeps the figure labels and each number with its unit whole', async ({ browser }) => {
  // The width of an A4 sheet inside the card's 15 mm margins.
  const page = await open(browser, 'ja-JP', 680, 1000, '#/agreement');
  await expect(page.locator('.figures dd').first()).toHaveText(/\d/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.figures dt').first()).toBeVisible();
  await expectWholeWords(page.locator('.card .between, .figures dt'), 'printed card');
  // 「見積もり依頼：50点」: a line may end before the name or inside it, never between the number and 点.
  const split = await page.getByRole('region', { name: 'MQLの定義' }).getByRole('listitem').evaluateAll((items) =>
    items.flatMap((item) => {
      const node = item.firstChild as Text;
      const tops: number[] = [];
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.push(range.getClientRects()[0]?.top ?? Number.NaN);
      }
      return [...node.data.matchAll(/\d\u2060?点/g)]
        .filter((match) => tops[match.index] !== tops[match.index + match[0].length - 1])
        .map((match) => node.data.slice(Math.max(0, match.index - 8), match.index + match[0].length));
    }),
  );
  expect(split).toEqual([]);
  await page.context().close();
});
