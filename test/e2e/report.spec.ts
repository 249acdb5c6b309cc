import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Right after the conversation: the outline edited into the report, the gains (with a pay range
// refused until it is fixed), the Markdown download, the print view, and the thank-you note
// drafted, downloaded and marked as sent, which takes it off Today. At desktop and phone size.

/** Monday 30 November 2026, 08:00 UTC (09:00 in Oslo): the meeting is at 10:00 the same morning. */
const NOW = '2026-11-30T08:00:00.000Z';

const test = testWithServer(NOW);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo', acceptDownloads: true });

/**
 * An interview whose conversation took place this morning: a meeting, a suggested plan, notes on
 * four questions (two starred) and free notes written in live mode, and live mode ended.
 */
async function heldConversation(request: APIRequestContext, url: string): Promise<string> {
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Ola Hansen',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: profile.routine,
    version: profile.version,
  });
  const contact = await api(request, url, 'POST', '/api/contacts', {
    name: 'Åse Lund-Ødegård',
    organisation: 'Equinor',
    emails: ['ase@example.no'],
  });
  const created = await api(request, url, 'POST', '/api/interviews', {
    contactId: contact.id,
    goal: 'How power trading works',
  });
  await api(request, url, 'PUT', `/api/interviews/${created.id}/meeting`, {
    start: '2026-11-30T10:00',
    timeZone: 'Europe/Oslo',
    durationMinutes: 20,
    format: 'cafe',
    place: 'Kaffebrenneriet',
    version: created.version,
  });
  await api(request, url, 'POST', `/api/interviews/${created.id}/plan/suggested`, { goal: 'explore_field' });
  await api(request, url, 'POST', `/api/interviews/${created.id}/conversation/start`, {});
  const conversation = (await api(request, url, 'GET', `/api/interviews/${created.id}/conversation`)) as unknown as {
    serverNow: string;
    items: Array<{ id: string }>;
  };
  // Live mode keeps the newest write by the time it was typed: on the server's clock.
  const writtenAt = (seconds: number) => new Date(Date.parse(conversation.serverNow) + seconds * 1000).toISOString();
  const notes = [
    { note: 'Most start as analysts; an internship opens the door.', starred: false },
    { note: 'Python and SQL matter more than the degree.', starred: true },
    { note: '', starred: false },
    { note: 'The trading desk is small and close-knit.', starred: true },
  ];
  for (const [index, item] of conversation.items.slice(0, notes.length).entries())
    await api(request, url, 'PUT', `/api/interviews/${created.id}/conversation/plan-items/${item.id}`, {
      ...notes[index],
      asked: true,
      writtenAt: writtenAt(index + 1),
    });
  await api(request, url, 'PUT', `/api/interviews/${created.id}/conversation/free-notes`, {
    freeNotes: 'Ask about the graduate programme in March.',
    writtenAt: writtenAt(10),
  });
  await api(request, url, 'POST', `/api/interviews/${created.id}/conversation/end`);
  return created.id;
}

