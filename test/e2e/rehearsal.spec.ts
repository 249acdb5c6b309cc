import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// Rehearsing a phone request in the teleprompter, at desktop and phone size.

async function call(request: APIRequestContext, url: string, method: string, path: string, data?: unknown) {
  const response = await request.fetch(`${url}${path}`, { method, data, headers: { origin: url } });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as Record<string, unknown> & { id: string; version: number };
}

const script =
  'Hello Kari, this is Ingrid Berg.\nI study energy systems and I am calling because of your work on offshore wind.\nCould you spare 10-15 minutes to tell me how you got there?\nIs now a good time, or when would suit you better?';

test.use({ locale: 'en-GB' });

test('a user rehearses the phone script: Space starts and pauses, a finished run is counted, ticks stay in the browser', async ({
  page,
  rapport,
  request,
}) => {
  const contact = await call(request, rapport.url, 'POST', '/api/contacts', { name: 'Kari Nordmann' });
  const interview = await call(request, rapport.url, 'POST', '/api/interviews', { contactId: contact.id, goal: '' });
  await call(request, rapport.url, 'PUT', `/api/interviews/${interview.id}/draft`, {
    goal: '',
    draftKind: 'phone_script',
    draftSubject: '',
    draftBody: script,
    version: interview.version,
  });

  // The phone script's key points sit beside the editor, with the way to the teleprompter.
  await page.goto(`${rapport.url}/interviews/${interview.id}`);
  await expect(page.getByText('Key points of the call')).toBeVisible();
  await page.getByRole('link', { name: 'Rehearse the call' }).click();

  await expect(page.getByRole('heading', { name: 'Rehearse your call to Kari Nordmann' })).toBeVisible();
  await expect(page.getByRole('document', { name: 'Your phone script' })).toContainText(
    'Hello Kari, this is Ingrid Berg.',
  );
  await expect(page.getByText('0 runs so far')).toBeVisible();
  const clock = page.getByRole('timer', { name: 'Time of this run' });
  await expect(clock).toHaveText('0:00');

  // Space starts the run (the clock moves on) and pauses it (the button says so).
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(clock).not.toHaveText('0:00', { timeout: 5000 });
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Go on' })).toBeVisible();

  await page.getByRole('button', { name: 'Finish this run' }).click();
  await expect(page.getByText('1 run so far')).toBeVisible();
  await expect(clock).toHaveText('0:00');
  const counted = await call(request, rapport.url, 'GET', `/api/interviews/${interview.id}`);
  expect(counted.rehearsals).toBe(1);

  // Ticks: kept in this browser, surviving a reload, never sent to the server.
  await page.getByLabel('Who I am').check();
  await page.getByLabel('Only 10–15 minutes of their time').check();
  await expect(page.getByText('Your ticks stay in this browser only.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('rehearse.png'), fullPage: true });
  await page.reload();
  await expect(page.getByLabel('Who I am')).toBeChecked();
  await expect(page.getByLabel('Why I am calling')).not.toBeChecked();
  const stored = await page.evaluate((id) => localStorage.getItem(`rapport.rehearsal.${id}`), interview.id);
  expect(JSON.parse(stored ?? '[]')).toEqual(['whoIAm', 'shortTime']);
  const afterTicks = await call(request, rapport.url, 'GET', `/api/interviews/${interview.id}`);
  expect(JSON.stringify(afterTicks)).not.toContain('whoIAm');
  expect(afterTicks.version).toBe(counted.version);

  // Esc goes back to the interview.
  await page.locator('body').press('Escape');
  await expect(page).toHaveURL(new RegExp(`/interviews/${interview.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Interview with\s+Kari Nordmann/);
});

test('without a script of their own, the user rehearses the phone template filled in for the person', async ({
  page,
  rapport,
  request,
}) => {
  const contact = await call(request, rapport.url, 'POST', '/api/contacts', {
    name: 'Kari Nordmann',
    organisation: 'Havvind AS',
  });
  const interview = await call(request, rapport.url, 'POST', '/api/interviews', { contactId: contact.id, goal: '' });
  await page.goto(`${rapport.url}/interviews/${interview.id}/rehearse`);
  await expect(page.getByText('You have not written your own phone script yet')).toBeVisible();
  await expect(page.getByRole('document', { name: 'Your phone script' })).toContainText('Hello Kari Nordmann');
  await expect(page.getByRole('document', { name: 'Your phone script' })).toContainText('Havvind AS');
});
