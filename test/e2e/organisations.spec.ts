import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// Organisations and the LAMP target list as a user drives them, at desktop and phone size.

interface Created {
  id: string;
  version: number;
}

async function post(request: APIRequestContext, url: string, path: string, data: Record<string, unknown>) {
  const response = await request.post(`${url}${path}`, { data, headers: { origin: url } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Created;
}

/** The names in the target list, top to bottom, read from the links in its rows. */
async function targetNames(page: Page): Promise<string[]> {
  return page.locator('table.targets tbody tr:not(.group-heading) th a').allTextContents();
}

test.use({ locale: 'en-GB' });

test('a new user learns what LAMP is, adds targets, rates them and sees them ranked with the top 5 marked', async ({
  page,
  rapport,
  request,
}) => {
  await page.goto(rapport.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Targets' }).click();
  await expect(page.getByRole('heading', { name: 'Build a list of organisations to target' })).toBeVisible();
  await expect(page.getByText('Advocacy (do you know someone there?)')).toBeVisible();
  await expect(page.getByText('0 of 40 targets')).toBeVisible();

  // The quick-add row, by keyboard: name, motivation, posting, Enter.
  await page.getByLabel('Organisation', { exact: true }).fill('Statkraft');
  await page.getByLabel('Motivation', { exact: true }).selectOption({ label: '3 · I would love to work here' });
  await page.getByLabel('Posting', { exact: true }).selectOption({ label: '2 · Some openings, not quite right' });
  await page.getByLabel('Organisation', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Statkraft is on your target list.' })).toBeVisible();
  await expect(page.getByLabel('Organisation', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('');

  for (const [name, motivation, posting] of [
    ['Cognite', 2, 3],
    ['DNB', 1, 1],
    ['Equinor', 3, 1],
    ['Kahoot!', 2, 2],
    ['Oda', null, null],
  ] as const) {
    await post(request, rapport.url, '/api/targets', { name, motivation, posting });
  }
  await page.reload();
  await expect(page.getByText('6 of 40 targets')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Targets on your list, towards the goal' })).toHaveJSProperty(
    'value',
    6,
  );
  expect(await targetNames(page)).toEqual(['Statkraft', 'Equinor', 'Cognite', 'Kahoot!', 'DNB', 'Oda']);

  // The top five sit under "Work these first"; the sixth does not.
  const topGroup = page.locator('tbody.top-group');
  await expect(topGroup.getByText('Work these first')).toBeVisible();
  await expect(topGroup.locator('tr.top')).toHaveCount(5);
  await expect(topGroup.getByRole('link', { name: 'Oda' })).toHaveCount(0);

  // Rating Oda inline moves it up; the select keeps focus for the next change.
  const odaMotivation = page.getByLabel('Motivation for Oda');
  await odaMotivation.focus();
  await odaMotivation.selectOption('3');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Oda is now number 3.' })).toBeAttached();
  expect(await targetNames(page)).toEqual(['Statkraft', 'Equinor', 'Oda', 'Cognite', 'Kahoot!', 'DNB']);
  await expect(page.getByLabel('Motivation for Oda')).toBeFocused();
  await page.getByLabel('Posting for Oda').selectOption('3');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Oda is now number 1.' })).toBeAttached();
  expect(await targetNames(page)).toEqual(['Oda', 'Statkraft', 'Equinor', 'Cognite', 'Kahoot!', 'DNB']);
  await expect(topGroup.getByRole('link', { name: 'DNB' })).toHaveCount(0);

  await page.screenshot({ path: test.info().outputPath('targets.png'), fullPage: true });
});

test('a contact at an organisation counts as Advocacy, and the organisation page is rated by keyboard', async ({
  page,
  rapport,
  request,
}) => {
  const contact = await post(request, rapport.url, '/api/contacts', {
    name: 'Ingrid Bergersen',
    title: 'UX researcher',
    organisation: 'Statkraft',
  });
  await post(request, rapport.url, '/api/organisations', { name: 'Equinor' });

  await page.goto(`${rapport.url}/organisations`);
  await expect(page.getByText('2 organisations')).toBeVisible();
  const row = page.getByRole('link', { name: /Statkraft/ });
  await expect(row).toContainText('1 contact');
  await expect(page.getByRole('link', { name: /Equinor/ })).toContainText('No contacts yet');
  await row.click();

  await expect(page.getByRole('heading', { name: 'Statkraft', level: 1 })).toBeVisible();
  await expect(page.getByText('Yes, 1 contact')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ingrid Bergersen' })).toHaveAttribute('href', `/contacts/${contact.id}`);

  await page.getByRole('switch', { name: 'On my target list' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('radio', { name: '3: I would love to work here' }).check();
  await expect(page.getByRole('radio', { name: '3: I would love to work here' })).toBeChecked();
  // Arrow keys move through the levels like any radio group; each choice is saved.
  await page.getByRole('radio', { name: '3: I would love to work here' }).press('ArrowDown');
  await expect(page.getByRole('radio', { name: '2: I would like to work here' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '2: I would like to work here' })).toBeFocused();
  await page.getByRole('radio', { name: '3: Relevant openings right now' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('radio', { name: '2: I would like to work here' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '3: Relevant openings right now' })).toBeChecked();

  await page.getByRole('navigation').getByRole('link', { name: 'Targets' }).click();
  await expect(page.getByText('1 of 40 targets')).toBeVisible();
  const target = page.locator('table.targets tr', { has: page.getByRole('link', { name: 'Statkraft' }) });
  await expect(target).toContainText('Yes');
  await expect(target).toContainText('1 contact');
  await expect(page.getByLabel('Motivation for Statkraft')).toHaveValue('2');
  await expect(page.getByLabel('Posting for Statkraft')).toHaveValue('3');
  await page.goto(`${rapport.url}/organisations`);
  await expect(page.getByRole('link', { name: /Statkraft/ })).toContainText('Target');
});

test('renaming an organisation renames it for its contacts and in search', async ({ page, rapport, request }) => {
  const contact = await post(request, rapport.url, '/api/contacts', {
    name: 'Jonas Keller',
    organisation: 'Statkraft',
  });
  await page.goto(`${rapport.url}/organisations`);
  await page.getByRole('link', { name: /Statkraft/ }).click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();

  await expect(page.getByLabel('Name')).toHaveValue('Statkraft');
  await page.getByLabel('Name').fill('Statkraft Energi');
  await page.getByLabel('Website').fill('statkraft.no');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Your changes to Statkraft Energi were saved.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Statkraft Energi', level: 1 })).toBeVisible();
  const website = page.getByRole('link', { name: 'statkraft.no' });
  await expect(website).toHaveAttribute('href', 'https://statkraft.no/');
  await expect(website).toHaveAttribute('rel', 'noopener noreferrer');

  const read = await (await request.get(`${rapport.url}/api/contacts/${contact.id}`)).json();
  expect(read.organisation).toBe('Statkraft Energi');
  const found = await (await request.get(`${rapport.url}/api/contacts?q=energi`)).json();
  expect(found.items.map((item: { name: string }) => item.name)).toEqual(['Jonas Keller']);

  await page.getByRole('link', { name: 'Jonas Keller' }).click();
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));
  await expect(page.getByText('Statkraft Energi').first()).toBeVisible();
});

test('a second organisation with the same name is refused with a link to the first', async ({
  page,
  rapport,
  request,
}) => {
  const first = await post(request, rapport.url, '/api/organisations', { name: 'Équinor' });
  await page.goto(`${rapport.url}/organisations`);
  await page.getByRole('link', { name: 'New organisation' }).click();
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').fill('equinor');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText('Name: you already have one with this name')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${first.id}$`));
  await expect(page.getByRole('heading', { name: 'Équinor', level: 1 })).toBeVisible();
});

test('deleting an organisation says what happens and keeps its contacts', async ({ page, rapport, request }) => {
  const contact = await post(request, rapport.url, '/api/contacts', { name: 'Sri Wahyuni', organisation: 'Gojek' });
  const { organisationId } = (await (await request.get(`${rapport.url}/api/contacts/${contact.id}`)).json()) as {
    organisationId: string;
  };
  await post(request, rapport.url, '/api/notes', { organisationId, body: 'They hire in spring.' });

  await page.goto(`${rapport.url}/organisations/${organisationId}`);
  await page.getByRole('button', { name: 'Delete organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Gojek?' });
  await expect(dialog).toContainText('1 contact keeps their record, without an organisation.');
  await expect(dialog).toContainText('1 note about Gojek is deleted.');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Gojek was deleted.' })).toBeVisible();
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(page.getByRole('heading', { name: 'Where would you like to learn more, or work?' })).toBeVisible();
  const kept = await (await request.get(`${rapport.url}/api/contacts/${contact.id}`)).json();
  expect(kept).toMatchObject({ name: 'Sri Wahyuni', organisation: '' });
});

test('fields to explore are added and removed on the targets page', async ({ page, rapport }) => {
  await page.goto(`${rapport.url}/targets`);
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await page.getByLabel('Field or occupation').fill('UX research');
  await page.getByLabel(/^Notes/).fill('Ask Ingrid about a typical week');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Ask Ingrid about a typical week')).toBeVisible();
  await expect(page.getByLabel('Field or occupation')).toBeFocused();

  await page.getByLabel('Field or occupation').fill('ux Research');
  await page.getByLabel('Field or occupation').press('Enter');
  await expect(page.getByText('you already have one with this name')).toBeVisible();

  await page.getByRole('button', { name: 'Remove UX research' }).click();
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
});

test.describe('in a browser set to Norwegian', () => {
  test.use({ locale: 'nb-NO' });

  test('the target list speaks Norwegian', async ({ page, rapport, request }) => {
    await post(request, rapport.url, '/api/targets', { name: 'Statkraft', motivation: 3, posting: 1 });
    await page.goto(`${rapport.url}/targets`);
    await expect(page.getByRole('heading', { name: 'Mål', level: 1 })).toBeVisible();
    await expect(page.getByText('1 av 40 mål')).toBeVisible();
    await expect(page.getByLabel('Motivasjon for Statkraft')).toHaveValue('3');
    await expect(page.getByLabel('Motivasjon for Statkraft').locator('option:checked')).toHaveText(
      '3 · Jeg vil veldig gjerne jobbe her',
    );
  });
});

test('text that looks like HTML stays text on every organisation view', async ({ page, rapport, request }) => {
  const name = '<img src=x onerror="window.__xss=1">';
  const created = await post(request, rapport.url, '/api/organisations', {
    name,
    field: '<script>window.__xss=2</script>',
    notes: '<svg onload="window.__xss=3"> and [a link](javascript:window.__xss=4)',
    isTarget: true,
    motivation: 2,
  });
  const refused = await request.post(`${rapport.url}/api/organisations`, {
    data: { name: 'Other', website: 'javascript:window.__xss=5' },
    headers: { origin: rapport.url },
  });
  expect(refused.status()).toBe(400);

  await page.goto(`${rapport.url}/organisations`);
  await expect(page.getByText(name)).toBeVisible();
  await page.goto(`${rapport.url}/targets`);
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.goto(`${rapport.url}/organisations/${created.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByText('<script>window.__xss=2</script>')).toBeVisible();
  await expect(page.getByText('<svg onload="window.__xss=3">', { exact: false })).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});