async function snap(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

test('a user turns the outline into a report, records the gains, downloads and prints it, and sends the thank-you note', async ({
  page,
  rapport,
  request,
}) => {
  const id = await heldConversation(request, rapport.url);

  // Today asks for the thank-you note on the day of the conversation.
  await page.goto(`${rapport.url}/`);
  await expect(page.getByText('Send Åse Lund-Ødegård a thank-you note today')).toBeVisible();

  await page.goto(`${rapport.url}/interviews/${id}`);
  await page.getByRole('link', { name: 'Report and thank-you note' }).click();
  await expect(page.getByRole('heading', { name: 'After the conversation with Åse Lund-Ødegård' })).toBeVisible();

  // The outline: answered questions, the starred notes first, then the free notes.
  const editor = page.getByLabel('Your report');
  await expect(page.getByText('This is an outline from your notes')).toBeVisible();
  const outline = await editor.inputValue();
  expect(outline).toContain('## Topics covered');
  expect(outline.indexOf('★ **key point:** Python and SQL')).toBeLessThan(outline.indexOf('Most start as analysts'));
  expect(outline).toContain('Ask about the graduate programme in March.');
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await snap(page, 'report-outline');

  // The user edits the outline into their report.
  await editor.fill(`${outline.trim()}\n\n## My take\n\nTrading suits me better than I thought.`);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // The gains: a pay range with the minimum above the maximum is refused on its field.
  await page.getByRole('button', { name: 'Add a pay range' }).click();
  const pay = page.getByRole('group', { name: 'Pay range 1' });
  await pay.getByLabel('Role', { exact: true }).fill('Analyst');
  await pay.getByLabel('Level', { exact: true }).fill('Junior');
  await pay.getByLabel('From', { exact: true }).fill('700 000');
  await pay.getByLabel('To', { exact: true }).fill('550 000');
  await pay.getByLabel('Currency', { exact: true }).fill('nok');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(pay.getByText('Pay from: the minimum is above the maximum.')).toBeVisible();
  await expect(pay.getByLabel('From', { exact: true })).toBeFocused();
  await expect(page.getByText('Not saved: fix the 1 marked field first.')).toBeVisible();
  await snap(page, 'report-gains-error');

  await pay.getByLabel('To', { exact: true }).fill('800 000');
  await page.getByLabel('Hours and flexibility').fill('Shifts from 07:00; home office on Fridays.');
  await page.getByRole('textbox', { name: 'Keyword 1', exact: true }).fill('Power markets');
  await page.getByRole('button', { name: 'Add a keyword' }).click();
  await page.getByRole('textbox', { name: 'Keyword 2', exact: true }).fill('Python');
  await page.getByRole('button', { name: 'Add an opening' }).click();
  const opening = page.getByRole('group', { name: 'Opening 1' });
  await opening.getByLabel('What', { exact: true }).fill('Graduate programme');
  await opening.getByLabel('Where', { exact: true }).fill('Stavanger');
  await opening.getByLabel('Expected when').fill('2027-03');
  await page.getByRole('textbox', { name: 'Advice 1', exact: true }).fill('Learn SQL first');
  await page.getByRole('textbox', { name: 'Resource 1', exact: true }).fill('Montel News');
  await page.getByLabel('4 of 5').check({ force: true });
  await page.getByLabel('Why', { exact: true }).fill('Kind people, real responsibility early.');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(pay.getByText('Pay from: the minimum is above the maximum.')).toHaveCount(0);

  // The preview shows the whole report; the download is the same text, named after the advisor.
  const preview = page.locator('.report-print');
  await expect(preview.getByRole('heading', { name: 'Conversation with Åse Lund-Ødegård, Equinor' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Analyst' })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('ase-lund-odegard-2026-11-30-report.md');
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain('# Conversation with Åse Lund-Ødegård, Equinor');
  expect(markdown).toContain('## My take\n\nTrading suits me better than I thought.');
  expect(markdown).toContain('| Analyst | Junior | 700,000 | 800,000 | NOK | year |');
  expect(markdown).toContain('- Power markets\n- Python');
  expect(markdown).toContain('- **Graduate programme** (Stavanger): expected March 2027');
  expect(markdown).toContain('### Would I want to work there?\n\n**4/5**\n\nKind people, real responsibility early.');

  // Printing shows the report alone: no navigation, no forms, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByLabel('Your report')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(preview.getByRole('heading', { name: 'Signs of openings' })).toBeVisible();
  await snap(page, 'report-print');
  await page.emulateMedia({ media: 'screen' });

  // The thank-you note: drafted from the starred notes, in the user's name.
  const thanks = page.getByRole('region', { name: 'Thank-you note' });
  const body = thanks.getByLabel('Message');
  await expect(body).toHaveValue(/^Hi Åse,/);
  await expect(body).toHaveValue(
    /- Python and SQL matter more than the degree\.\n- The trading desk is small and close-knit\./,
  );
  await expect(body).toHaveValue(/Ola Hansen$/);
  await expect(thanks.getByRole('link', { name: 'Open in my e-mail program' })).toHaveAttribute(
    'href',
    /^mailto:ase@example\.no\?subject=Thank%20you%20for%20the%20conversation&body=Hi%20%C3%85se/,
  );
  await thanks.getByLabel('Subject').fill('Thank you for this morning');
  const [eml] = await Promise.all([
    page.waitForEvent('download'),
    thanks.getByRole('button', { name: 'Download .eml' }).click(),
  ]);
  expect(eml.suggestedFilename()).toBe('ase-lund-odegard-thank-you.eml');
  const message = await readFile(await eml.path(), 'utf8');
  expect(message).toContain('Subject: Thank you for this morning\r\n');
  expect(message).toContain('X-Unsent: 1\r\n');
  await snap(page, 'report-thank-you');

  await thanks.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(thanks.getByText('Sent on 30 November 2026. Well done.')).toBeVisible();
  await expect(thanks.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);

  // The interview moved on, and Today no longer asks for the note.
  const interview = await api(request, rapport.url, 'GET', `/api/interviews/${id}`);
  expect(interview.stage).toBe('thanked');
  await page.getByRole('link', { name: 'Back to the interview' }).click();
  await expect(page.getByRole('link', { name: 'Report and thank-you note' })).toBeVisible();
  await page.goto(`${rapport.url}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Send Åse Lund-Ødegård a thank-you note today')).toHaveCount(0);
});

test('the report page works from an empty outline when nothing was noted', async ({ page, rapport, request }) => {
  const profile = await api(request, rapport.url, 'GET', '/api/profile');
  await api(request, rapport.url, 'PUT', '/api/profile', {
    myName: '',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: profile.routine,
    version: profile.version,
  });
  const contact = await api(request, rapport.url, 'POST', '/api/contacts', { name: 'Budi Santoso' });
  const interview = await api(request, rapport.url, 'POST', '/api/interviews', { contactId: contact.id, goal: '' });
  await page.goto(`${rapport.url}/interviews/${interview.id}/report`);
  await expect(page.getByRole('heading', { name: 'After the conversation with Budi Santoso' })).toBeVisible();
  await expect(page.getByLabel('Your report')).toHaveValue(/Write what you remember/);
  const thanks = page.getByRole('region', { name: 'Thank-you note' });
  await expect(thanks.getByLabel('Message')).toHaveValue(/You gave me a much clearer picture of the field/);
  await expect(thanks.getByText('There is no e-mail address for Budi Santoso')).toBeVisible();
  await snap(page, 'report-empty');
});
