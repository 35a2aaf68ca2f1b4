// Runs every suite (unit, component, model-based and property-based under Vitest; browser tests under
// Playwright) and ends with one plain line, `N passed, N failed`, summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitestJson = join(root, '.vitest-results.json');
const playwrightJson = join(root, '.playwright-results.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwrightStatus = run(bin('playwright'), ['test', '-c', 'test/e2e/playwright.config.ts'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

let passed = 0;
let failed = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
}
// A suite that crashed before reporting counts as one failure, so the line never hides it.
if (vitestStatus !== 0 && !existsSync(vitestJson)) failed += 1;
if (playwrightStatus !== 0 && !existsSync(playwrightJson)) failed += 1;
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

console.log(`${passed} passed, ${failed} failed`);
process.exit(vitestStatus === 0 && playwrightStatus === 0 && failed === 0 ? 0 : 1);
