import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Scheduling a meeting on an interview's page, and the calendar files it gives, at desktop and
// phone size. The calendar text itself is tested in src/server/calendar.

/** The server's clock stands on Monday 2 November 2026, so every date below reads the same in any year. */
const NOW = '2026-11-02T09:00:00.000Z';

const test = testWithServer(NOW);

test.use({ locale: 'en-GB', timezoneId: 'America/New_York' });

/** A contact with an interview whose request went out today, and a user who lives in New York. */
async function sentRequest(request: APIRequestContext, url: string): Promise<string> {
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Kari Nordmann',
    myBackground: '',
    myField: '',
    country: 'US',
    timeZone: 'America/New_York',
    routine: '3b7',
    version: profile.version,
  });
  const contact = await api(request, url, 'POST', '/api/contacts', {
    name: 'Ingrid Bergersen',
    organisation: 'Statkraft',
  });
  const interview = await api(request, url, 'POST', '/api/interviews', {
    contactId: contact.id,
    goal: 'How hydropower traders plan a week',
  });
  const { today } = (await api(request, url, 'GET', '/api/today')) as unknown as { today: string };
  await api(request, url, 'POST', `/api/interviews/${interview.id}/sent`, {
    channel: 'email',
    on: today,
    version: interview.version,
  });
  return interview.id;
}

/** The one event of a downloaded calendar file, with the calendar's METHOD. */
async function eventOf(download: Download) {
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error(`no VEVENT in ${download.suggestedFilename()}`);
  const start = event.getFirstProperty('dtstart');
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    start: String(start?.getFirstValue()),
    tzid: start?.getParameter('tzid'),
    location: event.getFirstPropertyValue('location'),
  };
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  return eventOf(file);
}

test('a user schedules, moves and cancels a meeting, and each calendar file updates the same event', async ({
  page,
  rapport,
  request,
}) => {
  const id = await sentRequest(request, rapport.url);
  await page.goto(`${rapport.url}/interviews/${id}`);
  const meeting = page.locator('section.meeting-section');
  await expect(meeting.getByRole('heading', { name: 'Schedule the meeting' })).toBeVisible();
  // The form starts in the user's own zone, with the usual length.
  await expect(meeting.getByLabel('Time zone')).toHaveValue('America/New_York');
  await expect(meeting.getByLabel('Length in minutes')).toHaveValue('20');

  await meeting.getByLabel('Date').fill('2026-12-01');
  await meeting.getByLabel('Time', { exact: true }).fill('10:00');
  await meeting.getByLabel('Time zone').fill('Europe/Oslo');
  await meeting.getByText('Café', { exact: true }).click();
  await meeting.getByLabel('Address of the café').fill('Kaffebrenneriet, Aker Brygge');

  // An end before the start is explained on the end field, and nothing is saved.
  await meeting.getByLabel('Or an end time').fill('09:30');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(meeting.getByText('End must come after the start.')).toBeVisible();
  await expect(meeting.getByLabel('Or an end time')).toBeFocused();
  await meeting.getByLabel('Or an end time').fill('');

  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting saved.' })).toBeAttached();
  // Its own time (Oslo) and, since the user lives in New York, theirs too.
  await expect(meeting.locator('p.when')).toHaveText(/^Tuesday,? 1 December 2026, 10:00–10:20$/);
  await expect(meeting.getByText(/Your time: Tuesday,? 1 December 2026, 0?4:00–0?4:20/)).toBeVisible();
  await expect(meeting.getByText('Kaffebrenneriet, Aker Brygge')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('meeting-scheduled.png'), fullPage: true });

  const first = await download(page, 'Add to calendar (.ics)');
  expect(first).toMatchObject({
    sequence: 0,
    tzid: 'Europe/Oslo',
    start: '2026-12-01T10:00:00',
    location: 'Kaffebrenneriet, Aker Brygge',
  });
  expect(first.uid).toBeTruthy();

  // Moved to 11:00: the same UID, the next SEQUENCE, so a calendar moves the event.
  await meeting.getByRole('button', { name: 'Reschedule' }).click();
  await expect(meeting.getByRole('heading', { name: 'Move the meeting' })).toBeVisible();
  await expect(meeting.getByLabel('Date')).toHaveValue('2026-12-01');
  await meeting.getByLabel('Time', { exact: true }).fill('11:00');
  await meeting.getByRole('button', { name: 'Save the new time' }).click();
  await expect(meeting.locator('p.when')).toHaveText(/^Tuesday,? 1 December 2026, 11:00–11:20$/);
  const moved = await download(page, 'Add to calendar (.ics)');
  expect(moved).toMatchObject({ uid: first.uid, sequence: 1, start: '2026-12-01T11:00:00', tzid: 'Europe/Oslo' });

  // Cancelled after a confirmation: the file now cancels the event.
  await meeting.getByRole('button', { name: 'Cancel meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this meeting?' });
  await expect(dialog).toContainText('Ingrid Bergersen');
  await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting cancelled.' })).toBeAttached();
  const cancelled = await download(page, 'Download the cancellation (.ics)');
  expect(cancelled).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2 });
  // A new time can be planned straight away.
  await expect(meeting.getByRole('heading', { name: 'Schedule the meeting' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('meeting-cancelled.png'), fullPage: true });
});

