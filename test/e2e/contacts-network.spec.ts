import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// The network around a contact, as a user drives it: several e-mails, who introduced whom, dated
// notes in Markdown, merging two records of one person, and deleting with a clear warning.

async function createContact(request: APIRequestContext, url: string, fields: Record<string, unknown>) {
  const response = await request.post(`${url}/api/contacts`, { data: fields, headers: { origin: url } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; name: string };
}

async function addNote(request: APIRequestContext, url: string, contactId: string, body: string) {
  const response = await request.post(`${url}/api/notes`, { data: { contactId, body }, headers: { origin: url } });
  expect(response.status()).toBe(201);
}

test.use({ locale: 'en-GB' });

test('a contact with several e-mails and an introducer shows the referral chain on both people', async ({
  page,
  rapport,
  request,
}) => {
  await createContact(request, rapport.url, { name: 'Dagny Holm', title: 'Head of research' });
  await page.goto(`${rapport.url}/contacts/new`);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ingrid Bergersen');
  await page.getByLabel('E-mail address', { exact: true }).fill('ingrid@nav.example');
  await page.getByRole('button', { name: 'Add another e-mail address' }).click();
  const secondEmail = page.getByRole('textbox', { name: 'E-mail address 2' });
  await expect(secondEmail).toBeFocused();
  await secondEmail.fill('ingrid@home.example');

  // The permission only makes sense once someone introduced us.
  const permission = page.getByLabel('I may mention Dagny Holm when I get in touch');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Introduced by' }).fill('dag');
  await page.getByRole('option', { name: /Dagny Holm/ }).click();
  await expect(permission).toBeFocused();
  await permission.check();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toContainText('Ingrid Bergersen was added.');
  await expect(page.getByRole('heading', { name: 'Ingrid Bergersen', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ingrid@nav.example' })).toHaveAttribute(
    'href',
    'mailto:ingrid@nav.example',
  );
  await expect(page.getByRole('link', { name: 'ingrid@home.example' })).toHaveAttribute(
    'href',
    'mailto:ingrid@home.example',
  );
  await expect(page.getByText('You may mention Dagny Holm when you get in touch.')).toBeVisible();

  const chain = page.getByRole('region', { name: 'Referral chain' });
  await expect(chain.getByText('Ingrid Bergersen')).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: test.info().outputPath('contact-page.png'), fullPage: true });
  await chain.getByRole('link', { name: 'Dagny Holm' }).click();

  await expect(page.getByRole('heading', { name: 'Dagny Holm', level: 1 })).toBeVisible();
  const dagnysChain = page.getByRole('region', { name: 'Referral chain' });
  await expect(dagnysChain.getByText('Dagny Holm')).toHaveAttribute('aria-current', 'page');
  await dagnysChain.getByRole('link', { name: 'Ingrid Bergersen' }).click();
  await expect(page.getByRole('heading', { name: 'Ingrid Bergersen', level: 1 })).toBeVisible();

  // Clearing the introducer hides the permission again, and saving removes the link.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Your changes to Ingrid Bergersen were saved.');
  await expect(page.getByText('Nobody introduced Ingrid Bergersen')).toBeVisible();
});

test('a dated note is written in Markdown, previewed, and shown safely', async ({ page, rapport, request }) => {
  const contact = await createContact(request, rapport.url, { name: 'Jonas Keller' });
  await page.goto(`${rapport.url}/contacts/${contact.id}`);
  await expect(page.getByText('No notes yet.')).toBeVisible();

  const box = page.getByLabel('New note about Jonas Keller');
  await box.fill(
    '**Ask** about the [data team](https://example.com/team)\n' +
      '<img src=x onerror="window.__xss=1">\n' +
      '[click me](javascript:window.__xss=2)',
  );
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview of New note about Jonas Keller' });
  await expect(preview.locator('strong')).toHaveText('Ask');
  await page.getByRole('button', { name: 'Write' }).click();
  await expect(box).toBeFocused();
  await page.getByRole('button', { name: 'Add note' }).click();

  await expect(page.getByRole('status')).toContainText('Note added.');
  const note = page.getByRole('article');
  await expect(note.locator('strong')).toHaveText('Ask');
  const link = note.getByRole('link', { name: 'data team' });
  await expect(link).toHaveAttribute('href', 'https://example.com/team');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(note.getByText('<img src=x onerror="window.__xss=1">')).toBeVisible();
  await expect(note.getByRole('link', { name: 'click me' })).toHaveCount(0);
  await expect(note.locator('img')).toHaveCount(0);
  await expect(box).toHaveValue('');

  await page.reload();
  await expect(page.getByRole('article').locator('strong')).toHaveText('Ask');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  await page.getByRole('article').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(/^Note from/).fill('Rewritten after the call');
  await page.getByRole('article').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('article')).toContainText('Rewritten after the call');
  await expect(page.getByRole('article')).toContainText('edited');
});

