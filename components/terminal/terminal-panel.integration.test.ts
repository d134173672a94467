/**
 * Integration in real Chromium: the terminal panel (xterm and its addons, bundled by esbuild)
 * against the real terminal route and the embedded sandbox's workstation shell. Checks what a
 * learner sees and does: the connection state, text readable from the DOM, typing, multi-line
 * paste, copy, the Run button, a restart of the site and a reload of the page.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from '@/server/sandbox/workstation';
import { startBrowserHarness, type BrowserHarness } from './testing/browser-harness';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let sandbox: Sandbox;
let harness: BrowserHarness;
let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  sandbox = await createSandbox({
    port: 0,
    runtime: createContainerRuntime({
      images: { 'workshop/workstation': createWorkstationProgram() },
    }),
    clusterOptions: {
      timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 10, backOffMs: 20, createRetryMs: 20 },
    },
  });
  const { kubeconfig } = await sandbox.provisionLearnerCluster(`panel-${process.pid}`);
  harness = await startBrowserHarness({
    locateWorkstation: async () => ({
      kubeconfig,
      namespace: 'workstation',
      pod: 'workstation',
      container: 'shell',
      command: ['bash'],
    }),
  });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 120_000);

afterEach(async () => {
  await context?.close();
  context = null;
});

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
  await sandbox?.close();
});

async function openPage(): Promise<Page> {
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: harness.url.replace(/\/$/, ''),
  });
  const page = await context.newPage();
  await page.goto(harness.url);
  return page;
}

/** The panel as a learner perceives it. */
function terminalOf(page: Page) {
  const screen = page.getByRole('group', { name: 'Terminal', exact: true });
  const status = page.locator('[data-terminal-status]');
  const text = async () =>
    (await screen.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  const atPrompt = async () => (await text()).trimEnd().endsWith('$');
  return {
    screen,
    status,
    text,
    async connected() {
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Connected');
      await expect.poll(atPrompt, { timeout: 30_000 }).toBe(true);
    },
    async shows(wanted: string | RegExp) {
      await expect.poll(text, { timeout: 30_000 }).toMatch(wanted);
    },
    async run(line: string) {
      await screen.click();
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    },
  };
}

describe.skipIf(!existsSync(chromiumPath))('the terminal panel in Chromium', () => {
  it('opens on demand, says it is connected, and its text can be read from the page', async () => {
    const page = await openPage();
    const terminal = terminalOf(page);
    await expect.poll(() => terminal.screen.count()).toBe(0);
    await page.getByRole('button', { name: 'Open terminal' }).click();
    await terminal.connected();
    await terminal.shows('learner@workstation:~$');
    await terminal.run('echo "sum=$((20 + 22))"');
    await terminal.shows('sum=42');
  }, 60_000);

  it('pastes a multi-line block with Ctrl+V and copies the selection with Ctrl+Shift+C', async () => {
    const page = await openPage();
    const terminal = terminalOf(page);
    await page.getByRole('button', { name: 'Open terminal' }).click();
    await terminal.connected();
    await page.evaluate(() =>
      navigator.clipboard.writeText('export FIRST=one\necho "first=$FIRST"\necho second-line\n'),
    );
    await terminal.screen.click();
    await page.keyboard.press('Control+V');
    await terminal.shows('first=one');
    await terminal.shows(/second-line\n/);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    const box = await terminal.screen.locator('.xterm-rows').boundingBox();
    if (!box) throw new Error('the terminal has no size');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.press('Control+Shift+C');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('first=one');
  }, 60_000);

  it('Run opens the terminal and types the command block, line by line', async () => {
    const page = await openPage();
    const terminal = terminalOf(page);
    await page.getByRole('button', { name: 'Run' }).click();
    await terminal.connected();
    await terminal.shows('image=fortinetwandy.azurecr.io/cfos:255');
  }, 60_000);

  it('reconnects after the site restarts and after a reload, with the shell as it was', async () => {
    const page = await openPage();
    const terminal = terminalOf(page);
    await page.getByRole('button', { name: 'Open terminal' }).click();
    await terminal.connected();
    await terminal.run('export KEPT=across-restarts; echo saved > kept.txt; echo on-screen-marker');
    await terminal.shows(/on-screen-marker\n/);

    harness.restartRoute();
    await expect.poll(() => terminal.status.textContent()).not.toBe('Connected');
    await terminal.connected();
    await terminal.run('echo "after-restart=$KEPT $(cat kept.txt)"');
    await terminal.shows('after-restart=across-restarts saved');

    await page.reload();
    await terminal.connected();
    // The screen came back from this tab's storage and the same shell was reattached.
    await terminal.shows('on-screen-marker');
    await terminal.run('echo "after-reload=$KEPT"');
    await terminal.shows('after-reload=across-restarts');
  }, 90_000);
});
