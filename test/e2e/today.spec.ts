import type { APIRequestContext, Page } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Today as a user meets it: the home page, what an interview asks for on which business day, the
// buttons that do it, and reopening an interview the routine closed. The server's clock is set
// (RAPPORT_NOW), so the days below read the same in any year.

/** Monday 2 March 2026, 08:00 in Oslo. */
const MONDAY = '2026-03-02T07:00:00.000Z';

const test = testWithServer(MONDAY);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

/** A Norwegian user: business days follow Norway's calendar, days Oslo's clock. */
async function liveInNorway(request: APIRequestContext, url: string) {
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Kari Nordmann',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
}

function dueSection(page: Page) {
  return page.getByRole('region', { name: /^To do now/ });
}

function upcomingSection(page: Page) {
  return page.getByRole('region', { name: 'Coming up' });
}

test('Today is the home page, and with nothing due it says how to begin', async ({ page, rapport }) => {
  await page.goto(rapport.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Monday,? 2 March 2026$/)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Today' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { name: 'Nothing to do today' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('today-empty.png'), fullPage: true });

  await page.getByRole('link', { name: 'Start an interview' }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByRole('dialog', { name: 'Start an interview' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Who do you want to talk to?' })).toBeFocused();
});

test('an interview started from a contact asks for its request today, then for the 3B and 7B steps on their business days', async ({
  page,
  rapport,
  request,
}) => {
  let url = rapport.url;
  await liveInNorway(request, url);
  const ingrid = await api(request, url, 'POST', '/api/contacts', { name: 'Ingrid Bergersen', organisation: 'NAV' });
  await api(request, url, 'POST', '/api/contacts', { name: 'Jonas Keller', organisation: 'NAV' });

  // Start the interview in the browser, from Ingrid's page.
  await page.goto(`${url}/contacts/${ingrid.id}`);
  await expect(page.getByText('No interview with Ingrid Bergersen yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start an interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an interview with Ingrid Bergersen' });
  await expect(dialog.getByLabel('Your goal, in one sentence')).toBeFocused();
  await dialog.getByLabel('Your goal, in one sentence').fill('How user research shapes public services');
  await dialog.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/[^/?]+$/);
  const interviewId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(dueSection(page).getByRole('heading', { name: 'Today · Monday 2 March' })).toBeVisible();
  await expect(dueSection(page).getByRole('link', { name: 'Send your request to Ingrid Bergersen' })).toHaveAttribute(
    'href',
    `/interviews/${interviewId}`,
  );

  // The request goes out on Monday; on Thursday, three business days later, the 3B step is due.
  const started = await api(request, url, 'GET', `/api/interviews/${interviewId}`);
  await api(request, url, 'POST', `/api/interviews/${interviewId}/sent`, {
    channel: 'email',
    on: '2026-03-02',
    version: started.version,
  });
  ({ url } = await rapport.restart({ now: '2026-03-05T07:00:00.000Z' }));
  await page.goto(url);
  const due = dueSection(page);
  await expect(due.getByRole('heading', { name: 'Today · Thursday 5 March' })).toBeVisible();
  await expect(
    due.getByText('No reply from Ingrid Bergersen after 3 business days: contact a second person at NAV'),
  ).toBeVisible();
  await expect(upcomingSection(page).getByRole('heading', { name: 'Wednesday 11 March' })).toBeVisible();
  await expect(upcomingSection(page).getByText('Send one follow-up to Ingrid Bergersen')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('today-3b.png'), fullPage: true });

  await due.getByRole('button', { name: 'Ask Jonas Keller too' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Interview with Jonas Keller started.' })).toBeVisible();
  await expect(due.getByRole('link', { name: 'Send your request to Jonas Keller' })).toBeVisible();
  await expect(due.getByText(/contact a second person at NAV/)).toHaveCount(0);
  await expect(due.getByRole('heading', { name: /^To do now/ })).toBeFocused();

  // Seven business days after the request: one follow-up, with its draft one click away.
  ({ url } = await rapport.restart({ now: '2026-03-11T07:00:00.000Z' }));
  await page.goto(url);
  await expect(due.getByText('Send one follow-up to Ingrid Bergersen')).toBeVisible();
  await expect(due.getByRole('link', { name: 'Write the follow-up' })).toHaveAttribute(
    'href',
    `/interviews/${interviewId}?draft=follow_up`,
  );
  // Jonas's request waits since Thursday: overdue, and said so.
  await expect(due.getByRole('heading', { name: /Thursday 5 March.*Overdue \(6 days ago\)/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('today-follow-up.png'), fullPage: true });

  await due.getByRole('button', { name: 'Mark follow-up sent' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Follow-up to Ingrid Bergersen marked as sent.' }),
  ).toBeVisible();
  await expect(due.getByText('Send one follow-up to Ingrid Bergersen')).toHaveCount(0);
  const after = await api(request, url, 'GET', `/api/interviews/${interviewId}`);
  expect((after.steps as Array<{ kind: string; on: string }>).at(-1)).toMatchObject({
    kind: 'follow_up_sent',
    on: '2026-03-11',
  });
});

test('an interview the routine closed shows as closed on Today and can be reopened by keyboard', async ({
  page,
  rapport,
  request,
}) => {
  // Wednesday 25 March: a request sent on 2 March got no reply, and the routine closed it on Friday 20 March.
  const { url } = await rapport.restart({ now: '2026-03-25T07:00:00.000Z' });
  await liveInNorway(request, url);
  const anna = await api(request, url, 'POST', '/api/contacts', { name: 'Anna Schmidt', organisation: 'Siemens' });
  const created = await api(request, url, 'POST', '/api/interviews', {
    contactId: anna.id,
    goal: 'Life as a grid engineer',
  });
  await api(request, url, 'POST', `/api/interviews/${created.id}/sent`, {
    channel: 'email',
    on: '2026-03-02',
    version: created.version,
  });

  await page.goto(url);
  const due = dueSection(page);
  await expect(due.getByRole('heading', { name: 'Friday 20 March', exact: true })).toBeVisible();
  await expect(due.getByText('No reply from Anna Schmidt: closed')).toBeVisible();
  const reopen = due.getByRole('button', { name: 'Reopen' });
  await reopen.focus();
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('status').filter({ hasText: 'The interview with Anna Schmidt is open again.' }),
  ).toBeVisible();
  await expect(due.getByText('No reply from Anna Schmidt: closed')).toHaveCount(0);
  const reopened = await api(request, url, 'GET', `/api/interviews/${created.id}`);
  expect(reopened.stage).toBe('requested');
});
