/**
 * The dashboard in headless Chromium: time to the grid being on screen for a cold load, and time
 * from pressing Check to the learner's cell changing in an open dashboard.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function openDashboard(browser: Browser, url: string, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies([{ name: 'ws_instructor', value: token, url }]);
  return context.newPage();
}

const GRID_ROWS = 'section[aria-labelledby="grid-heading"] tbody tr';

/** One cold load: ms from navigation start to the rows in the DOM, painted, and the feed live. */
export async function measureFirstRender(page: Page, url: string, rows: number) {
  await page.goto(`${url}/instructor`, { waitUntil: 'commit' });
  await page.waitForFunction(
    ([selector, n]) => document.querySelectorAll(selector as string).length >= (n as number),
    [GRID_ROWS, rows] as const,
    { polling: 'raf', timeout: 60_000 },
  );
  // The frame after the rows appear is the first one that can show them.
  const painted = await page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  );
  const nav = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ttfb: entry.responseStart, domContentLoaded: entry.domContentLoadedEventEnd };
  });
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor({ timeout: 60_000 });
  const live = await page.evaluate(() => performance.now());
  return { ttfb: nav.ttfb, gridPainted: painted, domContentLoaded: nav.domContentLoaded, live };
}

/**
 * Starts watching one learner's "prepare" cell; the returned promise resolves with the epoch ms
 * (performance.timeOrigin + now) at which its text first differs from `before`.
 */
export async function watchCellChange(
  page: Page,
  displayName: string,
): Promise<() => Promise<number>> {
  // Sent as source text: the bundler's helpers (tsx names functions) do not exist in the page.
  // The promise stays in the page (evaluate would wait for it); the caller collects it later.
  await page.evaluate(`(() => {
    const name = ${JSON.stringify(displayName)};
    const find = () =>
      [...document.querySelectorAll('tbody tr')]
        .find((tr) => tr.querySelector('th button')?.textContent === name)
        ?.querySelector('td[data-task="prepare"]');
    const cell = find();
    if (!cell) throw new Error('no row for ' + name);
    const before = cell.textContent;
    window.cellChanged = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const current = find();
        if (current && current.textContent !== before) {
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  })()`);
  return () => page.evaluate('window.cellChanged') as Promise<number>;
}
