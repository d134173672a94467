import { expect, test } from '@playwright/test';
import { ThemeSwitch } from './fixtures/reading';

test('the theme choice applies at once and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = new ThemeSwitch(page);
  await expect(theme.option('System')).toBeChecked();
  expect(await theme.isDark()).toBe(false);

  await theme.choose('Dark');
  expect(await theme.isDark()).toBe(true);
  await page.reload();
  await expect(theme.option('Dark')).toBeChecked();
  expect(await theme.isDark()).toBe(true);

  await theme.choose('Light');
  expect(await theme.isDark()).toBe(false);
  await page.reload();
  await expect(theme.option('Light')).toBeChecked();
  expect(await theme.isDark()).toBe(false);

  // System follows the device preference, live.
  await theme.choose('System');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => theme.isDark()).toBe(true);
});

test('the stored theme is applied before any script of the app runs (no flash)', async ({
  page,
}) => {
  await page.goto('/');
  await new ThemeSwitch(page).choose('Dark');
  // Block every bundled script: only the inline boot script in <head> can set the class now.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.reload();
  expect(await new ThemeSwitch(page).isDark()).toBe(true);
});

test('the theme switch works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = new ThemeSwitch(page);
  await theme.option('System').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(theme.option('Dark')).toBeChecked();
  expect(await theme.isDark()).toBe(true);
});
