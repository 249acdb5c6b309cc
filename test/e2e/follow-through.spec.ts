import type { APIRequestContext, Page } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Following through after a conversation: advice becomes a task, finishing it offers a note back
// to the advisor, and the keep-in-touch cadence comes round in Today and restarts with each
// interaction. The server's clock is set (RAPPORT_NOW) so the days read the same in any year.

/** Monday 2 March 2026, 08:00 in Oslo. */
const MONDAY = '2026-03-02T07:00:00.000Z';
/** Wednesday 3 June 2026: three months and a day after the conversation. */
const JUNE = '2026-06-03T07:00:00.000Z';

const test = testWithServer(MONDAY);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

/** Kari, with a conversation held today (live mode started and ended). */
async function advisorMet(request: APIRequestContext, url: string) {
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Ola Nordmann',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
  const contact = await api(request, url, 'POST', '/api/contacts', {
    name: 'Kari Nordmann',
    title: 'Data analyst',
    organisation: 'Equinor',
    emails: ['kari@example.com'],
  });
  let interview = await api(request, url, 'POST', '/api/interviews', { contactId: contact.id, goal: 'Data roles' });
  interview = await api(request, url, 'POST', `/api/interviews/${interview.id}/sent`, {
    channel: 'email',
    on: '2026-02-25',
    version: interview.version,
  });
  await api(request, url, 'POST', `/api/interviews/${interview.id}/reply`, {
    on: '2026-02-26',
    outcome: 'accepted',
    version: interview.version,
  });
  await api(request, url, 'POST', `/api/interviews/${interview.id}/conversation/start`, { plannedMinutes: 20 });
  await api(request, url, 'POST', `/api/interviews/${interview.id}/conversation/end`);
  return { contactId: contact.id, interviewId: interview.id };
}

function dueSection(page: Page) {
  return page.getByRole('region', { name: /^To do now/ });
}

test('a task made from advice, once done, offers a report-back note to send and log', async ({
  page,
  rapport,
  request,
}) => {
  const { contactId } = await advisorMet(request, rapport.url);
  await api(request, rapport.url, 'POST', '/api/tasks', {
    kind: 'advice',
    text: 'Joined the Python meetup',
    contactId,
    dueOn: '2026-03-02',
  });

  await page.goto(`${rapport.url}/tasks`);
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  const open = page.getByRole('region', { name: /^Open/ });
  await expect(open.getByText('Joined the Python meetup')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`tasks-${test.info().project.name}.png`), fullPage: true });

  await open.getByRole('button', { name: 'Done' }).click();
  const note = page.getByRole('region', { name: 'Tell Kari Nordmann what came of their advice' });
  await expect(note).toBeVisible();
  await expect(note.getByLabel('Message')).toHaveValue(/^Hi Kari,\n/);
  await expect(note.getByLabel('Message')).toHaveValue(/your advice: joined the Python meetup\./);
  await expect(note.getByRole('link', { name: 'Open in mail' })).toHaveAttribute(
    'href',
    /^mailto:kari@example\.com\?subject=/,
  );
  await page.screenshot({
    path: test.info().outputPath(`report-back-${test.info().project.name}.png`),
    fullPage: true,
  });

  await note.getByRole('button', { name: 'I sent it' }).click();
  await expect(page.getByText('Logged as an e-mail to Kari Nordmann.')).toBeVisible();
  await expect(note).toBeHidden();
  await expect(open.getByText('No open tasks.', { exact: false })).toBeVisible();

  const cadence = await api(request, rapport.url, 'GET', `/api/contacts/${contactId}/keep-in-touch`);
  expect(cadence).toMatchObject({ lastOn: '2026-03-02', nextDueOn: '2026-06-02' });
  expect(cadence.interactions).toEqual([expect.objectContaining({ kind: 'email', on: '2026-03-02' })]);
});

test('Today asks to connect on LinkedIn after the conversation, and to get back in touch when the cadence comes round', async ({
  page,
  rapport,
  request,
}) => {
  const { contactId } = await advisorMet(request, rapport.url);
  await page.goto(rapport.url);
  const linkedIn = dueSection(page).getByRole('listitem').filter({ hasText: 'Connect with Kari Nordmann on LinkedIn' });
  await expect(linkedIn).toBeVisible();
  await linkedIn.getByRole('button', { name: 'Done' }).click();
  await expect(linkedIn).toBeHidden();

  const { url } = await rapport.restart({ now: JUNE });
  await page.goto(url);
  const keepInTouch = dueSection(page)
    .getByRole('listitem')
    .filter({ hasText: 'Get back in touch with Kari Nordmann' });
  await expect(keepInTouch).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath(`today-keep-in-touch-${test.info().project.name}.png`),
    fullPage: true,
  });

  await keepInTouch.getByRole('button', { name: 'I was in touch' }).click();
  await expect(keepInTouch).toBeHidden();
  const cadence = await api(request, url, 'GET', `/api/contacts/${contactId}/keep-in-touch`);
  expect(cadence).toMatchObject({ lastOn: '2026-06-03', nextDueOn: '2026-09-03' });
});

test('logging an interaction on the contact page restarts the cadence; stopping ends the reminders', async ({
  page,
  rapport,
  request,
}) => {
  const { contactId } = await advisorMet(request, rapport.url);
  const { url } = await rapport.restart({ now: JUNE });
  await page.goto(`${url}/contacts/${contactId}`);
  const section = page.getByRole('region', { name: 'Keep in touch' });
  await expect(section.getByTestId('keep-in-touch-next').locator('time')).toHaveAttribute('datetime', '2026-06-02');

  await section.getByLabel('How').selectOption('call');
  await section.getByLabel('When').fill('2026-06-01');
  await section.getByLabel('Note').fill('Talked about the graduate programme');
  await section.getByRole('button', { name: 'Log it' }).click();
  await expect(section.getByTestId('keep-in-touch-next').locator('time')).toHaveAttribute('datetime', '2026-09-01');
  await expect(section.getByText('Talked about the graduate programme')).toBeVisible();

  await section.getByLabel('Remind me every').selectOption('6');
  await expect(section.getByTestId('keep-in-touch-next').locator('time')).toHaveAttribute('datetime', '2026-12-01');
  await section.screenshot({ path: test.info().outputPath(`keep-in-touch-${test.info().project.name}.png`) });

  await section.getByRole('button', { name: 'Stop reminding me' }).click();
  await expect(section.getByText('You stopped keeping in touch with Kari Nordmann.')).toBeVisible();
  await expect(section.getByTestId('keep-in-touch-next')).toBeHidden();
});
