import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchForErrors } from './support';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

let server: Server;
let base: string;

// A plain static host, as a team's intranet share or S3 bucket would be: files only, no rewrites, and the
// site copied into a nested sub-folder.
test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'lfl-host-'));
  cpSync(join(import.meta.dirname, '..', '..', 'dist'), join(root, 'teams', 'marketing', 'funnel-lab'), { recursive: true });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/teams/marketing/funnel-lab/`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the built site works from a nested sub-folder of a plain static server', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(base);
  const table = page.getByRole('table', { name: /lifecycle stage/i });
  const mql = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^MQL\b/ }) });
  await expect(mql.getByRole('cell').nth(1)).toHaveText(/^[1-9][\d,]*$/);

  // A lesson's own address, opened directly, works too: routes live in the hash.
  await page.goto(`${base}#/learn/08-scoring`);
  await expect(page.getByRole('heading', { level: 2, name: /Scoring/ })).toBeVisible();
  expect(errors).toEqual([]);
});
