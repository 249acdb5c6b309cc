import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Preparing a conversation: the dossier, the checklist and "mark as prepared", a suggested plan
// reordered with the keyboard against the meeting's length, and the pitch's rehearsal timer.

/** Wednesday 2 December 2026, 09:00 in Oslo: the meeting is tomorrow, so Today asks to prepare. */
const NOW = '2026-12-02T08:00:00.000Z';

const test = testWithServer(NOW);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

/** A user in Oslo with a 20-minute meeting with Ingrid tomorrow at 10:00. */
async function scheduledMeeting(request: APIRequestContext, url: string): Promise<string> {
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
  const contact = await api(request, url, 'POST', '/api/contacts', {
    name: 'Ingrid Bergersen',
    pronunciation: 'ING-rid BER-ger-sen',
    title: 'Hydropower trader',
    organisation: 'Statkraft',
    howKnown: 'alumni',
  });
  const interview = await api(request, url, 'POST', '/api/interviews', {
    contactId: contact.id,
    goal: 'How hydropower traders plan a week',
  });
  await api(request, url, 'PUT', `/api/interviews/${interview.id}/meeting`, {
    start: '2026-12-03T10:00',
    timeZone: 'Europe/Oslo',
    durationMinutes: 20,
    format: 'cafe',
    place: 'Kaffebrenneriet, Lilleakerveien 6',
    version: interview.version,
  });
  return interview.id;
}

/** A full-page screenshot in the test's output (the desktop project is 1280x800, the phone 360x740). */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function planOrder(request: APIRequestContext, url: string, id: string): Promise<string[]> {
  const plan = (await api(request, url, 'GET', `/api/interviews/${id}/plan`)) as unknown as {
    items: Array<{ text: string }>;
  };
  return plan.items.map((item) => item.text);
}

test('prepares a meeting: dossier, checklist, a reordered plan that fits, and a rehearsed pitch', async ({
  page,
  rapport,
  request,
}, testInfo) => {
  const id = await scheduledMeeting(request, rapport.url);

  // Today asks to prepare the day before.
  await page.goto(`${rapport.url}/`);
  await expect(page.getByRole('link', { name: /Get ready for your meeting with Ingrid Bergersen/ })).toHaveAttribute(
    'href',
    `/interviews/${id}/prepare`,
  );

  // From the interview page to the preparation page.
  await page.goto(`${rapport.url}/interviews/${id}`);
  await page.getByRole('link', { name: 'Prepare the conversation' }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/prepare$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Prepare for Ingrid Bergersen' })).toBeVisible();
  await expect(page.getByText('ING-rid BER-ger-sen')).toBeVisible();
  await expect(page.getByText('How hydropower traders plan a week')).toBeVisible();

  // The dossier saves as the user types.
  await page.getByLabel('What I want to leave knowing').fill('Whether juniors start on the trading desk');
  await expect(page.locator('.notes-head').getByRole('status')).toHaveText(/Saved/);

  // An empty plan says what to do; a suggested plan fills it and fits the 20 minutes.
  await expect(page.getByText('No questions yet')).toBeVisible();
  await page.getByRole('button', { name: 'Explore a field' }).click();
  const rows = page.locator('.plan-list > li');
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('plan-timing')).toContainText('Fits the 20 minutes exactly.');

  // Reorder with the keyboard: the first question moves down twice, each move announced.
  const before = await planOrder(request, rapport.url, id);
  const first = before[0]!;
  await page.getByRole('button', { name: `Move down: ${first}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-announcement')).toHaveText(`“${first}” is now number 2 of 7.`);
  await expect(page.getByRole('button', { name: `Move down: ${first}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-announcement')).toHaveText(`“${first}” is now number 3 of 7.`);
  await expect(rows.nth(2)).toContainText(first);
  await expect
    .poll(() => planOrder(request, rapport.url, id))
    .toEqual([before[1], before[2], first, ...before.slice(3)]);

  // Dragging works too (with a mouse; the phone uses the buttons above).
  if (testInfo.project.name === 'desktop') {
    await rows.nth(2).dragTo(rows.nth(0));
    await expect(page.getByTestId('plan-announcement')).toHaveText(`“${first}” is now number 1 of 7.`);
    await expect.poll(() => planOrder(request, rapport.url, id)).toEqual(before);
  }

  // One more question from the bank, filtered by category: now the plan runs over.
  await page.getByLabel('Category').selectOption({ label: 'Pay ranges' });
  await page.locator('.bank-list li').filter({ hasNotText: 'In the plan' }).first().getByRole('button').click();
  await expect(rows).toHaveCount(8);
  await expect(page.getByTestId('plan-timing')).toContainText(/Over by \d+ minutes?/);

  // The checklist, ticked with the keyboard and the mouse; complete, it offers "mark as prepared".
  const checklist = page.locator('.checklist-card');
  await checklist.getByRole('checkbox').first().focus();
  await page.keyboard.press('Space');
  await expect(checklist.getByRole('checkbox').first()).toBeChecked();
  for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  await expect(checklist).toContainText('8 of 8 done');
  await checklist.getByRole('button', { name: 'Mark as prepared' }).click();
  await expect(checklist).toContainText('This interview is marked as prepared.');
  await attachScreenshot(page, testInfo, `prepare-${testInfo.project.name}`);

  // The pitch: word count and estimate, and the rehearsal timer started and paused with Space.
  await page
    .getByRole('textbox', { name: 'Elevator pitch' })
    .fill('I spent five years running the control room of a regional grid and now want to learn how power is traded.');
  await expect(page.locator('#pitch-facts')).toContainText('21 words');
  await expect(page.locator('.pitch-card').getByRole('status')).toHaveText(/Saved/);
  await page.getByRole('heading', { name: 'Rehearse it' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('heading', { name: 'Rehearse it' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Go on' })).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('of 0:30');
  await page.getByLabel('60 seconds').check();
  await expect(page.getByRole('timer')).toContainText('of 1:00');

  // Everything is still there after a reload, and the stage moved on.
  await page.reload();
  await expect(page.getByLabel('What I want to leave knowing')).toHaveValue(
    'Whether juniors start on the trading desk',
  );
  await expect(page.getByRole('textbox', { name: 'Elevator pitch' })).toHaveValue(/control room/);
  await expect(rows).toHaveCount(8);
  const interview = await api(request, rapport.url, 'GET', `/api/interviews/${id}`);
  expect(interview.stage).toBe('prepared');

  await attachScreenshot(page, testInfo, `prepare-${testInfo.project.name}-after-reload`);
});
