import type { APIRequestContext } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// The insights page after several interviews: the funnel by how the user knows people, keywords
// two advisors named, pay by role, openings on a timeline; a chart with a table of the same
// figures. Everything is set up through the HTTP API, reports included.

/** Monday 23 March 2026, 08:00 in Oslo. */
const test = testWithServer('2026-03-23T07:00:00.000Z');

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

interface Advisor {
  name: string;
  title: string;
  field: string;
  howKnown: string;
  organisation: string;
  repliedOn?: string;
  gains?: Record<string, unknown>;
}

async function interviewed(request: APIRequestContext, url: string, advisor: Advisor) {
  const { gains, repliedOn, ...fields } = advisor;
  const contact = await api(request, url, 'POST', '/api/contacts', fields);
  let interview = await api(request, url, 'POST', '/api/interviews', { contactId: contact.id, goal: 'Learn' });
  interview = await api(request, url, 'POST', `/api/interviews/${interview.id}/sent`, {
    channel: 'email',
    on: '2026-03-02',
    version: interview.version,
  });
  if (!repliedOn) return;
  await api(request, url, 'POST', `/api/interviews/${interview.id}/reply`, {
    on: repliedOn,
    outcome: 'accepted',
    version: interview.version,
  });
  if (!gains) return;
  await api(request, url, 'POST', `/api/interviews/${interview.id}/conversation/start`, { plannedMinutes: 20 });
  await api(request, url, 'POST', `/api/interviews/${interview.id}/conversation/end`);
  await api(request, url, 'PUT', `/api/interviews/${interview.id}/report`, { body: 'Notes', gains, version: 0 });
}

test('with no interviews yet, the insights page says how it fills up', async ({ page, rapport }) => {
  await page.goto(`${rapport.url}/insights`);
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not much to add up yet' })).toBeVisible();
});

test('several interviews add up to a funnel, keywords, pay ranges and openings, each chart with its table', async ({
  page,
  rapport,
  request,
}) => {
  const url = rapport.url;
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Ola',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
  await interviewed(request, url, {
    name: 'Kari Nordmann',
    title: 'Data analyst',
    field: 'Energy',
    howKnown: 'alumni',
    organisation: 'Equinor',
    repliedOn: '2026-03-04',
    gains: {
      keywords: ['Python', 'stakeholder management'],
      payRanges: [{ role: '', level: 'junior', min: 550000, max: 650000, currency: 'NOK', period: 'year' }],
      openings: [{ what: 'Graduate programme', where: 'Stavanger', expectedBy: '2026-09' }],
    },
  });
  await interviewed(request, url, {
    name: 'Jonas Weber',
    title: 'Senior data analyst',
    field: 'Energy',
    howKnown: 'alumni',
    organisation: 'Statkraft',
    repliedOn: '2026-03-06',
    gains: {
      keywords: ['python', 'Stakeholder managements', 'Power BI'],
      payRanges: [{ role: 'Data analyst', level: 'senior', min: 700000, max: 900000, currency: 'NOK', period: 'year' }],
      openings: [{ what: 'Analyst team grows', where: 'Oslo', expectedBy: '2026-05-15' }],
    },
  });
  await interviewed(request, url, {
    name: 'Siti Rahma',
    title: 'Engineer',
    field: 'Energy',
    howKnown: 'linkedin_cold',
    organisation: 'Pertamina',
  });

  await page.goto(`${url}/insights`);
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();

  const funnel = page.getByRole('region', { name: 'Your requests, by how you know the person' });
  await expect(funnel.locator('canvas')).toBeVisible();
  const alumni = funnel.getByRole('row', { name: /Alumni/ });
  await expect(alumni.getByRole('cell')).toHaveText(['2', '2', '100%', '3 business days', '2']);
  const cold = funnel.getByRole('row', { name: /LinkedIn/ });
  await expect(cold.getByRole('cell')).toHaveText(['1', '0', '0%', '–', '0']);

  const keywords = page.getByRole('region', { name: 'Keywords for your CV' });
  await expect(keywords.getByRole('listitem')).toHaveCount(2);
  await expect(keywords.getByRole('listitem').filter({ hasText: 'Python' })).toContainText('2 advisors');
  await expect(keywords.getByText('Power BI')).toHaveCount(0);

  const pay = page.getByRole('region', { name: 'Pay by role and field' });
  await expect(pay.locator('canvas')).toBeVisible();
  await expect(
    pay
      .getByRole('row', { name: /Data analyst/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Energy');
  await expect(pay.getByRole('row', { name: /Data analyst/ })).toContainText('550,000');
  await expect(pay.getByRole('row', { name: /Data analyst/ })).toContainText('900,000');

  const openings = page.getByRole('region', { name: 'Openings on the horizon' });
  await expect(openings.getByRole('listitem').first()).toContainText('Analyst team grows');
  await expect(openings.getByRole('listitem').nth(1)).toContainText('Graduate programme');
  await page.screenshot({ path: test.info().outputPath(`insights-${test.info().project.name}.png`), fullPage: true });
});
