import { expect, test } from './server-fixture.ts';

// Settings › About you, Calendar and routine, and the calendar feed, at desktop and phone size.

test.use({ locale: 'en-GB', timezoneId: 'Asia/Jakarta' });

test('a user fills in who they are and how their calendar counts, and it is kept', async ({
  page,
  rapport,
  request,
}) => {
  await page.goto(`${rapport.url}/settings`);
  const about = page.getByRole('form', { name: 'About you' });
  await about.getByLabel('Your name').fill('Kari Nordmann');
  await about.getByLabel('What you study or do').fill('a master’s student in marine biology');
  await about.getByLabel('The field you explore').fill('offshore wind');
  await about.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeAttached();

  const calendar = page.getByRole('form', { name: 'Calendar and routine' });
  await calendar.getByLabel('Public holidays of').selectOption({ label: 'Norway' });
  // The device's zone (this browser runs in Jakarta) is one click away.
  await calendar.getByRole('button', { name: 'Use this device’s zone (Asia/Jakarta)' }).click();
  await expect(calendar.getByLabel('Time zone')).toHaveValue('Asia/Jakarta');
  await expect(calendar.getByRole('button', { name: /Use this device’s zone/ })).toHaveCount(0);
  await calendar.getByRole('radio', { name: /7\+7/ }).check();
  await calendar.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' }).first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('settings-profile.png'), fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Kari Nordmann');
  await expect(page.getByLabel('Public holidays of')).toHaveValue('NO');
  await expect(page.getByRole('radio', { name: /7\+7/ })).toBeChecked();
  const profile = await (await request.get(`${rapport.url}/api/profile`)).json();
  expect(profile).toMatchObject({
    myName: 'Kari Nordmann',
    myBackground: 'a master’s student in marine biology',
    myField: 'offshore wind',
    country: 'NO',
    timeZone: 'Asia/Jakarta',
    routine: '7+7',
  });

  // An unknown zone is explained on its field and not saved.
  await page.getByLabel('Time zone').fill('Atlantis/Capital');
  await page.getByRole('form', { name: 'Calendar and routine' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Time zone has a value Rapport cannot use.')).toBeVisible();
  expect((await (await request.get(`${rapport.url}/api/profile`)).json()).timeZone).toBe('Asia/Jakarta');
});

test('a user creates the calendar feed, subscribes, and renewing it stops the old address', async ({
  page,
  rapport,
  request,
}) => {
  await page.goto(`${rapport.url}/settings`);
  const feed = page.getByRole('region', { name: 'Calendar feed' });
  await expect(feed.getByText('Anyone who has this address can read your meetings')).toBeVisible();
  await feed.getByRole('button', { name: 'Create a feed address' }).click();
  const address = feed.getByLabel('Feed address');
  await expect(address).toHaveValue(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{20,}\.ics\?lang=en$/);
  const first = await address.inputValue();
  expect(first.startsWith(rapport.url)).toBe(true);
  const served = await request.get(first);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await served.text()).toContain('BEGIN:VCALENDAR');
  await page.screenshot({ path: test.info().outputPath('settings-feed.png'), fullPage: true });

  await feed.getByRole('button', { name: 'Renew the address' }).click();
  await page
    .getByRole('dialog', { name: 'Renew the feed address?' })
    .getByRole('button', { name: 'Renew the address' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'New address created.' })).toBeAttached();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);

  await feed.getByRole('button', { name: 'Turn off the feed' }).click();
  await page
    .getByRole('dialog', { name: 'Turn off the calendar feed?' })
    .getByRole('button', { name: 'Turn off the feed' })
    .click();
  await expect(feed.getByRole('button', { name: 'Create a feed address' })).toBeVisible();
  expect((await request.get(second)).status()).toBe(404);
});
