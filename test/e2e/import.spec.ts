import { fileURLToPath } from 'node:url';
import { expect, test } from './server-fixture.ts';

// Importing LinkedIn connections as a user does it: upload, preview with a duplicate, merge it,
// confirm, read the summary, then undo the whole import.

const linkedInExport = fileURLToPath(new URL('../fixtures/import/linkedin-connections.csv', import.meta.url));

test.use({ locale: 'en-GB' });

test('a LinkedIn export is previewed with its duplicate, merged, imported and undone', async ({
  page,
  rapport,
  request,
}) => {
  // Someone the user already has: the export holds the same LinkedIn profile.
  const stored = await request.post(`${rapport.url}/api/contacts`, {
    data: {
      name: 'Kari N.',
      linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
      phones: ['+47 912 34 567'],
    },
    headers: { origin: rapport.url },
  });
  expect(stored.status()).toBe(201);

  await page.goto(`${rapport.url}/contacts`);
  await page.getByRole('link', { name: 'Import contacts' }).click();
  await expect(page).toHaveURL(/\/contacts\/import$/);
  await expect(page.getByRole('heading', { name: 'Import contacts', level: 1 })).toBeVisible();

  await page.getByLabel(/choose a file/).setInputFiles(linkedInExport);
  await expect(page.getByText('linkedin-connections.csv (')).toBeVisible();
  await page.getByRole('button', { name: 'Show preview' }).click();

  await expect(page.getByRole('heading', { name: 'Preview of linkedin-connections.csv' })).toBeVisible();
  await expect(page.getByText('1 possible duplicate', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Connected On' })).toContainText('Met on');
  const duplicateRow = page.getByRole('row').filter({ hasText: 'Kari Nordmann' });
  await expect(duplicateRow).toContainText('Possibly Kari N., already in your contacts (same LinkedIn profile)');
  await expect(page.getByLabel('What to do with line 5')).toHaveValue('skip');
  await page.screenshot({ path: test.info().outputPath('import-preview.png') });

  await page.getByLabel('What to do with line 5').selectOption('merge');
  await expect(page.getByText('On confirming: 7 created, 1 merged, 0 skipped.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByText('7 contacts created')).toBeVisible();
  await expect(page.getByText('1 merged into a contact you had')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-summary.png') });
  const afterImport = await (await request.get(`${rapport.url}/api/contacts?limit=50`)).json();
  expect(afterImport.total).toBe(8);
  const merged = afterImport.items.find((contact: { name: string }) => contact.name === 'Kari N.');
  expect(merged).toMatchObject({ organisation: 'Equinor', title: 'Senior Geophysicist' });

  await page.getByRole('button', { name: 'Undo this import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The import was undone.' })).toBeVisible();
  await expect(page.getByText(/^Undone /)).toBeVisible();
  const afterUndo = await (await request.get(`${rapport.url}/api/contacts?limit=50`)).json();
  expect(afterUndo.total).toBe(1);
  expect(afterUndo.items[0]).toMatchObject({ name: 'Kari N.', organisation: '', title: '' });
});

test('a file that is no contacts file is refused with its name and line, and nothing is imported', async ({
  page,
  rapport,
  request,
}) => {
  await page.goto(`${rapport.url}/contacts/import`);
  await page.getByLabel(/choose a file/).setInputFiles({
    name: 'holiday.vcf',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  });
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(page.getByRole('alert')).toContainText('holiday.vcf, line 1: this is not a text file');
  const contacts = await (await request.get(`${rapport.url}/api/contacts`)).json();
  expect(contacts.total).toBe(0);
});

test('the import shows how many contacts are saved while it runs, with the bar’s value for screen readers', async ({
  page,
  rapport,
}) => {
  await page.goto(`${rapport.url}/contacts/import`);
  await page.getByLabel(/choose a file/).setInputFiles(linkedInExport);
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(page.getByText('On confirming: 8 created, 0 merged, 0 skipped.')).toBeVisible();

  // The confirmation is held back until the bar has been seen, and the progress the server would
  // report part-way through is given, so that what the page does with it is checked, not timing.
  let releaseConfirm: () => void = () => {};
  const confirmHeld = new Promise<void>((resolve) => (releaseConfirm = resolve));
  await page.route('**/api/imports/*/confirm', async (route) => {
    await confirmHeld;
    await route.continue();
  });
  await page.route('**/api/imports/*/progress', (route) => route.fulfill({ json: { done: 3, total: 8 } }));
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const bar = page.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', '38');
  await expect(bar).toHaveAttribute('aria-valuetext', '3 of 8 saved');
  await expect(page.getByText('Importing 8 contacts…')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-progress.png') });

  releaseConfirm();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByText('8 contacts created')).toBeVisible();
});
