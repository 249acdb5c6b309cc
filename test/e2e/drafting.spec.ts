import type { APIRequestContext, Page } from '@playwright/test';
import { addBusinessDays } from '../../src/domain/business-days.ts';
import { localDayOf } from '../../src/domain/calendar-day.ts';
import { holidayCalendarFor } from '../../src/server/calendar/holiday-calendar.ts';
import { expect, test } from './server-fixture.ts';

// Writing and sending a request on an interview's page, as a user does it, at desktop and phone size.

interface Created {
  id: string;
  version: number;
}

async function call(request: APIRequestContext, url: string, method: string, path: string, data?: unknown) {
  const response = await request.fetch(`${url}${path}`, { method, data, headers: { origin: url } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.status() === 204 ? null : ((await response.json()) as Record<string, unknown>);
}

/** The user's profile fills {{my_name}} and friends; Norway's calendar counts the business days. */
async function setUpProfile(request: APIRequestContext, url: string) {
  const profile = (await call(request, url, 'GET', '/api/profile')) as { version: number };
  await call(request, url, 'PUT', '/api/profile', {
    myName: 'Ingrid Berg',
    myBackground: 'a master’s student in energy systems',
    myField: 'offshore wind',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
}

async function createInterview(
  request: APIRequestContext,
  url: string,
  contact: Record<string, unknown>,
  goal = 'Learn how engineers move into offshore wind.',
): Promise<Created> {
  const created = (await call(request, url, 'POST', '/api/contacts', contact)) as unknown as Created;
  return (await call(request, url, 'POST', '/api/interviews', {
    contactId: created.id,
    goal,
  })) as unknown as Created;
}

function check(page: Page, id: string) {
  return page.locator(`li[data-check="${id}"]`);
}

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

test('a user starts a request from a template, sees the checks react while typing, sends it and sees the routine on business days', async ({
  page,
  rapport,
  request,
}) => {
  await setUpProfile(request, rapport.url);
  const interview = await createInterview(request, rapport.url, {
    name: 'Kari Nordmann',
    organisation: 'Havvind AS',
    title: 'Project engineer',
    emails: ['kari@havvind.example'],
  });

  await page.goto(`${rapport.url}/interviews/${interview.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Interview with\s+Kari Nordmann/);
  await expect(page.getByRole('link', { name: 'Havvind AS' })).toBeVisible();
  await expect(page.getByLabel('Your goal, in one sentence')).toHaveValue(
    'Learn how engineers move into offshore wind.',
  );

  // Cold e-mail is the start (Kari has no introducer), and a warm one is not offered.
  const kind = page.getByLabel('Kind of request');
  await expect(kind).toHaveValue('cold_email');
  await expect(kind.locator('option[value="warm_email"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Start from template' }).click();
  const subject = page.getByLabel('Subject', { exact: true });
  const body = page.getByLabel('Message', { exact: true });
  await expect(subject).toHaveValue('Your advice on offshore wind');
  await expect(body).toHaveValue(/^Dear Kari Nordmann,/);
  await expect(body).toHaveValue(/I am a master’s student in energy systems/);
  await expect(body).toHaveValue(/Ingrid Berg$/);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // The template passes every check; a job word makes "No job talk" fail at once, with the word named.
  await expect(check(page, 'no_job_talk')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'word_count')).toHaveAttribute('data-status', 'pass');
  await body.press('Control+End');
  await body.pressSequentially(' Are there any vacancies?');
  await expect(check(page, 'no_job_talk')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'no_job_talk')).toContainText('“vacancies” reads as asking for a job');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Saved as typed: a reload shows the same text.
  await page.reload();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/Are there any vacancies\?$/);
  const saved = (await call(request, rapport.url, 'GET', `/api/interviews/${interview.id}`)) as { draftBody: string };
  expect(saved.draftBody).toMatch(/Are there any vacancies\?$/);

  // Taking the words out again makes the check pass.
  const text = saved.draftBody.replace(' Are there any vacancies?', '');
  await page.getByLabel('Message', { exact: true }).fill(text);
  await expect(check(page, 'no_job_talk')).toHaveAttribute('data-status', 'pass');

  // The mail link carries the address, the subject and the text, encoded.
  const href = await page.getByRole('link', { name: 'Open in mail program' }).getAttribute('href');
  expect(href).toMatch(/^mailto:kari@havvind\.example\?subject=Your%20advice%20on%20offshore%20wind&body=Dear%20Kari/);
  expect(new URL(href ?? '').searchParams.get('body')).toBe(text.replace(/\n/g, '\r\n'));

  // The .eml file is a draft for the mail program.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .eml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kari-nordmann-request.eml');
  const eml = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  expect(eml).toContain('To: Kari Nordmann <kari@havvind.example>\r\n');
  expect(eml).toContain('Subject: Your advice on offshore wind\r\n');
  expect(eml).toContain('X-Unsent: 1\r\n');

  await page.screenshot({ path: test.info().outputPath('interview-draft.png'), fullPage: true });

  // Mark as sent today, by e-mail: the 3B7 routine appears with its business-day dates.
  await expect(page.getByLabel('Sent by')).toHaveValue('email');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Request to Kari Nordmann marked as sent.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Follow-up routine: 3B7' })).toBeVisible();

  const today = localDayOf(new Date(), 'Europe/Oslo');
  const norway = holidayCalendarFor('NO');
  // The page formats dates in the browser's variant of the UI language: British English here.
  const longDate = (day: string) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const secondContactDue = addBusinessDays(today, 3, norway);
  const followUpDue = addBusinessDays(today, 7, norway);
  const secondStep = page.locator('li[data-step="second_contact"]');
  await expect(secondStep).toContainText('Contact a second person at Havvind AS');
  await expect(secondStep).toContainText(`Due ${longDate(secondContactDue)}`);
  await expect(secondStep).toHaveAttribute('data-due', secondContactDue);
  const followStep = page.locator('li[data-step="follow_up"]');
  await expect(followStep).toContainText('Send a follow-up to Kari Nordmann');
  await expect(followStep).toContainText(`Due ${longDate(followUpDue)}`);
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
  await expect(page.locator('.timeline')).toContainText('Request sent by e-mail');

  // A reply the same day: the routine stops, and Kari is a booster.
  await page.getByLabel('Yes, they will meet').check();
  await page.getByRole('button', { name: 'Record reply' }).click();
  await expect(page.getByText('Reply recorded. Next: agree on a time and place.')).toBeVisible();
  await expect(page.locator('.routine').getByText('Booster', { exact: true })).toBeVisible();
  await expect(secondStep).toContainText('Not needed');
  await expect(page.locator('.timeline')).toContainText('They replied: yes');

  await page.screenshot({ path: test.info().outputPath('interview-sent.png'), fullPage: true });
});

test('the warm e-mail is offered only with the introducer’s permission, and a LinkedIn note counts its characters', async ({
  page,
  rapport,
  request,
}) => {
  await setUpProfile(request, rapport.url);
  const ola = (await call(request, rapport.url, 'POST', '/api/contacts', { name: 'Ola Hansen' })) as unknown as Created;
  const allowed = await createInterview(request, rapport.url, {
    name: 'Siri Dahl',
    organisation: 'Equinor',
    introducedById: ola.id,
    mayUseIntroducerName: true,
    linkedinUrl: 'https://www.linkedin.com/in/siri-dahl',
  });
  const notAllowed = await createInterview(request, rapport.url, {
    name: 'Per Lund',
    introducedById: ola.id,
    mayUseIntroducerName: false,
  });

  await page.goto(`${rapport.url}/interviews/${notAllowed.id}`);
  await expect(page.getByLabel('Kind of request').locator('option[value="warm_email"]')).toHaveCount(0);
  await expect(page.getByText('once Ola Hansen has allowed you to use their name')).toBeVisible();

  await page.goto(`${rapport.url}/interviews/${allowed.id}`);
  const kind = page.getByLabel('Kind of request');
  await expect(kind).toHaveValue('warm_email');
  await page.getByRole('button', { name: 'Start from template' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/Ola Hansen suggested I contact you/);
  await expect(check(page, 'connection_first')).toHaveAttribute('data-status', 'pass');

  // The untouched template follows the kind; the LinkedIn note has no subject and shows its length.
  await kind.selectOption('linkedin_message');
  await expect(page.getByLabel('Subject', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/^Hi Siri, /);
  await expect(page.getByText(/of 200 characters for a LinkedIn connection note/)).toBeVisible();
  await page.getByLabel('Message', { exact: true }).fill('x'.repeat(205));
  await expect(page.getByText('5 characters too many: a LinkedIn connection note holds 200')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open their LinkedIn profile' })).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/siri-dahl',
  );

  // ?draft=follow_up opens the follow-up kind.
  await page.goto(`${rapport.url}/interviews/${allowed.id}?draft=follow_up`);
  await expect(page.getByLabel('Kind of request')).toHaveValue('follow_up');
});

test('a template edited on the templates page is what a request starts from, until the original is restored', async ({
  page,
  rapport,
  request,
}) => {
  await setUpProfile(request, rapport.url);
  const interview = await createInterview(request, rapport.url, { name: 'Kari Nordmann', organisation: 'Havvind AS' });

  await page.goto(`${rapport.url}/settings`);
  await page.getByRole('link', { name: 'Edit templates' }).click();
  await expect(page.getByRole('heading', { name: 'Request templates', level: 1 })).toBeVisible();
  const cold = page.locator('#kind-cold_email');
  await cold.getByRole('button', { name: 'Edit' }).click();

  // An unknown placeholder is named on its field, while typing and by the server alike.
  const body = page.getByLabel('Text', { exact: true });
  await body.fill('Dear {{advisor_first_name}}, {{favourite_colour}}?');
  await expect(
    page.getByText('Text uses the placeholder {{favourite_colour}}, which Rapport does not know.'),
  ).toBeVisible();
  await body.fill('Dear {{advisor_first_name}},\n\nA short question from ');
  await page.getByRole('button', { name: /^Insert \{\{my_name\}\}/ }).click();
  await expect(body).toHaveValue('Dear {{advisor_first_name}},\n\nA short question from {{my_name}}');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Template saved.')).toBeVisible();
  await expect(cold.getByText('Your version of Rapport’s template')).toBeVisible();

  const badTemplate = await request.post(`${rapport.url}/api/templates`, {
    data: { kind: 'cold_email', language: 'en', name: 'Bad', body: 'Hi {{nickname}}' },
    headers: { origin: rapport.url },
  });
  expect(badTemplate.status()).toBe(400);

  await page.goto(`${rapport.url}/interviews/${interview.id}`);
  await page.getByRole('button', { name: 'Start from template' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    'Dear Kari,\n\nA short question from Ingrid Berg',
  );

  await page.getByRole('link', { name: 'Edit templates' }).click();
  await page.locator('#kind-cold_email').getByRole('button', { name: 'Restore the original' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore the original' }).click();
  await expect(page.getByText('Rapport’s template is back.')).toBeVisible();
  await expect(page.locator('#kind-cold_email').getByText('Rapport’s template', { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('templates.png'), fullPage: true });
});

test('typing over a newer version asks which text wins; the follow-up, a decline and a reopen follow the routine', async ({
  page,
  rapport,
  request,
}) => {
  await setUpProfile(request, rapport.url);
  const interview = await createInterview(request, rapport.url, {
    name: 'Kari Nordmann',
    organisation: 'Havvind AS',
    emails: ['kari@havvind.example'],
  });
  await page.goto(`${rapport.url}/interviews/${interview.id}`);
  await expect(page.getByLabel('Kind of request')).toHaveValue('cold_email');

  // Another tab saves first: the page keeps the user's text and asks.
  await call(request, rapport.url, 'PUT', `/api/interviews/${interview.id}/draft`, {
    goal: 'From the other tab',
    draftKind: 'cold_email',
    draftSubject: 'Other subject',
    draftBody: 'Other text',
    version: interview.version,
  });
  await page.getByLabel('Message', { exact: true }).fill('My own words, would you have 15 minutes?');
  await expect(page.getByRole('heading', { name: 'This request was changed somewhere else' })).toBeVisible();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('My own words, would you have 15 minutes?');
  await page.getByRole('button', { name: 'Save my version over it' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const kept = (await call(request, rapport.url, 'GET', `/api/interviews/${interview.id}`)) as {
    draftBody: string;
    version: number;
  };
  expect(kept.draftBody).toBe('My own words, would you have 15 minutes?');

  // Sent (through the API, as another device might): the page offers the follow-up.
  await call(request, rapport.url, 'POST', `/api/interviews/${interview.id}/sent`, {
    channel: 'email',
    on: localDayOf(new Date(), 'Europe/Oslo'),
    version: kept.version,
  });
  await page.reload();
  await page.getByRole('button', { name: 'Write the follow-up' }).click();
  await expect(page.getByLabel('Kind of request')).toHaveValue('follow_up');
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue('Following up: 15 minutes on offshore wind?');
  await expect(page).toHaveURL(/\?draft=follow_up$/);
  await page.getByRole('button', { name: 'Record follow-up sent' }).click();
  await expect(page.getByText('Follow-up recorded.')).toBeVisible();
  await expect(page.locator('li[data-step="follow_up"]')).toContainText('Done');
  await expect(page.locator('.timeline')).toContainText('Follow-up sent');

  // A decline closes the interview; reopening opens it again.
  await page.getByLabel('No, they declined').check();
  await page.getByRole('button', { name: 'Record reply' }).click();
  await expect(page.getByText('Closed: Kari Nordmann declined.')).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByText('The interview is open again.')).toBeVisible();
  await expect(page.getByText('Closed: Kari Nordmann declined.')).toHaveCount(0);
  await expect(page.locator('.timeline')).toContainText('Reopened');
});
