import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support';


const cards = (page: Page) => page.getByRole('region', { name: /Key figures|主要指標/ }).getByRole('button');
const card = (page: Page, name: RegExp) => cards(page).filter({ hasText: name }).first();
const figureOf = async (locator: Locator) => Number((await locator.locator('.value').innerText()).replace(/\D/g, ''));
const status = (page: Page) => page.getByRole('status');

async function openLoaded(page: Page): Promise<void> {
  await page.goto('./');
  await expect(cards(page)).toHaveCount(7);
  await expect(card(page, /^MQLs/).locator('.value')).toHaveText(/^\d[\d,]*$/);
}

/** The MQL threshold control, wherever the controls panel puts it: its number field, committed with Enter. */
async function setThreshold(page: Page, value: number): Promise<void> {
  const field = page.getByRole('spinbutton', { name: /MQL threshold/ }).first();
  await expect(page.getByLabel(/MQL threshold/).first()).toBeVisible();
  await field.fill(String(value));
  await field.press('Enter');
}

test('the cards show the engine figures as soon as the page has run', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page);
  for (const name of [/^MQLs/, /acceptance rate/, /precision/, /recall/, /SLA breaches/, /hours wasted/, /days to MQL/]) {
    await expect(card(page, name).locator('.value')).toHaveText(/\d/);
  }
  expect(await figureOf(card(page, /^MQLs/))).toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: 'Hand-off funnel' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Where the MQL line cuts' })).toBeVisible();
  await expect(page.getByRole('img', { name: /lead lifecycle/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('raising the MQL threshold lowers the MQL card, moves the line and announces the change', async ({ page }) => {
  const errors = watchForErrors(page);
  await openLoaded(page);
  const mqls = card(page, /^MQLs/);
  const before = await figureOf(mqls);
  const threshold = Number(await page.getByRole('spinbutton', { name: /MQL threshold/ }).first().inputValue());

  await setThreshold(page, threshold + 80);

  await expect(status(page)).toContainText('MQLs');
  await expect(status(page)).toContainText('precision');
  await expect(mqls).toContainText('▼');
  const after = await figureOf(mqls);
  expect(after).toBeLessThan(before);
  await expect(status(page)).toContainText(`${before.toLocaleString('en')} → ${after.toLocaleString('en')}`);
  await expect(mqls).toContainText(`before: ${before.toLocaleString('en')}`);
  await expect(page.locator('.line-label')).toHaveText(`MQL ≥ ${threshold + 80}`);
  // The funnel and the diagram follow the same run.
  await expect(page.locator('g.row[data-stage="mql"]')).toContainText(after.toLocaleString('en'));
  await expect(page.locator('g.node[data-stage="mql"]')).toContainText(`Ever ${after.toLocaleString('en')}`);
  expect(errors).toEqual([]);
});

test('a card explains itself when it gets keyboard focus', async ({ page }) => {
  await openLoaded(page);
  const precision = card(page, /precision/);
  await card(page, /^MQLs/).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(precision).toBeFocused();
  await expect(precision).toHaveAttribute('aria-expanded', 'true');
  const explanation = page.locator(`#${await precision.getAttribute('aria-describedby')}`);
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText('ready to buy');
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();
  const outline = await precision.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('an open explanation is wide enough to read and stays inside the window, at every size', async ({ browser }) => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openLoaded(page);
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    for (let i = 0; i < 7; i++) {
      const button = cards(page).nth(i);
      await button.focus();
      const explanation = page.locator(`#${await button.getAttribute('aria-describedby')}`);
      await expect(explanation).toBeVisible();
      const box = (await explanation.boundingBox())!;
      const where = `card ${i + 1} at ${viewport.width}px`;
      // Comfortable lines where there is room; on a phone, the width of the window less its margins.
      expect(box.width, where).toBeGreaterThanOrEqual(Math.min(22 * rem, viewport.width - 2 * rem));
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
      // Brought into view, even when its card sits low in the window.
      expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(viewport.width);
    }
    await context.close();
  }
});

test('the cards, charts and diagram pass an automated accessibility check, with a card open', async ({ page }) => {
  await openLoaded(page);
  await card(page, /recall/).focus();
  await expect(card(page, /recall/)).toHaveAttribute('aria-expanded', 'true');
  const { violations } = await new AxeBuilder({ page }).include('.metrics').include('.funnel').include('.scores').include('.diagram').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a phone the charts fit and the page never scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLoaded(page);
  await expect(page.getByRole('img', { name: /lead lifecycle/ })).toBeVisible();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await context.close();
});

test('a Japanese browser hears the change in Japanese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(cards(page)).toHaveCount(7);
  const field = page.getByRole('spinbutton', { name: /MQLのしきい値/ }).first();
  const threshold = Number(await field.inputValue());
  await field.fill(String(threshold + 80));
  await field.press('Enter');
  await expect(status(page)).toContainText('MQL数');
  await expect(status(page)).toContainText('MQLの適合率');
  await context.close();
});

/** How tall a chart's text is on the screen, in CSS pixels, whatever the drawing's scale. */
const shownSize = (text: Locator) =>
  text.evaluate((el: SVGTextElement) => parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM()!.a);

test('presenter mode enlarges the charts’ text and keeps the whole lifecycle on the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await openLoaded(page);
  const texts = [
    page.locator('.funnel text.name').first(),
    page.locator('.scores text.tick').first(),
    page.locator('.diagram text.name').first(),
  ];
  const before = await Promise.all(texts.map(shownSize));

  await page.locator('body').press('p');
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/);
  for (const [k, text] of texts.entries()) await expect.poll(() => shownSize(text)).toBeGreaterThan(1.1 * before[k]!);
  const drawing = await page.locator('.diagram svg').boundingBox();
  expect(drawing!.height).toBeLessThanOrEqual(1080);
  // The caption gives its room to the drawing; the presenter explains it.
  await expect(page.locator('.diagram .caption')).not.toBeInViewport();
  await context.close();
});

