import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// The whole of issue 4 as one user does it, in the browser: from a contact to a drafted and sent
// request, the routine's 3B action on Today on the right business day (the server's clock is
// moved by a restart with RAPPORT_NOW), the reply, the meeting, and its calendar file.

/** Thursday 14 May 2026 is Ascension Day in Norway: the count must skip it. */
const WEDNESDAY = '2026-05-13T08:00:00.000Z';

const test = testWithServer(WEDNESDAY);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

test('a user goes from a contact to a sent request, sees the 3B step on the right business day, and puts the meeting in a calendar', async ({
  page,
  rapport,
  request,
}) => {
  let url = rapport.url;
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Kari Nordmann',
    myBackground: 'a master’s student in energy systems',
    myField: 'hydropower',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
  const ingrid = await api(request, url, 'POST', '/api/contacts', {
    name: 'Ingrid Bergersen',
    organisation: 'Statkraft',
    emails: ['ingrid@statkraft.example'],
  });
  await api(request, url, 'POST', '/api/contacts', { name: 'Jonas Keller', organisation: 'Statkraft' });

  // From the contact's page: start the interview.
  await page.goto(`${url}/contacts/${ingrid.id}`);
  await page.getByRole('button', { name: 'Start an interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an interview with Ingrid Bergersen' });
  await dialog.getByLabel('Your goal, in one sentence').fill('How a hydropower trader plans a week');
  await dialog.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/[^/?]+$/);
  const interviewId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  // Draft from the template: the checks pass; then send it, dated today (Wednesday 13 May).
  await page.getByRole('button', { name: 'Start from template' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/^Dear Ingrid Bergersen,/);
  for (const check of ['word_count', 'no_job_talk', 'short_time', 'ends_with_question']) {
    await expect(page.locator(`li[data-check="${check}"]`)).toHaveAttribute('data-status', 'pass');
  }
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Request to Ingrid Bergersen marked as sent.')).toBeVisible();
  // Three business days in Norway: Friday 15, Monday 18, Tuesday 19 (the 14th is Ascension Day; 17 May a Sunday).
  await expect(page.locator('li[data-step="second_contact"]')).toHaveAttribute('data-due', '2026-05-19');

  // Monday: not due yet. Tuesday: Today asks for a second person at Statkraft.
  ({ url } = await rapport.restart({ now: '2026-05-18T08:00:00.000Z' }));
  await page.goto(url);
  await expect(page.getByText(/contact a second person at Statkraft/)).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^To do now/ }).getByText(/contact a second person/)).toHaveCount(0);
  ({ url } = await rapport.restart({ now: '2026-05-19T08:00:00.000Z' }));
  await page.goto(url);
  const due = page.getByRole('region', { name: /^To do now/ });
  await expect(
    due.getByText('No reply from Ingrid Bergersen after 3 business days: contact a second person at Statkraft'),
  ).toBeVisible();
  await expect(due.getByRole('button', { name: 'Ask Jonas Keller too' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('journey-today.png'), fullPage: true });

  // Ingrid answers that day: record it, then schedule the meeting and download its calendar file.
  await page.goto(`${url}/interviews/${interviewId}`);
  await page.getByLabel('Yes, they will meet').check();
  await page.getByRole('button', { name: 'Record reply' }).click();
  await expect(page.locator('.routine').getByText('Booster', { exact: true })).toBeVisible();

  const meeting = page.locator('section.meeting-section');
  await meeting.getByLabel('Date').fill('2026-05-27');
  await meeting.getByLabel('Time', { exact: true }).fill('09:30');
  await meeting.getByText('Café', { exact: true }).click();
  await meeting.getByLabel('Address of the café').fill('Kaffebrenneriet, Lilleakerveien 6');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting saved.' })).toBeAttached();

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await file.path()) ?? '', 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-05-27T07:30:00.000Z');
  expect(event.duration.toSeconds()).toBe(20 * 60);
  expect(event.location).toBe('Kaffebrenneriet, Lilleakerveien 6');
  expect(event.summary).toBe('Informational interview with Ingrid Bergersen (Statkraft)');
  expect(event.sequence).toBe(0);
  await page.screenshot({ path: test.info().outputPath('journey-meeting.png'), fullPage: true });
});
