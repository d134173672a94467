/**
 * The tools docked to a lesson page: the YAML editor and the terminal load only when opened,
 * switch without losing each other, and hide again.
 */
import { expect, test, type Page } from '@playwright/test';

const lab = '/learn/kubernetes-security/lab-fix-cfos-boot-permissions';

async function join(page: Page, name: string) {
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toBeVisible();
}

test.describe.configure({ timeout: 120_000 });

test('the editor and the terminal open on demand and keep their state across switches', async ({
  page,
}) => {
  await join(page, `Tools E2E ${Date.now() % 100000}`);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(lab);
  const tools = page.getByRole('complementary', { name: 'Your tools' });
  await expect(tools.locator('.monaco-editor')).toHaveCount(0);
  await expect(tools.locator('.xterm')).toHaveCount(0);
  const before = scripts.length;

  await tools.getByRole('button', { name: 'Open the YAML editor' }).click();
  await expect(tools.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  // Opening the editor fetched code the page had not loaded before.
  expect(scripts.length).toBeGreaterThan(before);

  await tools.getByRole('button', { name: 'Terminal', exact: true }).click();
  const terminal = page.getByRole('group', { name: 'Terminal', exact: true });
  await expect(terminal).toBeVisible();
  await expect(page.locator('[data-terminal-status]')).toHaveText('Connected', { timeout: 30_000 });
  await expect(tools.locator('.monaco-editor').first()).toBeHidden();

  // Back to the editor: the same editor instance, still there.
  await tools.getByRole('button', { name: 'YAML editor', exact: true }).click();
  await expect(tools.locator('.monaco-editor').first()).toBeVisible();
  await expect(terminal).toBeHidden();

  await tools.getByRole('button', { name: 'Hide tools' }).click();
  await expect(tools.getByRole('button', { name: 'Open terminal' })).toBeVisible();
  await expect(tools.locator('.monaco-editor').first()).toBeHidden();
});
