// Frames per second of the lead flow animating 5,000 dots in headless Chromium.
// Build first (`npx vite build`); this script serves dist/ with `vite preview`, measures, and stops it.
// Usage: node test/bench/browser-fps.mjs   -> prints `BENCH fps-5000-dots <fps>`
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4390;
const URL = `http://127.0.0.1:${PORT}/`;
const DOTS = 5000;
const MEASURE_MS = 5000;
/** Played at one day per second from this many days before the end: every frame moves nearly all dots. */
const DAYS_BEFORE_END = 5;
// The same browser and flags as test/e2e/playwright.config.ts.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('No build in dist/: run `npx vite build` first.');
  process.exit(1);
}

const server = spawn(
  join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
);
const stopServer = () => {
  try {
    // vite starts children of its own: stop the whole process group.
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${URL}`);
}

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(URL);

  const canvas = page.locator('canvas[data-dots]');
  await canvas.waitFor({ timeout: 60_000 });
  const dots = Number(await canvas.getAttribute('data-dots'));
  if (dots !== DOTS) throw new Error(`The flow draws ${dots} dots, not ${DOTS}`);
  await canvas.scrollIntoViewIfNeeded();

  const flow = page.locator('section', { has: canvas });
  const pause = flow.getByRole('button', { name: 'Pause' });
  if (await pause.count()) await pause.click();
  await flow.getByLabel('Days per second').selectOption('1');
  const slider = flow.getByRole('slider', { name: 'Day shown' });
  const days = Number(await slider.getAttribute('max'));
  await slider.fill(String(days - DAYS_BEFORE_END));
  const shown = () =>
    flow.locator('li .count').evaluateAll((counts) => counts.reduce((sum, c) => sum + Number(c.textContent.replace(/\D/g, '')), 0));
  const before = await shown();
  await flow.getByRole('button', { name: 'Play' }).click();

  const fps = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let frames = 0;
        let start = 0;
        const count = (now) => {
          if (!start) start = now;
          else frames++;
          if (now - start < ms) requestAnimationFrame(count);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(count);
      }),
    MEASURE_MS,
  );
  const after = await shown();
  console.log(`dots on screen during the measurement: ${before} -> ${after} (of ${dots} sampled leads)`);
  console.log(`BENCH fps-5000-dots ${fps.toFixed(1)}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  stopServer();
}
