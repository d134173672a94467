/**
 * Offline reading in real Chromium: one visit makes every lesson readable with the network off,
 * the page says the server is out of reach, answers given offline reach the server once it is
 * back, checks and the terminal work again by themselves, and the printable chapter holds every
 * lesson with its answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapter } from '../content/kubernetes-security/chapter';
import { LessonPage } from './fixtures/reading';

const chapterPath = `/learn/${chapter.slug}`;
const lessons = [...chapter.lessons]
  .sort((a, b) => a.order - b.order)
  .map((l) => ({ title: l.title, href: `${chapterPath}/${l.slug}` }));
const labPath = `${chapterPath}/lab-fix-cfos-boot-permissions`;
const question = 'Does cFOS need to run with privileged: true?';

test.describe.configure({ timeout: 180_000 });

function offlineNotice(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: 'Offline: the workshop server cannot be reached' });
}

/** Waits until the service worker has precached the site and controls this page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
}

async function join(page: Page, name: string) {
  await page.goto('/join');
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Welcome' })).toBeVisible();
}

test('after one visit every lesson reads offline, and the page says the server is out of reach', async ({
  page,
  context,
}) => {
  const first = lessons[0]!;
  const reader = new LessonPage(page);
  await reader.goto(first.href);
  await waitForOfflineReady(page);
  await expect(offlineNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(reader.title).toHaveText(first.title);
  await expect(offlineNotice(page)).toBeVisible({ timeout: 15_000 });
  await expect(offlineNotice(page)).toContainText('The terminal, Apply and Check need the server');
  await page.screenshot({ path: test.info().outputPath('offline-notice.png') });

  // Lessons never opened before come from the precache.
  for (const lesson of lessons.slice(1)) {
    const response = await page.goto(lesson.href);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(reader.title).toHaveText(lesson.title);
  }
  // The editor and terminal bundles load offline too (their server parts wait for the server).
  await page.getByRole('button', { name: 'Open the YAML editor' }).click();
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  await page
    .getByRole('button', { name: /terminal/i })
    .first()
    .click();
  await expect(page.getByRole('group', { name: 'Terminal', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.xterm').first()).toBeVisible();

  // In-page navigation (the pager) works too.
  await page.goto(first.href);
  await reader.next().click();
  await expect(page).toHaveURL(new RegExp(`${lessons[1]!.href}$`));
  await expect(reader.title).toHaveText(lessons[1]!.title);

  // Back online, the notice goes away by itself.
  await context.setOffline(false);
  await expect(offlineNotice(page)).toHaveCount(0, { timeout: 15_000 });
});

test('answers given offline reach the server when it is back; checks and the terminal work again', async ({
  page,
  context,
}) => {
  await join(page, `Offline E2E ${Date.now() % 100000}`);
  const reader = new LessonPage(page);
  await reader.goto(labPath);
  await waitForOfflineReady(page);

  // Open the terminal while online, then lose the network.
  const terminal = page.getByRole('group', { name: 'Terminal', exact: true });
  const screen = async () =>
    (await terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  await page
    .locator('.code-block')
    .filter({ hasText: 'kubectl create namespace cfostest' })
    .first()
    .getByRole('button', { name: 'Run' })
    .click();
  await expect.poll(screen, { timeout: 30_000 }).toContain('namespace/cfostest created');

  await context.setOffline(true);
  await expect(offlineNotice(page)).toBeVisible({ timeout: 15_000 });

  const quiz = reader.quiz(question);
  await quiz.choice(/^No/).check();
  await quiz.submit.click();
  await expect(quiz.verdict).toHaveText('Correct!');
  await expect(offlineNotice(page)).toContainText('1 answer is saved here', { timeout: 10_000 });
  const answersOnServer = async () => {
    const me = (await (await page.request.get('/api/me')).json()) as {
      progress?: { quizzes?: { quizId: string; answer: string }[] };
    };
    return (me.progress?.quizzes ?? []).map((q) => `${q.quizId}=${q.answer}`);
  };
  // The server has not seen it: it was queued in the browser.
  expect(await answersOnServer()).not.toContain('qa-privileged=no');

  await context.setOffline(false);
  await expect(offlineNotice(page)).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(answersOnServer, { timeout: 20_000 }).toContain('qa-privileged=no');

  // Check answers again without a reload.
  const task = page.getByRole('region', {
    name: 'Prepare the namespace, pull secret and service account',
    exact: true,
  });
  await task.getByRole('button', { name: /^Check/ }).click();
  // Only the namespace exists so far: the check runs and names what is missing.
  await expect(task.getByRole('status')).toContainText('Not passed:', { timeout: 30_000 });

  // The terminal is usable again.
  await page
    .locator('.code-block')
    .filter({ hasText: 'kubectl apply -f cfosimagepullsecret.yaml -n cfostest' })
    .first()
    .getByRole('button', { name: 'Run' })
    .click();
  await expect.poll(screen, { timeout: 30_000 }).toContain('secret/cfosimagepullsecret created');
});

test('the printable chapter holds every lesson with answers shown, and can be saved for offline', async ({
  page,
}) => {
  await page.goto(`${chapterPath}/print`);
  const articles = page.getByRole('main').locator('article');
  await expect(articles).toHaveCount(lessons.length);
  for (const lesson of lessons) {
    await expect(
      page.getByRole('heading', { level: 1, name: lesson.title, exact: true }),
    ).toBeVisible();
  }
  await expect(page.getByText(/\(answer\)$/).first()).toBeVisible();
  await expect(
    page.getByText('NET_ADMIN and NET_RAW capabilities are enough (answer)'),
  ).toBeVisible();
  // Every disclosure (tips, answers) is open.
  expect(await page.locator('main details:not([open])').count()).toBe(0);
  expect(await page.locator('main details').count()).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Make the chapter available offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all \d+ pages/ })).toBeVisible({
    timeout: 60_000,
  });

  await page.emulateMedia({ media: 'print' });
  const rules = await page.evaluate(() => {
    const pre = document.querySelector('main .code-block, main pre')!;
    const second = document.querySelectorAll('main article')[1]!;
    return {
      pre: getComputedStyle(pre).breakInside,
      lesson: getComputedStyle(second).breakBefore,
      header: getComputedStyle(document.querySelector('body > header')!).display,
    };
  });
  expect(rules).toEqual({ pre: 'avoid', lesson: 'page', header: 'none' });
  await page.screenshot({ path: test.info().outputPath('print-page.png') });
  await page
    .locator('main article')
    .last()
    .screenshot({ path: test.info().outputPath('print-lab-lesson.png') });
  const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath('chapter.pdf') });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
