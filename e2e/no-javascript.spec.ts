import { expect, test } from '@playwright/test';

// Lesson pages are rendered on the server: everything a reader needs is in the HTML.
test.use({ javaScriptEnabled: false });

test('a lesson reads completely without JavaScript', async ({ page }) => {
  await page.goto('/learn/kubernetes-security/lab-fix-cfos-boot-permissions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Lab: fix the cFOS boot permission issue',
  );
  await expect(page.getByRole('navigation', { name: 'Chapter' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  // Code arrives highlighted (coloured spans), not as plain text to be coloured later.
  const command = page
    .locator('.code-block')
    .filter({ hasText: 'kubectl create namespace cfostest' });
  await expect(command.locator('pre.shiki span[style*="--shiki-light"]').first()).toBeVisible();
  // Disclosures are native: they open with no script at all.
  const answer = page.locator('details').filter({ hasText: 'Answer' }).first();
  await answer.locator('summary').click();
  await expect(answer).toHaveAttribute('open');
  await expect(page.getByRole('link', { name: /^Previous/ })).toBeVisible();
});
