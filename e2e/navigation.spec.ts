import { expect, test } from '@playwright/test';
import { HomePage, LessonPage } from './fixtures/reading';

const site = 'Kubernetes Security Workshop';

test('home → first lesson → next → previous, with titles, sidebar place and visited marks', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  const lessons = await home.listLessons();
  expect(lessons.length).toBeGreaterThanOrEqual(2);
  const [first, second] = lessons as [(typeof lessons)[0], (typeof lessons)[0]];

  await home.start.click();
  const lesson = new LessonPage(page);
  await expect(page).toHaveURL(first.href);
  await expect(lesson.title).toHaveText(first.title);
  await expect(page).toHaveTitle(`${first.title} · ${site}`);
  await expect(lesson.currentLessonLink()).toContainText(first.title);
  await expect(lesson.previous()).toHaveCount(0);

  await lesson.next().click();
  await expect(page).toHaveURL(second.href);
  await expect(lesson.title).toHaveText(second.title);
  await expect(page).toHaveTitle(`${second.title} · ${site}`);
  await expect(lesson.currentLessonLink()).toContainText(second.title);
  // The first lesson was opened, so the sidebar marks it visited; the third was not.
  const firstInSidebar = lesson.chapterNav.getByRole('link', { name: first.title });
  await expect(firstInSidebar).toContainText('(visited)');
  if (lessons[2]) {
    await expect(lesson.chapterNav.getByRole('link', { name: lessons[2].title })).not.toContainText(
      '(visited)',
    );
  }

  await lesson.previous().click();
  await expect(page).toHaveURL(first.href);
  await expect(lesson.title).toHaveText(first.title);

  // Back home, the chapter offers to continue with the lesson read last.
  await home.goto();
  await expect(page.getByRole('link', { name: `Continue: ${first.title}` })).toBeVisible();
  await lesson.page.goto(second.href);
  // The visit is recorded once the page has hydrated; wait for its mark before leaving.
  await expect(lesson.chapterNav.getByRole('link', { name: second.title })).toContainText(
    '(visited)',
  );
  await home.goto();
  await expect(page.getByRole('link', { name: `Continue: ${second.title}` })).toBeVisible();
});

test('the sidebar and the table of contents take you where they say', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const lessons = await home.listLessons();
  const last = lessons.at(-1)!;

  const lesson = new LessonPage(page);
  await lesson.goto(lessons[0]!.href);
  await lesson.chapterNav.getByRole('link', { name: last.title }).click();
  await expect(page).toHaveURL(last.href);
  await expect(lesson.title).toHaveText(last.title);
  await expect(lesson.currentLessonLink()).toHaveAttribute('aria-current', 'page');
  await expect(lesson.next()).toHaveCount(0);

  const entries = lesson.toc.getByRole('link');
  expect(await entries.count()).toBeGreaterThan(1);
  const target = entries.nth(1);
  const text = (await target.textContent())!.trim();
  await target.click();
  const heading = page.getByRole('heading', { name: text, exact: false }).first();
  const id = await heading.getAttribute('id');
  expect(id).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(heading).toBeInViewport();
  // The table of contents marks the section being read.
  await expect(target).toHaveAttribute('aria-current', 'location');
  await expect(lesson.toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test('the skip link moves focus to the lesson content', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const lesson = new LessonPage(page);
  await lesson.goto((await home.listLessons())[0]!.href);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(lesson.main).toBeFocused();
});

test('an unknown lesson gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/learn/kubernetes-security/no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(`Page not found · ${site}`);
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('link', { name: 'Start the chapter' })).toBeVisible();
});
