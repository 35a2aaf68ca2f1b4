// `node test/bench/browser-latency.mjs`: builds the site, serves it, and measures in real Chromium how
// long a committed MQL-threshold change takes to reach the figures on screen (change event -> the MQL
// row of the stage table shows the new count). Prints figures; asserts nothing about time.
//   BENCH threshold-latency-<population> <median ms> p95 <ms>
//   BENCH initial-js-gzip-kb <kB>   (every script the page loads before it is interactive)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.BENCH_PORT ?? 4391);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ROUNDS = 20;

spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

// Initial JS: the entry script and what it statically imports (modulepreload), gzipped.
const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initialBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, 'dist', file))).length, 0);

const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  detached: true,
  stdio: 'ignore',
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function measure(page, population) {
  if (population !== null) {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const field = page.getByRole('spinbutton', { name: /Leads simulated/ }).first();
    await field.fill(String(population));
    await field.press('Enter');
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('table')].some((t) => t.textContent?.includes(n)) && !document.querySelector('[aria-busy=true]'),
      new Intl.NumberFormat('en').format(population),
      { timeout: 60_000 },
    );
  }
  const samples = [];
  const input = await page.getByRole('spinbutton', { name: /MQL threshold/ }).first().elementHandle();
  const row = await page
    .getByRole('table', { name: /lifecycle stage/i })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^MQL\b/ }) })
    .elementHandle();
  for (let k = 0; k < ROUNDS; k++) {
    const threshold = k % 2 ? 100 : 140;
    const ms = await page.evaluate(
      async ([input, row, value]) => {
        const before = row.textContent;
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => {
          const done = () => row.textContent !== before && !row.closest('[aria-busy=true]');
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(row.closest('section') ?? row, { subtree: true, characterData: true, childList: true, attributes: true });
        });
        // The figures are on screen once the browser has painted them.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - start;
      },
      [input, row, threshold],
    );
    samples.push(ms);
  }
  return samples;
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('table').first().waitFor();
  for (const population of [null, 10_000]) {
    const samples = await measure(page, population);
    const name = population === null ? 'default' : String(population);
    console.log(`BENCH threshold-latency-${name} ${quantile(samples, 0.5).toFixed(1)} p95 ${quantile(samples, 0.95).toFixed(1)}`);
  }
  await browser.close();
} finally {
  console.log(`BENCH initial-js-gzip-kb ${(initialBytes / 1024).toFixed(1)}`);
  stop();
}
