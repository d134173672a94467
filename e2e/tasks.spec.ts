/**
 * A task's Check button in real Chromium: a reader who has not joined is sent to join; a learner
 * who has joined gets every step with expected / found / hint, fixes the space with the lesson's
 * own Run buttons, and sees the same check pass.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import lab from '../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lesson';

const labPath = `/learn/kubernetes-security/${lab.slug}`;
const prepare = lab.tasks!.find((t) => t.id === 'prepare')!;

function taskCard(page: Page, title: string) {
  const card = page.getByRole('region', { name: title, exact: true });
  return {
    card,
    check: card.getByRole('button', { name: /^Check/ }),
    status: card.getByRole('status'),
    steps: card.getByRole('list', { name: 'Check steps' }).getByRole('listitem'),
  };
}

async function join(page: Page, name: string) {
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test('checking without having joined points to the join page', async ({ page }) => {
  await page.goto(labPath);
  const task = taskCard(page, prepare.title);
  await task.check.click();
  await expect(task.status).toContainText('Join the workshop first');
  await task.status.getByRole('link', { name: 'Join now' }).click();
  await expect(page).toHaveURL(/\/join$/);
});

test('a check lists what is missing, then passes once the lesson commands have run', async ({
  page,
}) => {
  await join(page, `Check E2E ${Date.now() % 100000}`);
  await page.goto(labPath);
  const task = taskCard(page, prepare.title);

  // Reaching the task tells the server it was opened (the dashboard's time on task starts there).
  await page.locator('[data-task-reporter="prepare"]').scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const me = (await (await page.request.get('/api/me')).json()) as {
          progress: { tasks: { taskId: string; firstOpenedAt: string | null }[] };
        };
        return me.progress.tasks.find((t) => t.taskId === 'prepare')?.firstOpenedAt ?? null;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();

  await task.check.click();
  await expect(task.status).toContainText('Not passed:', { timeout: 30_000 });
  const failing = task.steps.filter({ hasText: '(not yet)' });
  await expect(failing.first()).toContainText('Expected');
  await expect(failing.first()).toContainText('Found');
  await expect(failing.first()).toContainText('fix this first');
  // The result, failed steps and hints included, stays accessible.
  const scan = await new AxeBuilder({ page })
    .include('section[aria-labelledby^="task-"]')
    .analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Run the three commands of step 1 with their Run buttons (the first one opens the terminal).
  const terminal = page.getByRole('group', { name: 'Terminal', exact: true });
  const commands = [
    ['kubectl create namespace cfostest', 'namespace/cfostest created'],
    ['kubectl apply -f cfosimagepullsecret.yaml -n cfostest', 'secret/cfosimagepullsecret created'],
    [
      'Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
      'serviceaccount/cfos-serviceaccount created',
    ],
  ] as const;
  for (const [command, output] of commands) {
    const block = page.locator('.code-block').filter({ hasText: command }).first();
    await block.getByRole('button', { name: 'Run' }).click();
    await expect(terminal).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(
        async () => (await terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' '),
        {
          timeout: 30_000,
        },
      )
      .toContain(output);
  }

  await task.check.click();
  await expect(task.status).toHaveText(/^Passed: all \d+ steps are right\.$/, { timeout: 30_000 });
  await expect(task.steps.filter({ hasText: '(not yet)' })).toHaveCount(0);

  // The sidebar counts the lab's passed tasks, from the server, and still does after a reload.
  const labLink = page
    .getByRole('navigation', { name: 'Chapter' })
    .first()
    .getByRole('link', { name: new RegExp(lab.title) });
  await expect(labLink).toContainText(`1 of ${lab.tasks!.length} tasks done`);
  await page.reload();
  await expect(labLink).toContainText(`1 of ${lab.tasks!.length} tasks done`);
  // So does the chapter overview.
  await page.goto('/learn/kubernetes-security');
  await expect(
    page
      .getByRole('region', { name: 'Lessons' })
      .getByRole('link', { name: new RegExp(lab.title) }),
  ).toContainText(`1 of ${lab.tasks!.length} tasks done`);
});
