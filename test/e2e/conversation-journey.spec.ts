import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { callApi as api, expect, testWithServer } from './server-fixture.ts';

// The whole of issue 5 as one user does it, in a browser set to Norwegian (bokmål): a meeting
// scheduled for tomorrow is prepared from Today, held in live mode (the wrap-up cue, a server
// restart mid-meeting, a referral), written up in the report with its gains and Markdown file,
// thanked for, and then followed through: the referral chain, "connect on LinkedIn" and, three
// months on, keeping in touch. The server's clock moves by restarts with RAPPORT_NOW; the
// browser's by page.clock.

/** Wednesday 2 December 2026, 09:00 in Oslo: the meeting is tomorrow, so Today asks to prepare. */
const DAY_BEFORE = '2026-12-02T08:00:00.000Z';
/** Thursday 3 December 2026, 10:00 in Oslo: the meeting begins. */
const MEETING = '2026-12-03T09:00:00.000Z';
const minutesIntoMeeting = (minutes: number) => new Date(Date.parse(MEETING) + minutes * 60_000).toISOString();
/** Thursday 4 March 2027: three months and a day after the conversation. */
const MARCH = '2027-03-04T08:00:00.000Z';

const test = testWithServer(DAY_BEFORE);

test.use({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', acceptDownloads: true });

const ADVISOR = 'Åse Lund';
const REFERRAL = 'Jonas Berg';
const NOTE = 'Juniorer starter som analytikere; en sommerjobb åpner døra.';

/** Ola in Oslo, with a 20-minute meeting with Åse tomorrow at 10:00. */
async function scheduledMeeting(request: APIRequestContext, url: string) {
  const profile = await api(request, url, 'GET', '/api/profile');
  await api(request, url, 'PUT', '/api/profile', {
    myName: 'Ola Hansen',
    myBackground: '',
    myField: '',
    country: 'NO',
    timeZone: 'Europe/Oslo',
    routine: '3b7',
    version: profile.version,
  });
  const advisor = await api(request, url, 'POST', '/api/contacts', {
    name: ADVISOR,
    title: 'Krafthandler',
    organisation: 'Equinor',
    emails: ['ase@example.no'],
  });
  const interview = await api(request, url, 'POST', '/api/interviews', {
    contactId: advisor.id,
    goal: 'Hvordan krafthandlere planlegger uka',
  });
  await api(request, url, 'PUT', `/api/interviews/${interview.id}/meeting`, {
    start: '2026-12-03T10:00',
    timeZone: 'Europe/Oslo',
    durationMinutes: 20,
    format: 'cafe',
    place: 'Kaffebrenneriet, Lilleakerveien 6',
    version: interview.version,
  });
  return { advisorId: advisor.id, interviewId: interview.id };
}

/** What the user sees at that moment, in the test's output (desktop 1280x800, phone 360x740). */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  const path = testInfo.outputPath(`${name}-${testInfo.project.name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(`${name} (${testInfo.project.name})`, { path, contentType: 'image/png' });
}

const dueSection = (page: Page) => page.getByRole('region', { name: /^Å gjøre nå/ });
const saveState = (page: Page) => page.getByTestId('save-state');

test('a Norwegian user takes one interview from the scheduled meeting through preparation, live mode, the report and the thank-you to keeping in touch', async ({
  page,
  rapport,
  request,
}, testInfo) => {
  // One long journey with four server starts: more than the default 30 seconds, never a wait on time.
  test.setTimeout(150_000);
  const { advisorId, interviewId } = await scheduledMeeting(request, rapport.url);
  let url = rapport.url;
  // The browser's clock is ours to move from here on: it runs on by itself until fast-forwarded.
  await page.clock.install({ time: new Date(DAY_BEFORE) });

  // 1. The day before: Today asks to prepare, and leads to the prepare page.
  await page.goto(`${url}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'I dag' })).toBeVisible();
  const prepareItem = page.getByRole('link', {
    name: `Gjør deg klar til møtet med ${ADVISOR}: gå gjennom sjekklisten`,
  });
  await expect(prepareItem).toHaveAttribute('href', `/interviews/${interviewId}/prepare`);
  await attachScreenshot(page, testInfo, 'journey-today-prepare');
  await prepareItem.click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/prepare$`));
  await expect(page.getByRole('heading', { level: 1, name: `Forbered samtalen med ${ADVISOR}` })).toBeVisible();

  // A suggested plan that fills the 20 minutes.
  await expect(page.getByText('Ingen spørsmål ennå')).toBeVisible();
  await page.getByRole('button', { name: 'Utforske et fagfelt' }).click();
  await expect(page.locator('.plan-list > li')).toHaveCount(7);
  await expect(page.getByTestId('plan-timing')).toContainText('Fyller de 20 minuttene nøyaktig.');

  // The checklist, ticked item by item; then "mark as prepared".
  const checklist = page.locator('.checklist-card');
  for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  await expect(checklist).toContainText('8 av 8 gjort');
  await checklist.getByRole('button', { name: 'Merk som forberedt' }).click();
  await expect(checklist).toContainText('Intervjuet er merket som forberedt.');
  await attachScreenshot(page, testInfo, 'journey-prepared');

  // 2. The meeting day, 10:00: live mode from the interview page.
  ({ url } = await rapport.restart({ now: MEETING }));
  await page.clock.setSystemTime(new Date(MEETING));
  await page.goto(`${url}/interviews/${interviewId}`);
  await expect(page.locator('.interview-header .stage')).toHaveText('Forberedt');
  await page.getByRole('link', { name: 'Start live-modus' }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/live$`));
  await expect(page.getByLabel('Planlagt varighet (minutter)')).toHaveValue('20');
  await page.getByRole('button', { name: 'Start klokka' }).click();
  await expect(page.getByRole('timer')).toContainText(/^(20:00|19:5\d)/);
  await expect(page.getByTestId('wrap-up-cue')).toHaveCount(0);

  // A tick, a note and a star, each saved as it is made.
  await page.getByRole('checkbox', { name: /^Stilt: 1\./ }).check();
  const note = page.getByRole('textbox', { name: /^Kort notat:/ }).nth(1);
  await note.fill(NOTE);
  const star = page.getByRole('button', { name: 'Stjerne: dette var viktig' }).nth(1);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(saveState(page)).toHaveText('Lagret');

  // Five minutes before the end: the cue with the wrap-up line in Norwegian.
  await page.clock.fastForward('15:00');
  const cue = page.getByTestId('wrap-up-cue');
  await expect(cue).toContainText('Fem minutter igjen');
  await expect(cue).toContainText('Jeg vil ikke ta mer av tiden din enn vi avtalte.');
  await expect(page.getByRole('timer')).toContainText(/^(5:00|4:5\d)/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await attachScreenshot(page, testInfo, 'journey-live-cue', false);

  // The server stops mid-meeting and comes back a minute later; a reload finds everything.
  ({ url } = await rapport.restart({ now: minutesIntoMeeting(16) }));
  await page.goto(`${url}/interviews/${interviewId}/live`);
  await expect(page.getByRole('textbox', { name: /^Kort notat:/ }).nth(1)).toHaveValue(NOTE);
  await expect(page.getByRole('button', { name: 'Stjerne: dette var viktig' }).nth(1)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('checkbox', { name: /^Stilt: 1\./ })).toBeChecked();
  await expect(page.getByRole('timer')).toContainText(/^(4:\d\d|3:5\d)/);
  await expect(page.getByTestId('wrap-up-cue')).toBeVisible();

  // A referral, with Åse's permission to mention her name.
  const referrals = page.getByRole('region', { name: 'Anbefalte kontakter' });
  await referrals.getByRole('textbox', { name: 'Navn', exact: true }).fill(REFERRAL);
  await referrals.getByRole('checkbox', { name: `${ADVISOR} sa at jeg kan nevne navnet deres` }).check();
  await referrals.getByRole('button', { name: 'Legg til', exact: true }).click();
  await expect(referrals.getByRole('listitem').filter({ hasText: REFERRAL })).toContainText(`kan nevne ${ADVISOR}`);
  await attachScreenshot(page, testInfo, 'journey-live-after-restart');

  // Ending the conversation leads on to the report.
  await page.getByRole('button', { name: 'Avslutt samtalen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Avslutt samtalen' }).click();
  const toReport = page.getByRole('link', { name: 'Skriv rapporten' });
  await expect(toReport).toHaveAttribute('href', `/interviews/${interviewId}/report`);
  await toReport.click();

  // 3. The report: the outline leads with the starred note.
  await expect(page.getByRole('heading', { name: `Etter samtalen med ${ADVISOR}` })).toBeVisible();
  const editor = page.getByLabel('Rapporten din');
  await expect(editor).toHaveValue(new RegExp(`★ \\*\\*viktig:\\*\\* ${NOTE.replace(/[.;]/g, '\\$&')}`));
  await expect(page.getByText('Ikke lagret ennå')).toBeVisible();

  // One pay range, refused while the minimum is above the maximum, then fixed and saved.
  await page.getByRole('button', { name: 'Legg til lønnsnivå' }).click();
  const pay = page.getByRole('group', { name: 'Lønnsnivå 1' });
  await pay.getByLabel('Rolle', { exact: true }).fill('Analytiker');
  await pay.getByLabel('Nivå', { exact: true }).fill('Junior');
  await pay.getByLabel('Fra', { exact: true }).fill('700 000');
  await pay.getByLabel('Til', { exact: true }).fill('550 000');
  await pay.getByLabel('Valuta', { exact: true }).fill('nok');
  const save = page.getByRole('button', { name: 'Lagre', exact: true }).first();
  await save.click();
  await expect(pay.getByText('Lønn fra: minimum er høyere enn maksimum.')).toBeVisible();
  await expect(page.getByText('Ikke lagret: rett opp 1 merket felt først.')).toBeVisible();
  await attachScreenshot(page, testInfo, 'journey-report-pay-error');
  await pay.getByLabel('Til', { exact: true }).fill('800 000');
  await save.click();
  await expect(page.getByText('Alt er lagret')).toBeVisible();
  await expect(pay.getByText('Lønn fra: minimum er høyere enn maksimum.')).toHaveCount(0);

  // The Markdown download holds the note and the pay range.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned Markdown' }).click(),
  ]);
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain(`# Samtale med ${ADVISOR}, Equinor`);
  expect(markdown).toContain(NOTE);
  expect(markdown).toMatch(/\| Analytiker \| Junior \| 700\s000 \| 800\s000 \| NOK \| år \|/);

  // The thank-you note names Åse and the starred learning; marked as sent, the stage is "thanked".
  const thanks = page.getByRole('region', { name: 'Takkemelding' });
  const body = thanks.getByLabel('Melding');
  await expect(body).toHaveValue(/^Hei Åse,/);
  await expect(body).toHaveValue(new RegExp(`\\n- ${NOTE.replace(/[.;]/g, '\\$&')}\\n`));
  await expect(body).toHaveValue(/Ola Hansen$/);
  await attachScreenshot(page, testInfo, 'journey-thank-you');
  await thanks.getByRole('button', { name: 'Merk som sendt' }).click();
  await expect(thanks.getByText('Sendt 3. desember 2026. Bra jobbet.')).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til intervjuet' }).click();
  await expect(page.locator('.interview-header .stage')).toHaveText('Takket');

  // 4. The referral sits in Åse's referral chain.
  await page.locator('.interview-header').getByRole('link', { name: ADVISOR }).click();
  await expect(page).toHaveURL(new RegExp(`/contacts/${advisorId}$`));
  const chain = page.getByRole('region', { name: 'Henvisningskjede' });
  await expect(chain.getByRole('link', { name: REFERRAL })).toBeVisible();
  await attachScreenshot(page, testInfo, 'journey-referral-chain');

  // After the meeting Today asks to connect on LinkedIn, and no longer for the thank-you note.
  await page.goto(`${url}/`);
  await expect(
    dueSection(page)
      .getByRole('listitem')
      .filter({ hasText: `Koble deg til ${ADVISOR} på LinkedIn` }),
  ).toBeVisible();
  await expect(page.getByText(`Send ${ADVISOR} en takk i dag`)).toHaveCount(0);

  // Three months on, Today asks to get back in touch with Åse.
  ({ url } = await rapport.restart({ now: MARCH }));
  await page.goto(`${url}/`);
  await expect(
    dueSection(page)
      .getByRole('listitem')
      .filter({ hasText: `Ta kontakt med ${ADVISOR} igjen` }),
  ).toBeVisible();
  await attachScreenshot(page, testInfo, 'journey-keep-in-touch');
});
