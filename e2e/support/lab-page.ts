/**
 * The cFOS lab page as a learner uses it in Chromium: its task cards and their Check buttons, the
 * lesson's Run buttons, and the terminal in the tools dock (read through the rows xterm draws).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import lab from '../../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lesson';

export const labPath = `/learn/kubernetes-security/${lab.slug}`;

function titleOf(id: string): string {
  const task = lab.tasks?.find((t) => t.id === id);
  if (!task) throw new Error(`the lab has no task "${id}"`);
  return task.title;
}

export function taskCard(page: Page, id: string) {
  const card = page.getByRole('region', { name: titleOf(id), exact: true });
  return {
    card,
    check: card.getByRole('button', { name: /^Check/ }),
    status: card.getByRole('status'),
  };
}

/** Clicks a task's Check and waits for the verdict, retrying while the cluster catches up. */
export async function expectCheck(page: Page, id: string, verdict: 'Passed' | 'Not passed') {
  const task = taskCard(page, id);
  await expect(async () => {
    await task.check.click();
    await expect(task.status).toHaveText(new RegExp(`^${verdict}:`), { timeout: 30_000 });
  }).toPass({ timeout: 150_000 });
}

export class TerminalPane {
  readonly screen: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('group', { name: 'Terminal', exact: true });
  }

  async text(): Promise<string> {
    const rows = await this.screen.locator('.xterm-rows').innerText();
    return rows.replace(/\u00a0/g, ' ');
  }

  async waitForPrompt(timeout = 60_000) {
    await expect
      .poll(async () => (await this.text()).trimEnd().endsWith('$'), { timeout })
      .toBe(true);
  }

  async expectText(text: string | RegExp, timeout = 120_000) {
    await expect.poll(() => this.text(), { timeout }).toMatch(text);
  }

  /** Types a command, waits for its echo, presses Enter and waits for the next prompt. */
  async type(command: string, timeout = 60_000) {
    await this.screen.click();
    await this.page.keyboard.type(command);
    const tail = command.slice(-12);
    await expect
      .poll(async () => (await this.text()).replace(/\n/g, '').includes(tail), { timeout: 30_000 })
      .toBe(true);
    await this.page.keyboard.press('Enter');
    await this.waitForPrompt(timeout);
  }

  async clear() {
    await this.type('clear');
    await expect.poll(async () => (await this.text()).trim().split('\n').length).toBeLessThan(3);
  }
}

/** The lesson's code block that shows `text` (as rendered for the learner). */
export function codeBlock(page: Page, text: string, nth = 0): Locator {
  return page.locator('.code-block').filter({ hasText: text }).nth(nth);
}

/** Runs a lesson code block with its Run button and waits for what it should print. */
export async function runBlock(
  page: Page,
  terminal: TerminalPane,
  blockText: string,
  expected: string | RegExp | null,
  nth = 0,
) {
  await codeBlock(page, blockText, nth).getByRole('button', { name: 'Run' }).click();
  await expect(terminal.screen).toBeVisible({ timeout: 30_000 });
  if (expected !== null) await terminal.expectText(expected);
  await terminal.waitForPrompt(120_000);
}

export async function join(page: Page, name: string) {
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toBeVisible();
}
