/**
 * The whole cFOS lab in real Chromium, as one learner does it: every check first says "Not
 * passed"; then the commands go through the terminal, the NET_ADMIN fix through the YAML editor,
 * the last question through the quiz, and each task's check says "Passed" at its moment in the lab.
 */
import { expect, test } from '@playwright/test';
import lab from '../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lesson';
import { TerminalPane, expectCheck, join, labPath, runBlock, taskCard } from './support/lab-page';

const deploymentFile = 'cfos7210250-deployment.yaml';

test.describe.configure({ timeout: 900_000 });

test('a learner does the whole lab and every check turns from "Not passed" to "Passed"', async ({
  page,
}) => {
  await join(page, `Lab E2E ${Date.now() % 100000}`);
  await page.goto(labPath);
  const tools = page.getByRole('complementary', { name: 'Your tools' });
  const terminal = new TerminalPane(page);

  // Before any work, the checks say what is missing.
  for (const id of ['prepare', 'deploy-net-raw', 'fix-permissions', 'qa-privileged']) {
    await expectCheck(page, id, 'Not passed');
  }

  // Each card keeps its solution in a closed disclosure that opens from the keyboard.
  const prepareCard = taskCard(page, 'prepare').card;
  const solution = prepareCard.getByLabel('Solution for task prepare');
  await expect(solution).toBeHidden();
  await prepareCard.getByText('Solution', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(solution).toBeVisible();
  await expect(solution).toContainText('kubectl create namespace cfostest');

  // Step 1 with the lesson's Run buttons (the first opens the terminal).
  await runBlock(page, terminal, 'kubectl create namespace cfostest', 'namespace/cfostest created');
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    'kubectl apply -f cfosimagepullsecret.yaml -n cfostest',
    'secret/cfosimagepullsecret created',
  );
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    'kubectl create -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
    'serviceaccount/cfos-serviceaccount created',
  );
  await expectCheck(page, 'prepare', 'Passed');
  // The space now holds what the clean-up removes, so that check is not passed yet.
  await expectCheck(page, 'clean-up', 'Not passed');

  // Steps 2 and 3: deploy with NET_RAW only and see iptables refused.
  await terminal.clear();
  await runBlock(page, terminal, 'cfosimage="fortinetwandy.azurecr.io/cfos:255"', null);
  await runBlock(page, terminal, 'cat << EOF | tee > cfos7210250-deployment.yaml', null);
  await terminal.clear();
  await terminal.type(`grep -c NET_RAW ${deploymentFile}`);
  await terminal.expectText(/^1$/m);
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    'kubectl apply -f cfos7210250-deployment.yaml -n cfostest',
    'successfully rolled out',
  );
  await terminal.clear();
  await runBlock(page, terminal, 'cmd="iptables -t nat -L -v"', 'Permission denied');
  await expectCheck(page, 'deploy-net-raw', 'Passed');

  // Step 4 in the YAML editor: add NET_ADMIN with find/replace, save and apply.
  await tools.getByRole('button', { name: 'YAML editor', exact: true }).click();
  const workbench = page.getByRole('region', { name: 'YAML editor workbench' });
  await expect(workbench.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await workbench
    .getByRole('navigation', { name: 'Workstation files' })
    .getByRole('button', { name: deploymentFile })
    .click();
  // Monaco draws only the lines in view, so wait for the file's first lines, then edit blind.
  const lines = workbench.locator('.monaco-editor .view-lines').first();
  await expect(workbench.getByText(deploymentFile, { exact: true }).first()).toBeVisible();
  await expect
    .poll(async () => (await lines.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 })
    .toContain('name: cfos7210250-deployment');
  await lines.click();
  await page.keyboard.press('Control+H');
  await workbench.getByRole('textbox', { name: 'Find' }).fill('add: ["NET_RAW"]');
  await expect(workbench.getByText(/^1 of 1$/)).toBeVisible({ timeout: 30_000 });
  await workbench.getByRole('textbox', { name: 'Replace' }).fill('add: ["NET_RAW","NET_ADMIN"]');
  await workbench.getByRole('button', { name: /^Replace All/ }).click();
  await expect(workbench.getByText(/^No results$/)).toBeVisible({ timeout: 30_000 });
  await workbench.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(workbench.getByText(`Saved ${deploymentFile}`)).toBeVisible({ timeout: 30_000 });
  await workbench.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(workbench.getByText('Applied to your cluster space.')).toBeVisible({
    timeout: 60_000,
  });

  // Step 5 back in the terminal: wait for the rollout, then iptables works.
  await tools.getByRole('button', { name: 'Terminal', exact: true }).click();
  await expect(terminal.screen).toBeVisible();
  await terminal.clear();
  // The saved file, read from the shell, holds the fix.
  await terminal.type(`grep -c 'add: \\["NET_RAW","NET_ADMIN"\\]' ${deploymentFile}`);
  await terminal.expectText(/^1$/m);
  await terminal.clear();
  await terminal.type(
    'kubectl rollout status deployment cfos7210250-deployment -n cfostest',
    180_000,
  );
  await terminal.expectText('successfully rolled out');
  // Right after a rollout the old pod may still be going away: run the lines again until only
  // the new pod answers, as the lesson tells the learner to.
  await expect(async () => {
    await terminal.clear();
    await runBlock(page, terminal, 'cmd="iptables -t nat -L -v"', null, 1);
    await terminal.expectText('Chain PREROUTING', 60_000);
  }).toPass({ timeout: 180_000 });
  await expectCheck(page, 'fix-permissions', 'Passed');

  // Clean up.
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    'kubectl delete namespace cfostest',
    /clusterrole\.rbac\.authorization\.k8s\.io "secrets-reader" deleted/,
  );
  await expectCheck(page, 'clean-up', 'Passed');

  // The last question, answered in the quiz.
  const quiz = page.getByRole('region', { name: 'Check your understanding' }).filter({
    has: page.getByRole('group', { name: 'Does cFOS need to run with privileged: true?' }),
  });
  await quiz.getByRole('radio', { name: /^No/ }).check();
  await quiz.getByRole('button', { name: 'Submit' }).click();
  await expect(quiz.getByRole('status')).toHaveText('Correct!');
  await expectCheck(page, 'qa-privileged', 'Passed');

  // The chapter sidebar counts every task of the lab as done.
  const total = lab.tasks?.length ?? 0;
  await expect(
    page
      .getByRole('navigation', { name: 'Chapter' })
      .first()
      .getByRole('link', { name: new RegExp(lab.title) }),
  ).toContainText(`${total} of ${total} tasks done`, { timeout: 30_000 });
});
