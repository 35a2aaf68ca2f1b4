import { expect, test } from '@playwright/test';

test('a long run shows its progress and can be cancelled, keeping the last good figures', async ({ page }) => {
  await page.goto('./');
  const table = page.getByRole('table', { name: /lifecycle stage/i });
  const leadsReached = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Lead\b/ }) })
    .getByRole('cell')
    .nth(1);
  await expect(leadsReached).toHaveText('5,000');
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);

  await page.getByText('Simulation', { exact: true }).click();
  const days = page.getByRole('spinbutton', { name: /Simulated period/ });
  await days.fill('365');
  await days.press('Enter');
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
  await expect(leadsReached).toHaveText('5,000');

  // The largest population takes long enough to show progress; the user cancels as soon as they can.
  const cancelled = page.evaluate(
    () =>
      new Promise<{ progress: boolean }>((resolve) => {
        const observer = new MutationObserver(() => {
          const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel');
          if (!cancel) return;
          observer.disconnect();
          const progress = document.querySelector('progress') !== null;
          cancel.click();
          resolve({ progress });
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
  );
  const population = page.getByRole('spinbutton', { name: /Leads simulated/ });
  await population.fill('100000');
  await population.press('Enter');
  expect(await cancelled).toEqual({ progress: true });

  await expect(page.getByRole('status')).toContainText(/cancelled/i);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(leadsReached).toHaveText('5,000');
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
});
