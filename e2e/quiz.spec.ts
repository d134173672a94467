import { expect, test } from '@playwright/test';
import { LessonPage } from './fixtures/reading';

const lab = '/learn/kubernetes-security/lab-fix-cfos-boot-permissions';
const question = 'Does cFOS need to run with privileged: true?';

test('a wrong answer says "Not quite" and explains; the answer survives a reload', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  await lesson.goto(lab);
  const quiz = lesson.quiz(question);
  await expect(quiz.explanation).toHaveCount(0);

  await quiz.submit.click();
  await expect(quiz.verdict).toHaveText('Choose an answer first.');
  await expect(quiz.explanation).toHaveCount(0);

  await quiz.choice(/^Yes/).check();
  await quiz.submit.click();
  await expect(quiz.verdict).toContainText('Not quite');
  await expect(quiz.explanation).toBeVisible();
  await expect(quiz.explanation).toContainText('NET_ADMIN');

  await page.reload();
  const again = new LessonPage(page).quiz(question);
  await expect(again.choice(/^Yes/)).toBeChecked();
  await expect(again.verdict).toContainText('Not quite');
  await expect(again.explanation).toBeVisible();
});

test('the right answer, chosen and submitted from the keyboard, is confirmed', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto(lab);
  const quiz = lesson.quiz(question);

  await quiz.choice(/^Yes/).focus();
  await page.keyboard.press('ArrowDown');
  await expect(quiz.choice(/^No/)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(quiz.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.verdict).toHaveText('Correct!');
  await expect(quiz.explanation).toBeVisible();
});
