import { expect, test } from '@playwright/test';
import { LessonPage } from './fixtures/reading';

const lab = '/learn/kubernetes-security/lab-fix-cfos-boot-permissions';

test('Copy puts the exact command on the clipboard and announces it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const lesson = new LessonPage(page);
  await lesson.goto(lab);

  const command = 'kubectl apply -f cfosimagepullsecret.yaml -n cfostest';
  const block = lesson.codeBlock(command);
  await expect(block.status).toHaveText('');
  await block.copy.click();
  await expect(block.status).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);

  // A multi-line block keeps its lines, without a trailing newline.
  const twoLines = lesson.codeBlock('kubectl create namespace cfostest');
  await twoLines.copy.focus();
  await page.keyboard.press('Enter');
  await expect(twoLines.status).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'cd $HOME\nkubectl create namespace cfostest',
  );
});

test('output blocks have no Copy button', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto(lab);
  const output = page.getByRole('figure').filter({ hasText: 'Expected output' }).first();
  await expect(output).toBeVisible();
  await expect(output.getByRole('button', { name: 'Copy' })).toHaveCount(0);
});