for (const { name, locale, width, height } of [
  { name: 'a phone', locale: 'en-US', width: 390, height: 844 },
  { name: 'a laptop', locale: 'en-US', width: 1366, height: 768 },
  { name: 'a projector, in Japanese', locale: 'ja-JP', width: 1920, height: 1080 },
]) {
  test(`on ${name} every text of the lifecycle diagram fits its box, and no volume hides another or a box`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width, height } });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('.diagram g.node')).toHaveCount(10);
    const problems = await page.locator('.diagram svg').evaluate((svg) => {
      const found: string[] = [];
      const boxes = [...svg.querySelectorAll<SVGRectElement>('rect.box')].map((rect) => rect.getBBox());
      const apart = (a: DOMRect, b: DOMRect) =>
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      for (const node of svg.querySelectorAll('g.node')) {
        const box = node.querySelector<SVGRectElement>('rect.box')!.getBBox();
        for (const text of node.querySelectorAll<SVGTextElement>('text')) {
          const t = text.getBBox();
          // Inside the box, and clear of a final stage's inner border 4 units in.
          if (t.x + t.width > box.x + box.width - 5 || t.y < box.y || t.y + t.height > box.y + box.height) {
            found.push(`"${text.textContent}" leaves its box`);
          }
        }
      }
      const volumes = [...svg.querySelectorAll<SVGTextElement>('text.volume')];
      volumes.forEach((volume, k) => {
        const v = volume.getBBox();
        if (!boxes.every((box) => apart(v, box))) found.push(`volume ${volume.textContent} on a box`);
        for (const other of volumes.slice(k + 1)) {
          if (!apart(v, other.getBBox())) found.push(`volumes ${volume.textContent} and ${other.textContent} overlap`);
        }
      });
      return found;
    });
    expect(problems).toEqual([]);
    await context.close();
  });
}