test('two records of the same person are merged, keeping notes and introductions', async ({
  page,
  rapport,
  request,
}) => {
  const keep = await createContact(request, rapport.url, {
    name: 'Ingrid Bergersen',
    title: 'UX researcher',
    emails: ['ingrid@nav.example'],
  });
  const other = await createContact(request, rapport.url, {
    name: 'Ingrid B.',
    emails: ['ib@home.example'],
    phones: ['+47 400 00 000'],
  });
  await addNote(request, rapport.url, other.id, 'Lunch about the graduate programme');
  await createContact(request, rapport.url, { name: 'Kari Nordmann', introducedById: other.id });

  await page.goto(`${rapport.url}/contacts/${keep.id}`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Ingrid Bergersen with another contact' });
  await dialog.getByRole('combobox', { name: 'The other contact' }).fill('ingrid');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await dialog.getByRole('option', { name: /Ingrid B\./ }).click();

  await expect(dialog.getByRole('radio', { name: /Stays.*Ingrid Bergersen/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Merged in.*Ingrid B\./ })).not.toBeChecked();
  await expect(dialog).toContainText('ib@home.example');
  await page.screenshot({ path: test.info().outputPath('merge-dialog.png') });
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(page.getByRole('status')).toContainText('The two records are now one: Ingrid Bergersen.');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'ib@home.example' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+47 400 00 000' })).toHaveAttribute('href', 'tel:+4740000000');
  await expect(page.getByRole('article')).toContainText('Lunch about the graduate programme');
  await expect(
    page.getByRole('region', { name: 'Referral chain' }).getByRole('link', { name: 'Kari Nordmann' }),
  ).toBeVisible();
  expect((await request.get(`${rapport.url}/api/contacts/${other.id}`)).status()).toBe(404);
});

test('the record that stays can be the other one', async ({ page, rapport, request }) => {
  const first = await createContact(request, rapport.url, { name: 'Sri Wahyuni' });
  const second = await createContact(request, rapport.url, { name: 'Sri W.', emails: ['sri@gojek.example'] });

  await page.goto(`${rapport.url}/contacts/${first.id}`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog');
  const search = dialog.getByRole('combobox', { name: 'The other contact' });
  await search.fill('sri');
  await expect(dialog.getByRole('option', { name: /Sri W\./ })).toBeVisible();
  await search.press('Enter');
  await dialog.getByRole('radio', { name: /Sri W\./ }).check();
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/contacts/${second.id}$`));
  await expect(page.getByRole('heading', { name: 'Sri W.', level: 1 })).toBeVisible();
  expect((await request.get(`${rapport.url}/api/contacts/${first.id}`)).status()).toBe(404);
});

test('deleting says what goes with the contact, and the people they introduced stay', async ({
  page,
  rapport,
  request,
}) => {
  const ingrid = await createContact(request, rapport.url, { name: 'Ingrid Bergersen' });
  await addNote(request, rapport.url, ingrid.id, 'First call');
  await addNote(request, rapport.url, ingrid.id, 'Second call');
  await addNote(request, rapport.url, ingrid.id, 'Third call');
  await createContact(request, rapport.url, { name: 'Anders Lie', introducedById: ingrid.id });
  await createContact(request, rapport.url, { name: 'Camilla Berg', introducedById: ingrid.id });

  await page.goto(`${rapport.url}/contacts/${ingrid.id}`);
  await page.getByRole('button', { name: 'Delete contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Ingrid Bergersen?' });
  await expect(dialog).toContainText(
    'This removes Ingrid Bergersen, everything you wrote about them and 3 dated notes from Rapport. ' +
      '2 people Ingrid Bergersen introduced keep their records but lose the link. It cannot be undone.',
  );
  await dialog.getByRole('button', { name: 'Delete for good' }).click();

  await expect(page.getByRole('status')).toContainText('Ingrid Bergersen was deleted.');
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByText('2 contacts')).toBeVisible();
  await page.getByRole('link', { name: /Anders Lie/ }).click();
  await expect(page.getByText('Nobody introduced Anders Lie')).toBeVisible();
});

test.describe('in a browser set to Norwegian', () => {
  test.use({ locale: 'nb-NO' });

  test('the contact page and its warnings speak Norwegian', async ({ page, rapport, request }) => {
    const ingrid = await createContact(request, rapport.url, { name: 'Ingrid Bergersen', metOn: '2024-03-12' });
    await addNote(request, rapport.url, ingrid.id, 'Kaffe på Fuglen');
    await page.goto(`${rapport.url}/contacts/${ingrid.id}`);
    await expect(page.getByRole('heading', { name: 'Daterte notater' })).toBeVisible();
    await expect(page.getByText('12. mars 2024')).toBeVisible();
    await page.getByRole('button', { name: 'Slett kontakt' }).click();
    await expect(page.getByRole('dialog')).toContainText('1 datert notat');
  });
});
