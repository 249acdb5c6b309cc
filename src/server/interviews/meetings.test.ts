import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Interview } from '#shared/interview.schema';
import type { Profile } from '#shared/profile.schema';
import type { Today } from '#shared/today.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('meetings, calendar files and the feed on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;
  let interview: Interview;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date('2026-11-30T09:00:00Z');
    api = createTestApp(database, { clock: () => now });
    const profile = (await (await api.send('GET', '/api/profile')).json()) as Profile;
    const saved = await api.send('PUT', '/api/profile', {
      ...withoutFeed(profile),
      country: 'NO',
      timeZone: 'Europe/Oslo',
    });
    expect(saved.status).toBe(200);
    const contact = await (
      await api.send(
        'POST',
        '/api/contacts',
        buildContactInput({ name: 'Åse Lund; "Energi", AS', organisation: 'Equinor' }),
      )
    ).json();
    interview = await (
      await api.send('POST', '/api/interviews', { contactId: contact.id, goal: 'Hear about trading' })
    ).json();
  });

  afterEach(async () => {
    await database.close();
  });

  const schedule = (body: Record<string, unknown>) =>
    api.send('PUT', `/api/interviews/${interview.id}/meeting`, {
      start: '2026-12-03T10:00',
      timeZone: 'Europe/Oslo',
      durationMinutes: 20,
      format: 'cafe',
      place: 'Café Ølhallen, Torggata 1; 2. etasje',
      version: interview.version,
      ...body,
    });

  const calendarOf = async (path: string) => {
    const response = await api.send('GET', path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const component = new ICAL.Component(ICAL.parse(await response.text()));
    for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return component;
  };

  it('schedules a meeting and downloads a calendar file with a stable UID', async () => {
    const response = await schedule({});
    expect(response.status).toBe(200);
    const scheduled = (await response.json()) as Interview;
    expect(scheduled.stage).toBe('scheduled');
    expect(scheduled.meeting).toMatchObject({ start: '2026-12-03T10:00', sequence: 0, durationMinutes: 20 });

    const calendar = await calendarOf(`/api/interviews/${interview.id}/meeting.ics`);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${scheduled.meeting!.id}@rapport`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(event.startDate.zone.tzid).toBe('Europe/Oslo');
    expect(event.location).toBe('Café Ølhallen, Torggata 1; 2. etasje');
    expect(event.summary).toContain('Åse Lund; "Energi", AS');
  });

  it('raises the SEQUENCE on a reschedule and on a cancellation, which carries METHOD:CANCEL', async () => {
    const first = (await (await schedule({})).json()) as Interview;
    const moved = (await (await schedule({ start: '2026-12-04T14:30', version: first.version })).json()) as Interview;
    expect(moved.meeting?.sequence).toBe(1);
    expect(moved.steps.at(-1)?.kind).toBe('rescheduled');
    const unchanged = (await (
      await schedule({ start: '2026-12-04T14:30', version: moved.version })
    ).json()) as Interview;
    expect(unchanged.meeting?.sequence).toBe(1);

    const cancel = await api.send('POST', `/api/interviews/${interview.id}/meeting/cancel`, {
      version: unchanged.version,
    });
    expect(cancel.status).toBe(200);
    const calendar = await calendarOf(`/api/interviews/${interview.id}/meeting.ics`);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.sequence).toBe(2);
    expect(event.uid).toBe(`${first.meeting!.id}@rapport`);
  });

  it('refuses a meeting in the past, an end before its start and an unknown time zone, saving nothing', async () => {
    const past = await schedule({ start: '2026-11-30T09:00' });
    expect(past.status).toBe(400);
    expect((await past.json()).error.fields).toEqual([{ field: 'start', rule: 'in_the_past' }]);
    const backwards = await schedule({ end: '2026-12-03T09:30' });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields).toEqual([{ field: 'end', rule: 'before_start' }]);
    const mars = await schedule({ timeZone: 'Mars/Olympus_Mons' });
    expect(mars.status).toBe(400);
    expect((await mars.json()).error.fields[0].field).toBe('timeZone');
    const nothing = (await (await api.send('GET', `/api/interviews/${interview.id}`)).json()) as Interview;
    expect(nothing.meeting).toBeNull();
    expect(nothing.stage).toBe('prospect');
  });

  it('takes the length from an end time on the same clock', async () => {
    const scheduled = (await (await schedule({ end: '2026-12-03T10:30' })).json()) as Interview;
    expect(scheduled.meeting?.durationMinutes).toBe(30);
  });

  it('reminds the day before to confirm, and on the day to leave early and bring the CV', async () => {
    await schedule({});
    now = new Date('2026-12-02T08:00:00Z');
    let today = (await (await api.send('GET', '/api/today')).json()) as Today;
    // The preparation checklist's own 'prepare' item is tested in src/server/preparation.
    const reminders = (items: Today['due']) => items.map((item) => item.kind).filter((kind) => kind !== 'prepare');
    expect(reminders(today.due)).toEqual(['confirm']);
    await api.send('POST', `/api/interviews/${interview.id}/meeting/reminders`, { reminder: 'confirm' });
    now = new Date('2026-12-03T06:00:00Z');
    today = (await (await api.send('GET', '/api/today')).json()) as Today;
    expect(reminders(today.due).sort()).toEqual(['bring_cv', 'leave_early', 'meeting']);
  });

  it('serves the feed only with the current token: wrong, renewed or revoked tokens answer 404', async () => {
    await schedule({});
    expect((await api.send('GET', '/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics')).status).toBe(404);
    const withFeed = (await (await api.send('POST', '/api/profile/feed-token')).json()) as Profile;
    expect(withFeed.feedPath).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await calendarOf(`${withFeed.feedPath}?lang=nb`);
    const events = feed.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary)).toContain('Informasjonsintervju med Åse Lund; "Energi", AS (Equinor)');

    const renewed = (await (await api.send('POST', '/api/profile/feed-token')).json()) as Profile;
    expect(renewed.feedPath).not.toBe(withFeed.feedPath);
    const old = await api.send('GET', withFeed.feedPath!);
    expect(old.status).toBe(404);
    expect(await old.text()).not.toContain('Equinor');
    await api.send('DELETE', '/api/profile/feed-token');
    expect((await api.send('GET', renewed.feedPath!)).status).toBe(404);
  });

  it('puts due follow-ups in the feed as all-day entries', async () => {
    await api.send('POST', `/api/interviews/${interview.id}/sent`, { channel: 'email', on: '2026-11-30', version: 1 });
    const { feedPath } = (await (await api.send('POST', '/api/profile/feed-token')).json()) as Profile;
    const feed = await calendarOf(feedPath!);
    const days = feed
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event))
      .filter((event) => event.startDate.isDate)
      .map((event) => event.startDate.toString());
    expect(days).toEqual(['2026-12-03', '2026-12-09']);
  });
});

/** The profile as a PUT takes it: without what the server derives. */
function withoutFeed(profile: Profile) {
  const { feedPath: _feedPath, today: _today, ...rest } = profile;
  return rest;
}

describe('the request log', () => {
  it('never writes the calendar feed token', async () => {
    const database = await testDatabases[0]!.open();
    try {
      const api = createTestApp(database);
      const { feedPath } = (await (await api.send('POST', '/api/profile/feed-token')).json()) as Profile;
      const token = /\/calendar\/(.+)\.ics$/.exec(feedPath!)?.[1];
      expect((await api.send('GET', feedPath!)).status).toBe(200);
      expect(api.logLines.join('\n')).toContain('/calendar/');
      expect(api.logLines.join('\n')).not.toContain(token);
    } finally {
      await database.close();
    }
  });
});
