import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support';

const rule = (page: Page) => page.getByRole('region', { name: 'When a lead becomes an MQL' }).getByRole('listitem').first();
const importInput = (page: Page) => page.getByLabel('Import an agreement (JSON file)');

async function openCard(page: Page): Promise<void> {
  await page.goto('./#/agreement');
  await expect(page.getByRole('link', { name: 'Agreement' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Write the agreement down' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'MQL and SQL agreement' })).toBeVisible();
  await expect(rule(page)).toContainText(/A lead becomes an MQL when .* points\./);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('the card names the teams and the rule, and downloads as Markdown with them', async ({ page }) => {
  const errors = watchForErrors(page);
  await openCard(page);
  await page.getByLabel('Marketing team').fill('Demand Gen');
  await page.getByLabel('Sales team').fill('Inside Sales');
  await expect(page.getByText('Agreed between Demand Gen and Inside Sales.')).toBeVisible();
  const threshold = (await rule(page).textContent())!.match(/(?:more than|at least) \d+ points/)![0];

  const markdown = await download(page, 'Download Markdown');
  expect(markdown).toContain('Agreed between Demand Gen and Inside Sales.');
  expect(markdown).toContain(threshold);
  expect(markdown).toMatch(/\| MQLs handed to sales \| [\d,]+ \|/);

  const csv = (await download(page, 'Download the simulated leads (CSV)')).trimEnd().split('\r\n');
  expect(csv[0]).toMatch(/^id,channel,role,.*,count_quoteRequest,.*,score,stage,ready_to_buy$/);
  const leads = (await page.getByText(/Simulated with [\d,]+ leads/).textContent())!.match(/with ([\d,]+) leads/)![1]!;
  expect(csv).toHaveLength(Number(leads.replace(/,/g, '')) + 1);
  await expect(page.getByText(`The file is ready: ${leads} leads, one row each.`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('exporting 100,000 leads says how far it has got, keeps the focus on the busy button, then saves every lead', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./?v=1&population=100000#/agreement');
  await expect(page.getByText(/Simulated with 100,000 leads/)).toBeVisible();
  const button = page.getByRole('button', { name: 'Download the simulated leads (CSV)' });
  // Everything the status says until the file arrives, however quickly the worker is done.
  await button.evaluate((element) => {
    const status = element.parentElement!.querySelector('[role="status"]')!;
    const said: string[] = [];
    (window as unknown as { csvSaid: string[] }).csvSaid = said;
    new MutationObserver(() => said.push(`${element.getAttribute('aria-disabled')} ${status.textContent!.trim()}`)).observe(
      status,
      { subtree: true, childList: true, characterData: true },
    );
  });
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/^simulated-leads-seed-\d+\.csv$/);
  await expect(page.getByText('The file is ready: 100,000 leads, one row each.')).toBeVisible();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-disabled', 'false');

  const said = await page.evaluate(() => (window as unknown as { csvSaid: string[] }).csvSaid);
  const percents = said.flatMap((line) => line.match(/^true Preparing the file… (\d+)%$/)?.[1] ?? []).map(Number);
  expect(percents[0]).toBe(0);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(Math.max(...percents)).toBeGreaterThan(0);

  const csv = readFileSync((await file.path())!, 'utf8').trimEnd().split('\r\n');
  expect(csv[0]).toMatch(/^id,channel,role,.*,score,stage,ready_to_buy$/);
  expect(csv).toHaveLength(100_001);
  expect(errors).toEqual([]);
});

test('a bad file is refused with a message and changes nothing; a good one applies after asking', async ({ page }) => {
  const errors = watchForErrors(page);
  await openCard(page);
  const before = await rule(page).textContent();
  const alert = page.getByRole('region', { name: 'Save, print or load the agreement' }).getByRole('alert');

  await importInput(page).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "lead-funnel') });
  await expect(alert).toContainText('not readable JSON');
  await importInput(page).setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(alert).toContainText('not a Lead Funnel Lab agreement');
  await expect(rule(page)).toHaveText(before!);

  await page.getByLabel('Marketing team').fill('Demand Gen');
  const saved = JSON.parse(await download(page, 'Download JSON'));
  const future = { ...saved, settings: { ...saved.settings, version: 99 } };
  await importInput(page).setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
  await expect(alert).toContainText('settings version 99, which this page cannot read');
  await expect(page.getByRole('button', { name: 'Replace settings' })).toBeHidden();
  await expect(rule(page)).toHaveText(before!);

  saved.teams.sales = 'Field Sales';
  saved.settings.scoring.rule = { ...saved.settings.scoring.rule, mode: 'total', comparator: '>', threshold: 42 };
  saved.settings.sales.slaHours = -5;
  await importInput(page).setInputFiles({ name: 'card.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(alert).toBeEmpty();
  // A bad setting does not spoil the card: it is named as its control is, and falls back to the default.
  await expect(page.getByRole('listitem').filter({ hasText: '“Follow-up deadline (SLA)” was missing or not valid' })).toBeVisible();

  // Nothing is replaced until the reader says so.
  await page.getByRole('button', { name: 'Keep my settings' }).click();
  await expect(rule(page)).toHaveText(before!);

  await importInput(page).setInputFiles({ name: 'card.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(page.getByText(/Replace your current settings with the agreement between Demand Gen and Field Sales/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace settings' }).click();
  await expect(rule(page)).toContainText('more than 42 points');
  await expect(page.getByLabel('Sales team')).toHaveValue('Field Sales');
  expect(errors).toEqual([]);
});

test('printing shows the card alone: no navigation, inputs or buttons', async ({ page }) => {
  await openCard(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByLabel('Marketing team')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(importInput(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Write the agreement down' })).toBeHidden();
  await expect(rule(page)).toBeVisible();
  await expect(page.getByText('MQLs handed to sales')).toBeVisible();
});

test('the page passes an automated accessibility check, and its file picker is a labelled, focusable control', async ({ page }) => {
  await openCard(page);
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole('button', { name: 'Download the simulated leads (CSV)' }).focus();
  await page.keyboard.press('Tab');
  await expect(importInput(page)).toBeFocused();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  expect(chooser.isMultiple()).toBe(false);
  // What shows is the page's own button, in the page's language; the browser's control is out of sight.
  await expect(page.getByText('Choose a JSON file…')).toBeVisible();
  expect((await importInput(page).boundingBox())!.width).toBeLessThanOrEqual(1);
});

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('the printed card has lines for both teams to sign and fits one A4 page, in English and Japanese', async ({ browser }) => {
  const languages = [
    { locale: 'en-US', marketing: 'Marketing team', sales: 'Sales team', signatures: 'Signatures', name: 'Name' },
    { locale: 'ja-JP', marketing: 'マーケティングチーム', sales: '営業チーム', signatures: '署名欄', name: '氏名' },
  ];
  for (const language of languages) {
    const context = await browser.newContext({ locale: language.locale });
    const page = await context.newPage();
    await page.goto('./#/agreement');
    await expect(page.locator('.figures dd').first()).toHaveText(/\d/);
    // Long names take two lines in the heading and in both signature blocks: the tightest fit.
    await page.getByLabel(language.marketing).fill('Demand Generation and Field Marketing, EMEA North');
    await page.getByLabel(language.sales).fill('Inside Sales Development Representatives, EMEA North');
    const signatures = page.getByRole('region', { name: language.signatures });
    await expect(signatures).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(signatures).toBeVisible();
    await expect(signatures).toContainText('Demand Generation and Field Marketing, EMEA North');
    await expect(signatures).toContainText('Inside Sales Development Representatives, EMEA North');
    await expect(signatures.getByText(language.name, { exact: true })).toHaveCount(2);
    expect(pageCount(await page.pdf({ format: 'A4' })), language.locale).toBe(1);
    await context.close();
  }
});

test('presenter mode: p enlarges the page and hides secondary panels; ? lists the shortcuts, Esc closes', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const glossary = page.locator('section.glossary');
  await expect(glossary).toBeVisible();
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();

  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(glossary).toBeHidden();
  expect(await size()).toBeGreaterThan(normal);
  await expect(page.locator('aside details').first()).toBeVisible();
  await expect(page.locator('aside details').nth(1)).toBeHidden();

  // Typing in a field is typing, not a shortcut.
  await page.goto('./#/agreement');
  await page.getByLabel('Marketing team').fill('');
  await page.getByLabel('Marketing team').pressSequentially('pp?');
  await expect(page.getByLabel('Marketing team')).toHaveValue('pp?');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('heading', { name: 'MQL and SQL agreement' }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play or pause the lead flow');
  await expect(dialog).toContainText('Undo the last change');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'false');
  expect(await size()).toBe(normal);
  expect(errors).toEqual([]);
});

test('the funnel and score charts download as SVG and PNG images', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  await expect(page.locator('section.funnel svg[role="img"]')).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Funnel (SVG)' }).click()]);
  expect(svg.suggestedFilename()).toBe('funnel.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('MQL');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Score chart (PNG)' }).click()]);
  expect(png.suggestedFilename()).toBe('scores.png');
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
});
