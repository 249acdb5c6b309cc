import { join } from 'node:path';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import Database from 'better-sqlite3';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// Live mode for a 20-minute meeting, at desktop and phone size: the countdown from the server's
// start instant, the wrap-up cue at 15:00, notes saved per keystroke through a server restart and
// an outage, a refused megabyte that stays on screen, and a referral that joins the advisor's chain.

/** The server's clock starts on Tuesday 1 December 2026; the meeting is two days later. */
const NOW = '2026-12-01T09:00:00.000Z';
const minutesAfterNow = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

const test = testWithServer(NOW);

test.use({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });

const questions = [
  'What does a normal week look like for you?',
  'How did you get into energy trading?',
  'What do you wish you had known when you started?',
];

/** An advisor with a 20-minute meeting and a plan of three questions (written as the prepare page would). */
async function meetingWithPlan(request: APIRequestContext, url: string, dataDir: string) {
  const advisor = await api(request, url, 'POST', '/api/contacts', { name: 'Åse Lund', organisation: 'Equinor' });
  const interview = await api(request, url, 'POST', '/api/interviews', {
    contactId: advisor.id,
    goal: 'How energy traders plan a week',
  });
  await api(request, url, 'PUT', `/api/interviews/${interview.id}/meeting`, {
    start: '2026-12-03T10:00',
    timeZone: 'Europe/Oslo',
    durationMinutes: 20,
    format: 'cafe',
    place: 'Café Ølhallen',
    version: interview.version,
  });
  const db = new Database(join(dataDir, 'rapport.db'));
  try {
    const insert = db.prepare(
      `insert into plan_items (id, owner_id, interview_id, text, minutes, position, created_at, updated_at)
       values (?, 'local', ?, ?, 5, ?, ?, ?)`,
    );
    questions.forEach((text, position) => insert.run(`plan-${position}`, interview.id, text, position, NOW, NOW));
  } finally {
    db.close();
  }
  return { advisorId: advisor.id, interviewId: interview.id };
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}-${testInfo.project.name}.png`);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(`${name} (${testInfo.project.name})`, { path, contentType: 'image/png' });
}

const noteOf = (page: Page, question: string) => page.getByRole('textbox', { name: `Quick note: ${question}` });
const saveState = (page: Page) => page.getByTestId('save-state');

test('a live conversation keeps time, cues the wrap-up, and keeps every saved note through a restart', async ({
  page,
  rapport,
  request,
}, testInfo) => {
  const { advisorId, interviewId } = await meetingWithPlan(request, rapport.url, rapport.dataDir);
  await page.clock.install({ time: new Date(NOW) });

  await page.goto(`${rapport.url}/interviews/${interviewId}`);
  await page.getByRole('link', { name: 'Start live mode' }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/live$`));
  await expect(page.getByLabel('Planned length (minutes)')).toHaveValue('20');
  await page.getByRole('button', { name: 'Start the clock' }).click();
  await expect(page.getByRole('timer')).toContainText(/^(20:00|19:5\d)/);
  await expect(page.getByTestId('wrap-up-cue')).toHaveCount(0);

  // Notes, a star and a tick, each saved as it is made.
  await page.getByRole('checkbox', { name: `Asked: 1. ${questions[0]}` }).check();
  await noteOf(page, questions[1]!).fill('Started as an analyst; moved to the desk after two years');
  await page.getByRole('button', { name: 'Star: this mattered' }).nth(1).click();
  await page.getByRole('textbox', { name: 'Free notes' }).fill('Graduate scheme opens in March');
  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');

  // Five minutes before the end the wrap-up line appears, in the user's language.
  await page.clock.fastForward('15:00');
  const cue = page.getByTestId('wrap-up-cue');
  await expect(cue).toContainText('Five minutes left');
  await expect(cue).toContainText('I want to respect your time.');
  await expect(page.getByRole('timer')).toContainText(/^(5:00|4:5\d)/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await attachScreenshot(page, testInfo, 'live-cue');

  // The server is unreachable for a moment: the note stays on this device and goes out after.
  await page.route('**/api/interviews/*/conversation/**', (route) => route.abort('internetdisconnected'));
  await noteOf(page, questions[2]!).fill('Learn the market rules early');
  await expect(saveState(page)).toHaveText('Offline: kept on this device, will send when back');
  await page.unrouteAll();
  await page.clock.runFor(5_000);
  await expect(saveState(page)).toHaveText('Saved');

  // A megabyte of notes is refused with a clear message; the text stays in the editor.
  const megabyte = 'x'.repeat(1_000_000);
  const freeNotes = page.getByRole('textbox', { name: 'Free notes' });
  await freeNotes.fill(megabyte);
  await expect(saveState(page)).toContainText('Not saved: Free notes is too long: at most 100,000 characters.');
  await expect(freeNotes).toHaveValue(megabyte);
  await freeNotes.fill('Graduate scheme opens in March; ask Kari about it');
  await expect(saveState(page)).toHaveText('Saved');

  // The server stops mid-meeting and comes back a minute later on the clock.
  const { url } = await rapport.restart({ now: minutesAfterNow(16) });
  await page.goto(`${url}/interviews/${interviewId}/live`);
  await expect(noteOf(page, questions[1]!)).toHaveValue('Started as an analyst; moved to the desk after two years');
  await expect(noteOf(page, questions[2]!)).toHaveValue('Learn the market rules early');
  await expect(page.getByRole('checkbox', { name: `Asked: 1. ${questions[0]}` })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Star: this mattered' }).nth(1)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('textbox', { name: 'Free notes' })).toHaveValue(
    'Graduate scheme opens in March; ask Kari about it',
  );
  await expect(page.getByRole('button', { name: 'Questions', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // The countdown kept running from the start instant: about four minutes left, still cued.
  await expect(page.getByRole('timer')).toContainText(/^(4:\d\d|3:5\d)/);
  await expect(page.getByTestId('wrap-up-cue')).toBeVisible();

  // A referral, with permission to mention the advisor.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Kari Nordmann');
  await page.getByRole('checkbox', { name: 'Åse Lund said I may mention their name' }).check();
  await page.getByRole('button', { name: 'Add referral' }).click();
  const referral = page.getByRole('listitem').filter({ hasText: 'Kari Nordmann' });
  await expect(referral).toContainText('may mention Åse Lund');
  await page.evaluate(() => window.scrollTo(0, 0));
  await attachScreenshot(page, testInfo, 'live-after-restart');

  // Ending leads on to the report; the interview is held.
  await page.getByRole('button', { name: 'End conversation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End conversation' }).click();
  await expect(page.getByRole('link', { name: 'Write the report' })).toHaveAttribute(
    'href',
    `/interviews/${interviewId}/report`,
  );
  const held = await api(request, url, 'GET', `/api/interviews/${interviewId}`);
  expect(held.stage).toBe('held');

  // The referral sits in the advisor's referral chain.
  await page.goto(`${url}/contacts/${advisorId}`);
  const chain = page.getByRole('region', { name: 'Referral chain' });
  await expect(chain.getByRole('link', { name: 'Kari Nordmann' })).toBeVisible();
});

test('an empty plan points to the prepare page and free notes still save', async ({ page, rapport, request }) => {
  const advisor = await api(request, rapport.url, 'POST', '/api/contacts', { name: 'Ola Berg' });
  const interview = await api(request, rapport.url, 'POST', '/api/interviews', { contactId: advisor.id, goal: 'x' });
  await page.goto(`${rapport.url}/interviews/${interview.id}/live`);
  await expect(page.getByText('No questions are planned for this conversation yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prepare the questions' })).toHaveAttribute(
    'href',
    `/interviews/${interview.id}/prepare`,
  );
  await page.getByLabel('Planned length (minutes)').fill('600');
  await page.getByRole('button', { name: 'Start the clock' }).click();
  await expect(page.getByRole('alert')).toContainText('Planned length must be at most 240.');
  await page.getByRole('textbox', { name: 'Free notes' }).fill('Met by chance at the fair');
  await expect(saveState(page)).toHaveText('Saved');
  // Escape leaves the text alone.
  await page.getByRole('textbox', { name: 'Free notes' }).press('Escape');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Free notes' })).toHaveValue('Met by chance at the fair');
});
