import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

// The compare table on a phone, in each language a phone browser may ask for.
const LANGUAGES = [
  { locale: 'en-GB', caption: 'The same leads under both definitions', sideA: "Marketing's proposal", mqls: 'MQLs' },
  { locale: 'ja-JP', caption: '同じリードを2つの定義で比べた結果', sideA: 'マーケティング案', mqls: 'MQL数' },
] as const;

/** Every word in the table whose letters the browser laid out over more than one line ("Marketi / ng's"). */
function wordsBrokenAcrossLines(page: Page): Promise<{ checked: number; broken: string[] }> {
  return page.evaluate(() => {
    const table = document.querySelector('table')!;
    // Japanese has no spaces: the browser's own word segmenter says where its words begin and end.
    const words = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const broken: string[] = [];
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const { segment, index, isWordLike } of words.segment(node.textContent ?? '')) {
        if (!isWordLike) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        if (boxes.length === 0) continue;
        checked++;
        const lines = new Set(boxes.map((box) => Math.round(box.bottom)));
        if (lines.size > 1) broken.push(`"${segment}" in "${node.textContent?.trim()}"`);
      }
    }
    return { checked, broken };
  });
}

/** How far the page, and the table's own box, could be scrolled sideways. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('table')!.parentElement!;
    return { page: document.documentElement.scrollWidth - window.innerWidth, table: box.scrollWidth - box.clientWidth };
  });

for (const language of LANGUAGES) {
  test.describe(`in ${language.locale}`, () => {
    test.use({ locale: language.locale, viewport: { width: 390, height: 844 } });

    test('on a phone the compare table keeps every word whole, fits the screen and names each value', async ({ page }) => {
      const errors = watchForErrors(page);
      await page.goto('./#/compare');
      const table = page.getByRole('table', { name: language.caption });
      await expect(table).toHaveAttribute('aria-busy', 'false');
      await expect(table.getByRole('row')).toHaveCount(10);

      expect(await sidewaysScroll(page)).toEqual({ page: 0, table: 0 });
      const { checked, broken } = await wordsBrokenAcrossLines(page);
      expect(checked, 'words found in the table').toBeGreaterThan(40);
      expect(broken).toEqual([]);
      // No figure's name is cut off at the edge of its box either.
      for (const header of await table.getByRole('rowheader').all()) {
        const { name, scroll, client } = await header.evaluate((cell) => ({
          name: cell.textContent ?? '',
          scroll: cell.scrollWidth,
          client: cell.clientWidth,
        }));
        expect(scroll, name).toBeLessThanOrEqual(client);
      }

      // Each value is shown beside the name of its side, not only under a column header far above.
      const mqls = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: language.mqls, exact: true }) });
      await expect(mqls.getByRole('cell').first().getByText(language.sideA, { exact: true })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('on a phone the compare table is still a table to screen readers, with no accessibility violations', async ({ page }) => {
      await page.goto('./#/compare');
      await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
      const { violations } = await new AxeBuilder({ page }).include('table').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // The stacked layout changes the table's CSS display; the tree screen readers get must not lose it.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const count = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length;
      expect(['table', 'row', 'columnheader', 'rowheader', 'cell'].map(count)).toEqual([1, 10, 4, 9, 27]);
      const headers = nodes.filter((node) => !node.ignored && node.role?.value === 'columnheader').map((node) => node.name?.value);
      expect(headers[1]).toBe(language.sideA);
      // A cell is read as its value alone: the side's name beside it on screen is not repeated to the reader.
      const firstCell = nodes.find((node) => !node.ignored && node.role?.value === 'cell');
      expect(firstCell?.name?.value).toMatch(/^[\d,]+$/);
    });

    test('on a laptop the compare table keeps its columns and headers', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto('./#/compare');
      const table = page.getByRole('table', { name: language.caption });
      await expect(table).toHaveAttribute('aria-busy', 'false');
      await expect(table.getByRole('columnheader', { name: language.sideA, exact: true })).toBeVisible();
      await expect(table.getByText(language.sideA, { exact: true }).filter({ visible: true })).toHaveCount(1);
      const mqls = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: language.mqls, exact: true }) });
      const [a, b] = await mqls.getByRole('cell').evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.getBoundingClientRect().top));
      expect(a, 'both sides on one line').toBe(b);
    });
  });
}
