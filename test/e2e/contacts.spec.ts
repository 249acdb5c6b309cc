import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// The contacts slice as a user drives it: in the browser, against the real server and database.

async function createContact(request: APIRequestContext, url: string, fields: Record<string, string>) {
  const response = await request.post(`${url}/api/contacts`, { data: fields, headers: { origin: url } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

test.use({ locale: 'en-GB' });

test('a new user sees a helpful empty state and adds a first contact', async ({ page, rapport }) => {
  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByRole('heading', { name: 'Start with the people you already know' })).toBeVisible();
  await page.getByRole('link', { name: 'Add your first contact' }).click();

  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').fill('Ingrid Bergersen');
  await page.getByLabel('Job title').fill('UX researcher');
  await page.getByLabel('Organisation', { exact: true }).fill('NAV');
  await page.getByLabel('E-mail address', { exact: true }).fill('ingrid@example.no');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toContainText('Ingrid Bergersen was added.');
  await expect(page).toHaveURL(/\/contacts\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Ingrid Bergersen', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '← Contacts' }).click();
  await expect(page.getByRole('link', { name: /Ingrid Bergersen/ })).toContainText('UX researcher at NAV');
  await page.screenshot({ path: test.info().outputPath('contacts-list.png'), fullPage: true });
});

test('mistakes are explained next to the field, and nothing is saved', async ({ page, rapport, request }) => {
  await page.goto(`${rapport.url}/contacts/new`);
  await page.getByLabel('E-mail address', { exact: true }).fill('not an address');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(page.getByText('E-mail address does not look like an e-mail address')).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  const list = await (await request.get(`${rapport.url}/api/contacts`)).json();
  expect(list.total).toBe(0);
});

test('a contact can be edited and the change is shown in the list', async ({ page, rapport, request }) => {
  const contact = await createContact(request, rapport.url, { name: 'Jonas Keller', title: 'Data engineer' });
  await page.goto(`${rapport.url}/contacts`);
  await page.getByRole('link', { name: /Jonas Keller/ }).click();
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}/edit$`));
  await expect(page.getByRole('heading', { name: 'Edit Jonas Keller' })).toBeVisible();

  await page.getByLabel('Job title').fill('Head of data');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toContainText('Your changes to Jonas Keller were saved.');
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));
  await expect(page.getByText('Head of data')).toBeVisible();
  await page.getByRole('link', { name: '← Contacts' }).click();
  await expect(page.getByRole('link', { name: /Jonas Keller/ })).toContainText('Head of data');
});

test('deleting asks first, says what goes, and removes the contact', async ({ page, rapport, request }) => {
  await createContact(request, rapport.url, { name: 'Sri Wahyuni' });
  await page.goto(`${rapport.url}/contacts`);
  await page.getByRole('link', { name: /Sri Wahyuni/ }).click();
  await page.getByRole('button', { name: 'Delete contact' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete Sri Wahyuni?' });
  await expect(dialog).toContainText('This removes Sri Wahyuni and everything you wrote about them');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Delete contact' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('status')).toContainText('Sri Wahyuni was deleted.');
  await expect(page.getByRole('heading', { name: 'Start with the people you already know' })).toBeVisible();
});

test('search finds people by folded spelling and explains when nobody matches', async ({ page, rapport, request }) => {
  await createContact(request, rapport.url, { name: 'Bjørn Dæhlie', organisation: 'Statkraft' });
  await createContact(request, rapport.url, { name: 'Sri Wahyuni', organisation: 'Gojek' });
  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByText('2 contacts')).toBeVisible();

  await page.keyboard.press('/');
  await expect(page.getByLabel('Search contacts')).toBeFocused();
  await page.keyboard.type('bjorn');
  await expect(page.getByText('1 match for “bjorn”')).toBeVisible();
  await expect(page.getByRole('link', { name: /Bjørn Dæhlie/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Sri Wahyuni/ })).toBeHidden();
  await expect(page).toHaveURL(/\?q=bjorn$/);

  await page.getByLabel('Search contacts').fill('zzz');
  await expect(page.getByRole('heading', { name: 'Nobody matches “zzz”' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page.getByRole('link', { name: /Sri Wahyuni/ })).toBeVisible();
});

test('the language can be switched and the choice is remembered', async ({ page, rapport }) => {
  await page.goto(`${rapport.url}/contacts`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').first().selectOption('nb');

  await expect(page.getByRole('navigation').getByRole('link', { name: 'Kontakter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Begynn med folk du allerede kjenner' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Begynn med folk du allerede kjenner' })).toBeVisible();
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Innstillinger', level: 1 })).toBeVisible();
});

test.describe('in a browser set to German', () => {
  test.use({ locale: 'de-DE' });

  test('the app opens in German, and server errors come back in German', async ({ page, rapport }) => {
    await page.goto(`${rapport.url}/contacts/does-not-exist`);
    await expect(page.getByRole('heading', { name: 'Diesen Kontakt gibt es nicht' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});

test('everything entered survives a restart of the server', async ({ page, rapport }) => {
  await page.goto(`${rapport.url}/contacts/new`);
  await page.getByLabel('Name').fill('Zainab Hassan');
  await page.getByLabel('Notes', { exact: true }).fill('Met at the alumni evening.\nAsk about the graduate programme.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Zainab Hassan was added.');

  const { url } = await rapport.restart();
  await page.goto(`${url}/contacts`);
  await page.getByRole('link', { name: /Zainab Hassan/ }).click();
  await expect(page.getByText('Ask about the graduate programme.')).toBeVisible();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(
    'Met at the alumni evening.\nAsk about the graduate programme.',
  );
});

test('an edit made elsewhere in the meantime is not overwritten silently', async ({
  page,
  rapport,
  request,
  context,
}) => {
  const contact = await createContact(request, rapport.url, { name: 'Anna Schmidt', title: 'Analyst' });
  await page.goto(`${rapport.url}/contacts/${contact.id}/edit`);
  await expect(page.getByLabel('Job title')).toHaveValue('Analyst');

  const otherTab = await context.newPage();
  await otherTab.goto(`${rapport.url}/contacts/${contact.id}/edit`);
  await otherTab.getByLabel('Job title').fill('Team lead');
  await otherTab.getByRole('button', { name: 'Save' }).click();
  await expect(otherTab.getByRole('status')).toContainText('were saved');

  await page.getByLabel('Job title').fill('Senior analyst');
  await page.getByRole('button', { name: 'Save' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'This contact was changed somewhere else' });
  await expect(warning).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Senior analyst');

  await warning.getByRole('button', { name: 'Discard my edits and show the newest version' }).click();
  await expect(page.getByLabel('Job title')).toHaveValue('Team lead');
});

test('text that looks like HTML is shown as text, never run', async ({ page, rapport, request }) => {
  await createContact(request, rapport.url, {
    name: '<img src=x onerror="window.__xss=1">',
    organisation: '<script>window.__xss=2</script>',
    notes: '<svg onload="window.__xss=3">',
  });
  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByText('<img src=x onerror="window.__xss=1">')).toBeVisible();
  await page.getByRole('link', { name: /img src/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="window.__xss=1">');
  await expect(page.getByText('<svg onload="window.__xss=3">')).toBeVisible();
  await expect(page.getByRole('link', { name: '<script>window.__xss=2</script>' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('<svg onload="window.__xss=3">');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});
