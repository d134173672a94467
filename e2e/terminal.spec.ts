/**
 * The learner's terminal in real Chromium: join, open the terminal on the lab page, type the lab
 * (heredoc included) and read the cluster's answers from the terminal's DOM; paste a multi-line
 * block; run a lesson command with its Run button; reload and find the shell as it was.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LAB_COMMANDS } from '../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';

const lab = '/learn/kubernetes-security/lab-fix-cfos-boot-permissions';

/** The terminal panel, spoken to through its accessible name and the text xterm draws. */
class TerminalPane {
  readonly screen: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('group', { name: 'Terminal', exact: true });
    this.status = page.locator('[data-terminal-status]');
  }

  async open() {
    const button = this.page.getByRole('button', { name: 'Open terminal' });
    // A click that lands before hydration does nothing: try again until the terminal shows.
    await expect(async () => {
      if (await button.isVisible()) await button.click();
      await expect(this.screen).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await expect(this.status).toHaveText('Connected', { timeout: 30_000 });
    await this.waitForPrompt();
  }

  /** The rows xterm has drawn, as plain text. */
  async text(): Promise<string> {
    const rows = await this.screen.locator('.xterm-rows').innerText();
    return rows.replace(/\u00a0/g, ' ');
  }

  async waitForPrompt() {
    await expect
      .poll(async () => (await this.text()).trimEnd().endsWith('$'), { timeout: 30_000 })
      .toBe(true);
  }

  async focus() {
    await this.screen.click();
  }

  /**
   * Types a command as a learner would, waits for the shell to echo it (so the prompt seen next
   * is the new one), presses Enter and waits for the next prompt.
   */
  async run(command: string) {
    await this.focus();
    await this.page.keyboard.type(command);
    const tail = command.slice(-12);
    await expect
      .poll(async () => (await this.text()).replace(/\n/g, '').includes(tail), { timeout: 30_000 })
      .toBe(true);
    await this.page.keyboard.press('Enter');
    await this.waitForPrompt();
  }

  async expectText(text: string | RegExp, timeout = 30_000) {
    await expect.poll(() => this.text(), { timeout }).toMatch(text);
  }

  async clear() {
    await this.run('clear');
  }
}

async function join(page: Page, name: string) {
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toBeVisible();
}

test.describe.configure({ timeout: 240_000 });

test('the lab typed into the terminal: permission denied, then the chains', async ({ page }) => {
  await join(page, `Terminal E2E ${Date.now() % 100000}`);
  await page.goto(lab);
  const terminal = new TerminalPane(page);
  await terminal.open();

  await terminal.run(LAB_COMMANDS.cdHome);
  await terminal.run(LAB_COMMANDS.createNamespace);
  await terminal.expectText('namespace/cfostest created');
  await terminal.run(LAB_COMMANDS.applyPullSecret);
  await terminal.expectText('secret/cfosimagepullsecret created');
  await terminal.run(LAB_COMMANDS.createServiceAccount);
  await terminal.expectText('serviceaccount/cfos-serviceaccount created');
  await terminal.run(LAB_COMMANDS.setImage);

  // The heredoc, typed line by line: the shell asks for more after each line until EOF.
  await terminal.focus();
  for (const line of LAB_COMMANDS.writeDeployment.split('\n')) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await terminal.waitForPrompt();
  await terminal.clear();
  await terminal.run('grep image: cfos7210250-deployment.yaml');
  await terminal.expectText('image: fortinetwandy.azurecr.io/cfos:255');

  await terminal.run(LAB_COMMANDS.applyDeployment);
  await terminal.expectText('deployment.apps/cfos7210250-deployment created');
  await terminal.run(LAB_COMMANDS.waitForRollout);
  await terminal.expectText('successfully rolled out');
  await terminal.run(LAB_COMMANDS.setIptablesCommand);
  await terminal.run(LAB_COMMANDS.findPod);
  await terminal.clear();
  await terminal.run(LAB_COMMANDS.execIptables);
  await terminal.expectText(
    "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)",
  );

  await terminal.run(LAB_COMMANDS.addNetAdmin);
  await terminal.clear();
  await terminal.run(LAB_COMMANDS.replaceDeployment);
  await terminal.expectText('deployment.apps/cfos7210250-deployment replaced');
  await terminal.run(LAB_COMMANDS.waitForRollout);
  await terminal.expectText('successfully rolled out');
  await terminal.run(LAB_COMMANDS.findPod);
  await terminal.clear();
  await terminal.run(LAB_COMMANDS.execIptables);
  await terminal.expectText('Chain PREROUTING');
  await terminal.expectText('Chain POSTROUTING');
  expect(await terminal.text()).not.toContain('Permission denied');
});

test('a multi-line block pasted with Ctrl+V runs line by line', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await join(page, `Paste E2E ${Date.now() % 100000}`);
  await page.goto(lab);
  const terminal = new TerminalPane(page);
  await terminal.open();

  const block = 'export PASTED=one\necho "pasted $PASTED"\necho second line\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await terminal.focus();
  await page.keyboard.press('Control+V');
  await terminal.expectText('pasted one');
  await terminal.expectText(/second line\s*\n.*\$\s*$/);
});

test('Copy keys: Ctrl+Shift+C copies the selection, Ctrl+C still interrupts', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await join(page, `Copy E2E ${Date.now() % 100000}`);
  await page.goto(lab);
  const terminal = new TerminalPane(page);
  await terminal.open();
  await terminal.run('echo copy-me-please');
  await terminal.expectText('copy-me-please');

  // Select everything on screen, copy with the terminal's own shortcut.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const rows = terminal.screen.locator('.xterm-rows');
  const box = await rows.boundingBox();
  if (!box) throw new Error('the terminal has no size');
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Control+Shift+C');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('copy-me-please');

  // With nothing selected, Ctrl+C goes to the shell: the half-typed line is abandoned.
  await terminal.focus();
  await page.keyboard.type('echo never-run');
  await page.keyboard.press('Control+C');
  await terminal.expectText(/echo never-run\^C/);
});

test('Run types a lesson command into the terminal', async ({ page }) => {
  await join(page, `Run E2E ${Date.now() % 100000}`);
  await page.goto(lab);
  const block = page.locator('.code-block').filter({ hasText: LAB_COMMANDS.setImage }).first();
  await block.getByRole('button', { name: 'Run' }).click();
  const terminal = new TerminalPane(page);
  await expect(terminal.status).toHaveText('Connected', { timeout: 30_000 });
  await terminal.expectText(LAB_COMMANDS.setImage);
  await terminal.run('echo "image is $cfosimage"');
  await terminal.expectText('image is fortinetwandy.azurecr.io/cfos:255');
});

test('after a reload the terminal comes back with its screen and its shell', async ({ page }) => {
  await join(page, `Reload E2E ${Date.now() % 100000}`);
  await page.goto(lab);
  const terminal = new TerminalPane(page);
  await terminal.open();
  await terminal.run('export KEEP=still-here; echo before-reload > kept.txt');
  await terminal.run('echo marker-on-screen');
  await terminal.expectText('marker-on-screen');

  await page.reload();
  await terminal.open();
  // The screen was restored from this tab's storage, and the same shell was reattached.
  await terminal.expectText('marker-on-screen');
  await terminal.run('echo "$KEEP $(cat kept.txt)"');
  await terminal.expectText('still-here before-reload');
});
