import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HomePage, themeStorageKey } from './fixtures/reading';

async function findSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test(`home, chapter, every lesson and the 404 page have no serious axe violations (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [themeStorageKey, theme],
    );
    const home = new HomePage(page);
    await home.goto();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      theme === 'dark',
    );
    const pages = ['/', '/learn/kubernetes-security', '/learn/nope/nothing-here'];
    pages.push(...(await home.listLessons()).map((l) => l.href));

    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // Check the content behind disclosures as well.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      for (const violation of await findSeriousViolations(page))
        problems.push(`${path}: ${violation}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
