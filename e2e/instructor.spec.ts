/**
 * The instructor dashboard in real Chromium: two learners and an instructor in separate browser
 * contexts. A learner's check shows on the dashboard live (no reload), the stuck radar lists a
 * learner after three failed checks, and a hint sent from the dashboard appears in the learners'
 * pages — to everyone, or only to those stuck on a task.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
const token = process.env.INSTRUCTOR_TOKEN ?? 'e2e-instructor-token';
const shots = process.env.SCREENSHOT_DIR;

class InstructorDashboardPage {
  constructor(readonly page: Page) {}
  async signIn() {
    await this.page.goto('/instructor');
    await this.page.getByLabel('Instructor token').fill(token);
    await this.page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect(this.page.getByRole('heading', { name: 'Stuck radar' })).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  }
  rowOf(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('button', { name }) });
  }
  get radar() {
    return this.page.getByRole('region', { name: 'Stuck radar' });
  }
  async broadcast(to: string, text: string) {
    const form = this.page.getByRole('region', { name: 'Message the class' });
    await form.getByLabel('Send to').selectOption({ label: to });
    await form.getByLabel('Message or hint').fill(text);
    await form.getByRole('button', { name: 'Send message' }).click();
    return form.getByRole('status');
  }
}

async function joinAsLearner(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toContainText(name);
  await page.goto('/');
  return page;
}

/** Presses Check on the lab's first task the way the task's button does: a same-origin POST. */
async function runPrepareCheck(page: Page): Promise<{ status: number; passed: boolean }> {
  return page.evaluate(async (lesson) => {
    const res = await fetch('/api/checks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lesson, taskId: 'prepare' }),
    });
    const body = (await res.json()) as { passed?: boolean };
    return { status: res.status, passed: Boolean(body.passed) };
  }, LAB);
}

function inbox(page: Page) {
  return page.getByRole('complementary', { name: 'Messages from your instructor' });
}

test('the dashboard asks for the token and refuses a wrong one', async ({ page }) => {
  await page.goto('/instructor');
  await page.getByLabel('Instructor token').fill('not-the-token');
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Instructor token is missing or wrong.',
  );
  const api = await page.request.get('/api/instructor/progress.csv');
  expect(api.status()).toBe(401);
});

test('checks show live, the stuck radar finds a learner, hints reach learners', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now() % 100000;
  const ada = `Ada ${suffix}`;
  const bo = `Bo ${suffix}`;
  const dashboard = new InstructorDashboardPage(page);
  await dashboard.signIn();

  const [adaPage, boPage] = await Promise.all([
    joinAsLearner(browser, ada),
    joinAsLearner(browser, bo),
  ]);
  // Joining is itself live: both rows appear without a reload.
  await expect(dashboard.rowOf(ada)).toBeVisible();
  await expect(dashboard.rowOf(bo)).toContainText('—');

  // A fresh learner has no cfostest namespace, so "prepare" fails: one failed check, live.
  expect(await runPrepareCheck(adaPage)).toEqual({ status: 200, passed: false });
  await expect(dashboard.rowOf(ada)).toContainText('✗ 1 fail', { timeout: 5000 });
  expect(await runPrepareCheck(boPage)).toEqual({ status: 200, passed: false });
  await expect(dashboard.rowOf(bo)).toContainText('✗ 1 fail', { timeout: 5000 });

  // Two more failures make Ada stuck; Bo, with one, is not.
  await runPrepareCheck(adaPage);
  await runPrepareCheck(adaPage);
  await expect(dashboard.rowOf(ada)).toContainText('✗ 3 fails');
  await expect(dashboard.radar).toContainText(`${ada} (3 failed checks)`);
  await expect(dashboard.radar).not.toContainText(bo);
  await expect(
    dashboard.radar
      .getByRole('listitem')
      .filter({ hasText: `${ada} (3 failed checks)` })
      .first(),
  ).toContainText('Prepare the namespace, pull secret and service account');

  // The timeline shows her checks in order.
  await dashboard.rowOf(ada).getByRole('button', { name: ada }).click();
  const timeline = page.getByRole('region', { name: `Timeline: ${ada}` });
  await expect(timeline.getByText(/Check failed/)).toHaveCount(3);
  if (shots) await page.screenshot({ path: `${shots}/instructor-dashboard.png`, fullPage: true });

  // A hint to those stuck on "prepare" reaches Ada only.
  const stuckHint = `Create the cfostest namespace first (${suffix})`;
  await dashboard.radar
    .getByRole('button', { name: /^Send a hint to those stuck on/ })
    .first()
    .click();
  const sentStuck = await dashboard.broadcast(
    'Learners stuck on: Prepare the namespace, pull secret and service account',
    stuckHint,
  );
  // Learners left from earlier runs on the same database may be stuck too; Bo is not.
  await expect(sentStuck).toHaveText(/^Sent to \d+ stuck learners?: /);
  await expect(sentStuck).toContainText(ada);
  await expect(sentStuck).not.toContainText(bo);
  await expect(inbox(adaPage)).toContainText(stuckHint, { timeout: 10_000 });

  // A message to everyone reaches both.
  const hello = `Break in five minutes (${suffix})`;
  const sentAll = await dashboard.broadcast('Everyone', hello);
  await expect(sentAll).toHaveText('Sent to everyone.');
  await expect(inbox(boPage)).toContainText(hello, { timeout: 10_000 });
  await expect(inbox(adaPage)).toContainText(hello, { timeout: 10_000 });
  await expect(inbox(boPage)).not.toContainText(stuckHint);
  if (shots) await adaPage.screenshot({ path: `${shots}/learner-inbox.png` });

  await adaPage.context().close();
  await boPage.context().close();
});

test('reset a learner’s sandbox after confirming', async ({ page, browser }) => {
  const name = `Reset ${Date.now() % 100000}`;
  const dashboard = new InstructorDashboardPage(page);
  await dashboard.signIn();
  const learner = await joinAsLearner(browser, name);
  await dashboard.rowOf(name).getByRole('button', { name }).click();
  const timeline = page.getByRole('region', { name: `Timeline: ${name}` });
  await timeline.getByRole('button', { name: 'Reset sandbox' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset ${name}’s sandbox?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await timeline.getByRole('button', { name: 'Reset sandbox' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset it' }).click();
  await expect(timeline.getByRole('status')).toHaveText(`${name}’s sandbox was reset.`);
  await learner.context().close();
});

test('the dashboard has no detectable accessibility violations', async ({ page }) => {
  await new InstructorDashboardPage(page).signIn();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
