import { expect, test } from './server-fixture.ts';

// The first thing to break when the build, the static file serving or the app shell goes wrong.

test('the app opens with the page language set and a heading shown', async ({ page, rapport }) => {
  await page.goto(rapport.url);
  // Screen readers pick their voice from <html lang>; the app always serves one of its locales.
  await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  await expect(page.getByRole('heading').first()).toBeVisible();
});

test('the health endpoint answers ok', async ({ request, rapport }) => {
  const response = await request.get(`${rapport.url}/api/health`);
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