test('a user offers two times in a ready sentence, then schedules the one the advisor picked', async ({
  page,
  rapport,
  request,
}) => {
  const id = await sentRequest(request, rapport.url);
  await page.goto(`${rapport.url}/interviews/${id}`);
  const offer = page.locator('form.offered-slots');
  await expect(offer.getByText('Pick a date and a time to see the sentence.')).toBeVisible();

  await offer.getByRole('group', { name: 'Time 1' }).getByLabel('Date').fill('2026-12-01');
  await offer.getByRole('group', { name: 'Time 1' }).getByLabel('Time', { exact: true }).fill('10:00');
  await offer.getByRole('group', { name: 'Time 2' }).getByLabel('Date').fill('2026-12-03');
  await offer.getByRole('group', { name: 'Time 2' }).getByLabel('Time', { exact: true }).fill('14:00');
  await expect(offer.locator('blockquote')).toHaveText(
    'Would Tuesday 1 December at 10:00 or Thursday 3 December at 14:00 suit you?',
  );
  await offer.getByRole('button', { name: 'Save these times' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Times saved.' })).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('offered-times.png'), fullPage: true });

  // The advisor chose Thursday: one click fills the meeting form.
  const meeting = page.locator('section.meeting-section');
  await meeting.getByRole('button', { name: /Thu,? 3 Dec/ }).click();
  await expect(meeting.getByLabel('Date')).toHaveValue('2026-12-03');
  await expect(meeting.getByLabel('Time', { exact: true })).toHaveValue('14:00');
  await meeting.getByText('Video call', { exact: true }).click();
  await meeting.getByLabel('Link to the call').fill('https://meet.example.com/abc-defg');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  const link = meeting.getByRole('link', { name: /meet\.example\.com/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  // With a meeting set, there is nothing left to offer.
  await expect(offer).toHaveCount(0);
});

test('a meeting in the past or in an unknown zone is refused with the reason on its field', async ({
  page,
  rapport,
  request,
}) => {
  const id = await sentRequest(request, rapport.url);
  await page.goto(`${rapport.url}/interviews/${id}`);
  const meeting = page.locator('section.meeting-section');
  await meeting.getByLabel('Date').fill('2020-01-06');
  await meeting.getByLabel('Time', { exact: true }).fill('10:00');
  await meeting.getByLabel('Time zone').fill('Mars/Olympus_Mons');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(meeting.getByText('Time zone has a value Rapport cannot use.')).toBeVisible();

  await meeting.getByLabel('Time zone').fill('oslo');
  await meeting.getByLabel('Time zone').blur();
  await expect(meeting.getByLabel('Time zone')).toHaveValue('Europe/Oslo');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(meeting.getByText('Start is in the past: choose a time that is still ahead.')).toBeVisible();
  const interview = await api(request, rapport.url, 'GET', `/api/interviews/${id}`);
  expect(interview.meeting).toBeNull();
});
