import { expect, test } from '@playwright/test';
import lab from '../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lesson';
import { LessonPage } from './fixtures/reading';

const labPath = `/learn/kubernetes-security/${lab.slug}`;

test('task cards show each task of the lesson data, in order', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto(labPath);
  const tasks = lab.tasks ?? [];
  expect(tasks.length).toBeGreaterThan(0);
  for (const [index, task] of tasks.entries()) {
    const card = page.getByRole('region', { name: task.title, exact: true });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Task ${index + 1} of ${tasks.length}`);
    await expect(card).toContainText(task.goal);
  }
});

test('disclosures start closed and open from the keyboard', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto(labPath);
  const answer = page.locator('details').filter({ hasText: 'Answer' }).first();
  await expect(answer).not.toHaveAttribute('open');
  await answer.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(answer).toHaveAttribute('open');
  await page.keyboard.press('Space');
  await expect(answer).not.toHaveAttribute('open');
});

test('the 4C diagram is a described image, headings link to themselves', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto('/learn/kubernetes-security/scope-and-4c');
  const diagram = page.getByRole('img', { name: /4C model/ });
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAccessibleName(/Cloud.*Cluster.*Container.*Code/s);
  await expect(page.getByRole('note').first()).toBeVisible();

  const heading = lesson.main.getByRole('heading', { level: 2 }).first();
  const id = await heading.getAttribute('id');
  const anchor = heading.getByRole('link', { name: 'Link to this section' });
  await expect(anchor).toHaveAttribute('href', `#${id}`);
  await anchor.focus();
  await expect(anchor).toBeVisible();
});
