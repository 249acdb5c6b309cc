import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// Search from anywhere, as a user drives it: the palette over the real server and database.

async function post<T = { id: string }>(
  request: APIRequestContext,
  url: string,
  path: string,
  data: object,
): Promise<T> {
  const response = await request.post(`${url}${path}`, { data, headers: { origin: url } });
  expect(response.status()).toBe(201);
  return (await response.json()) as T;
}

test.use({ locale: 'en-GB' });

test('Ctrl+K opens the search, partial names are marked, and arrows and Enter open a contact', async ({
  page,
  rapport,
  request,
}) => {
  await post(request, rapport.url, '/api/contacts', {
    name: 'Ingrid Bråthen',
    title: 'Data engineer',
    organisation: 'Equinor',
  });
  const per = await post(request, rapport.url, '/api/contacts', {
    name: 'Per Hansen',
    title: 'Product manager',
    organisation: 'Kahoot!',
    notes: 'Ingrid introduced us at the alumni evening.',
  });
  await post(request, rapport.url, '/api/contacts', { name: 'Kari Nordmann', organisation: 'NAV' });

  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByRole('link', { name: /Kari Nordmann/ })).toBeVisible();
  await page.keyboard.press('Control+k');

  const dialog = page.getByRole('dialog', { name: 'Search your network' });
  const input = dialog.getByRole('combobox', { name: 'Search contacts, organisations and notes' });
  await expect(input).toBeFocused();
  await expect(dialog).toContainText('the start of a word is enough');
  await input.pressSequentially('ingr');

  const options = dialog.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('Ingrid Bråthen');
  await expect(options.nth(0)).toContainText('Data engineer at Equinor');
  await expect(options.nth(0).locator('mark')).toHaveText(['Ingr']);
  await expect(options.nth(1)).toContainText('Per Hansen');
  await expect(options.nth(1).locator('mark')).toHaveText(['Ingr']);
  await expect(options.nth(1)).toContainText('Ingrid introduced us at the alumni evening.');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id')) ?? '');

  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await page.screenshot({ path: test.info().outputPath('search-palette.png') });

  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/contacts/${per.id}$`));
  await expect(page.getByRole('heading', { name: 'Per Hansen', level: 1 })).toBeVisible();
});

test("the search finds a word that only occurs in a contact's notes", async ({ page, rapport, request }) => {
  const contact = await post(request, rapport.url, '/api/contacts', { name: 'Sigrid Ødegård', title: 'Rådgiver' });
  const note = await post(request, rapport.url, '/api/notes', {
    contactId: contact.id,
    body: 'Coffee at Fuglen. She keeps a quokka on her desk and suggested two people to ask.',
  });

  await page.goto(`${rapport.url}/settings`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search your network' });
  await dialog.getByRole('combobox').fill('QUOKKA');

  const option = dialog.getByRole('option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Note');
  await expect(option).toContainText('Sigrid Ødegård');
  await expect(option.locator('mark')).toHaveText(['quokka']);

  await dialog.getByRole('combobox').fill('zebra');
  await expect(dialog).toContainText('Nothing matches “zebra”');
  await expect(dialog.getByRole('option')).toHaveCount(0);

  // Enter straight after typing, before the results have caught up: the best match of the new text opens.
  await dialog.getByRole('combobox').fill('quok desk');
  await dialog.getByRole('combobox').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}#note-${note.id}$`));
});

test('"/" opens the search outside the contacts list, which keeps "/" for its own filter', async ({
  page,
  rapport,
  request,
}) => {
  await post(request, rapport.url, '/api/contacts', { name: 'Budi Santoso', organisation: 'Gojek' });
  const dialog = page.getByRole('dialog', { name: 'Search your network' });

  await page.goto(`${rapport.url}/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  await dialog.getByRole('combobox').fill('gojek');
  await dialog.getByRole('option', { name: /Budi Santoso/ }).click();
  await expect(page.getByRole('heading', { name: 'Budi Santoso', level: 1 })).toBeVisible();

  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByRole('link', { name: /Budi Santoso/ })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeFocused();
  await expect(dialog).toBeHidden();
});
