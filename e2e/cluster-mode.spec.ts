/**
 * Cluster mode end to end in Chromium: the site runs against a cluster (a standalone sandbox here,
 * reached through an admin kubeconfig as a real one would be). A learner joins and gets a namespace
 * and a workstation pod; the lab shows its commands for that namespace; the commands run in the
 * workstation as the learner's service account; checks judge the namespace; and the learner's
 * kubectl cannot read outside it.
 */
import { expect, test } from '@playwright/test';
import {
  TerminalPane,
  codeBlock,
  expectCheck,
  join,
  labPath,
  runBlock,
  taskCard,
} from './support/lab-page';

test.describe.configure({ timeout: 600_000 });
test.use({ actionTimeout: 60_000 });

test('a learner does the lab in their own namespace of a shared cluster', async ({
  page,
}, testInfo) => {
  await join(page, `Cluster E2E ${Date.now() % 100000}`);
  const me = (await (await page.request.get('/api/me')).json()) as {
    workspace?: { mode?: string; namespace?: string };
  };
  expect(me.workspace?.mode).toBe('cluster');
  const namespace = me.workspace?.namespace ?? '';
  expect(namespace).toMatch(/^learner-[a-z0-9-]+$/);

  await page.goto(labPath);
  const terminal = new TerminalPane(page);

  // The namespace step becomes a comment, with a note on why; later steps name the namespace.
  const createStep = codeBlock(page, `# your namespace ${namespace} already exists`);
  await expect(createStep).toBeVisible({ timeout: 30_000 });
  await expect(createStep).toContainText(`for your namespace ${namespace}`);
  await expect(page.getByRole('note').filter({ hasText: 'already exists' })).toContainText(
    `Your workspace namespace "${namespace}" already exists`,
  );
  await expect(
    codeBlock(page, `kubectl apply -f cfosimagepullsecret.yaml -n ${namespace}`),
  ).toBeVisible();
  await expect(page.locator('.code-block').filter({ hasText: '-n cfostest' })).toHaveCount(0);
  // The clean-up card says what done means here: the lab objects gone from the namespace.
  await expect(taskCard(page, 'clean-up').card).toContainText(
    `The lab objects are gone from your namespace ${namespace}`,
  );
  await createStep.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('cluster-lab.png'), fullPage: false });

  await expectCheck(page, 'prepare', 'Not passed');

  // Step 1 with the Run buttons (the first opens the terminal in the workstation pod).
  await runBlock(page, terminal, `# your namespace ${namespace} already exists`, null);
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    `kubectl apply -f cfosimagepullsecret.yaml -n ${namespace}`,
    'secret/cfosimagepullsecret created',
  );
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    'Task1_1_create_cfos_serviceaccount.yaml',
    'serviceaccount/cfos-serviceaccount created',
  );
  await expectCheck(page, 'prepare', 'Passed');
  await expectCheck(page, 'clean-up', 'Not passed');

  // The learner's kubectl is theirs alone: no other namespace, no cluster-wide reads.
  await terminal.clear();
  await terminal.type('kubectl get pods -n kube-system');
  await terminal.expectText(/Forbidden|forbidden/);
  await terminal.clear();
  await terminal.type('kubectl get pods');
  await terminal.expectText(/No resources found|workstation/);

  // Steps 2 and 3: deploy with NET_RAW only; iptables is refused.
  await terminal.clear();
  await runBlock(page, terminal, 'cfosimage="fortinetwandy.azurecr.io/cfos:255"', null);
  await runBlock(page, terminal, 'cat << EOF | tee > cfos7210250-deployment.yaml', null);
  await terminal.clear();
  await runBlock(
    page,
    terminal,
    `kubectl apply -f cfos7210250-deployment.yaml -n ${namespace}`,
    'successfully rolled out',
  );
  await terminal.clear();
  await runBlock(page, terminal, 'cmd="iptables -t nat -L -v"', 'Permission denied');
  await expectCheck(page, 'deploy-net-raw', 'Passed');
  await expectCheck(page, 'fix-permissions', 'Not passed');

  // Clean-up as rewritten: the lab objects go, the namespace stays, and the check passes.
  const cleanUpStep = codeBlock(page, 'kubectl delete deployment/cfos7210250-deployment');
  await expect(cleanUpStep).toContainText(`for your namespace ${namespace}`);
  await expect(page.getByRole('note').filter({ hasText: 'You may not delete' })).toContainText(
    `workspace namespace "${namespace}"`,
  );
  await page.getByRole('button', { name: 'Hide tools' }).click();
  await cleanUpStep.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('cluster-clean-up.png') });
  // Run opens the terminal again.
  await runBlock(
    page,
    terminal,
    `kubectl delete deployment/cfos7210250-deployment secret/cfosimagepullsecret --ignore-not-found -n ${namespace}`,
    /serviceaccount "cfos-serviceaccount" deleted/,
  );
  await expectCheck(page, 'clean-up', 'Passed');
  await terminal.clear();
  await terminal.type('kubectl get deployments,secrets,serviceaccounts');
  await terminal.expectText(/serviceaccount\/learner/);
  expect(await terminal.text()).not.toMatch(/cfos/);
});
