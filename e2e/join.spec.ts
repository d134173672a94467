/**
 * Joining in a real browser: pick a name, get a session cookie and a resume code, come back on
 * "another device" (a fresh browser context) with the resume link, and see clear errors.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

class JoinPage {
  constructor(readonly page: Page) {}
  goto(query = '') {
    return this.page.goto(`/join${query}`);
  }
  get displayName() {
    return this.page.getByLabel('Display name');
  }
  get resumeCode() {
    return this.page.getByLabel('Resume code');
  }
  async join(name: string) {
    await this.displayName.fill(name);
    await this.page.getByRole('button', { name: 'Join the workshop' }).click();
  }
}

const codePattern = /^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/;

test('a learner joins, keeps their resume code, and resumes on another device', async ({
  page,
  browser,
}) => {
  const join = new JoinPage(page);
  await join.goto();
  await expect(page.getByRole('heading', { level: 1, name: 'Join the workshop' })).toBeVisible();
  const name = `E2E Learner ${Date.now() % 100000}`;
  await join.join(name);

  // The layout has live regions of its own; ours is the one that welcomes.
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toContainText(
    `Welcome, ${name}`,
  );
  const code = (await page.getByText(codePattern).textContent())?.trim() ?? '';
  expect(code).toMatch(codePattern);
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue to/ })).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'ws_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(200);
  const learnerId = (await me.json()).learner.id as string;

  const otherDevice = await browser.newContext();
  try {
    const second = new JoinPage(await otherDevice.newPage());
    await second.goto(`?resume=${encodeURIComponent(code)}`);
    await expect(second.resumeCode).toHaveValue(code);
    await second.page.getByRole('button', { name: 'Resume' }).click();
    await expect(second.page.getByRole('status').filter({ hasText: 'Welcome' })).toContainText(
      `Welcome back, ${name}`,
    );
    const again = await second.page.request.get('/api/me');
    expect((await again.json()).learner.id).toBe(learnerId);
  } finally {
    await otherDevice.close();
  }

  // Reloading the join page now says who is signed in instead of asking again.
  await join.goto();
  await expect(page.getByText(`You are signed in as ${name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(join.displayName).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a bad name and an unknown resume code get clear inline errors', async ({ page }) => {
  const join = new JoinPage(page);
  await join.goto();
  await join.join('Robert<script>');
  await expect(page.getByText(/Display name contains "<", which is not allowed/)).toBeVisible();
  await expect(join.displayName).toHaveAttribute('aria-invalid', 'true');

  await join.resumeCode.fill('K7Q-4MZ-9TD-2HX');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(
    page.getByText('No learner has this resume code: check it and try again.'),
  ).toBeVisible();
});

test('the join page has no detectable accessibility violations', async ({ page }) => {
  await new JoinPage(page).goto();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('state-changing API calls from another origin are refused', async ({ request }) => {
  const res = await request.post('/api/join', {
    headers: { origin: 'https://evil.example' },
    data: { displayName: 'Mallory' },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toMatch(/Origin "https:\/\/evil.example" is not allowed/);
});
