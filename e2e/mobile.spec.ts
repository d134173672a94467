import { expect, test } from '@playwright/test';
import { HomePage, LessonPage } from './fixtures/reading';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

/**
 * How far the page reaches past the 375 px screen. Mobile Chromium zooms out to fit a page that is
 * too wide (window.innerWidth grows with it), so compare with the fixed screen width instead.
 */
async function horizontalOverflow(page: import('@playwright/test').Page) {
  const screenWidth = page.viewportSize()!.width;
  const widest = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth,
      window.innerWidth,
      window.visualViewport?.width ?? 0,
    ),
  );
  return widest - screenWidth;
}

test('on a phone the lesson menu opens, navigates and closes', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const lessons = await home.listLessons();
  const lesson = new LessonPage(page);
  await lesson.goto(lessons[0]!.href);

  await expect(lesson.chapterNav).toBeHidden();
  await expect(lesson.menuButton).toHaveAttribute('aria-expanded', 'false');
  await lesson.menuButton.click();
  await expect(lesson.menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(lesson.chapterNav).toBeVisible();

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(lesson.chapterNav).toBeHidden();
  await expect(lesson.menuButton).toBeFocused();

  await lesson.menuButton.click();
  await lesson.chapterNav.getByRole('link', { name: lessons[1]!.title }).click();
  await expect(lesson.title).toHaveText(lessons[1]!.title);
  await expect(lesson.chapterNav).toBeHidden();
});

test('no page scrolls sideways at 375 px', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  expect(await horizontalOverflow(page)).toBe(0);
  for (const { href } of await home.listLessons()) {
    await page.goto(href);
    // Open every disclosure so hidden content is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await horizontalOverflow(page), `${href} is wider than the screen`).toBe(0);
  }
});
