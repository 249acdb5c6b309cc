import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { isLocalDateTime, zonedToInstant } from '#domain/zoned-time';
import { feedIcs, meetingIcs, type IcsDueAction, type IcsMeeting } from './ics.ts';

type Component = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    uid: '5d0c7f3e-2b8a-4c1e-9f6d-1a2b3c4d5e6f@rapport',
    sequence: 0,
    start: '2026-12-01T10:00',
    timeZone: 'Europe/Oslo',
    durationMinutes: 20,
    summary: 'Informational interview with Ingrid Bergersen',
    location: 'Kaffebrenneriet, Storgata 1',
    description: 'Ask about the path into UX research.',
    url: 'https://meet.example.com/abc-defg-hij',
    cancelled: false,
    stamp: new Date('2026-11-20T08:15:30Z'),
    ...overrides,
  };
}

const dueAction: IcsDueAction = {
  uid: 'action-3b7-second-person@rapport',
  day: '2026-12-31',
  summary: 'Contact a second person at NAV',
  description: 'No reply from Ingrid after 3 business days.',
};

/**
 * Parses with ical.js alone, registering each VTIMEZONE of the file under its TZID, as a calendar
 * program that does not know the zone by name has to.
 */
function parseCalendar(text: string): Component {
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

afterEach(() => ICAL.TimezoneService.reset());

function onlyEvent(calendar: Component) {
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

function tzids(calendar: Component): string[] {
  return calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid')));
}

describe('meetingIcs', () => {
  it('round-trips the meeting through ical.js: UID, SEQUENCE, zoned start, duration, place, text and URL', () => {
    const text = meetingIcs(meeting({ sequence: 3 }));
    const calendar = parseCalendar(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rapport//Rapport//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');

    const event = onlyEvent(calendar);
    expect(event.uid).toBe('5d0c7f3e-2b8a-4c1e-9f6d-1a2b3c4d5e6f@rapport');
    expect(event.sequence).toBe(3);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Oslo');
    expect(event.startDate.toString()).toBe('2026-12-01T10:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(event.duration.toString()).toBe('PT20M');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T09:20:00.000Z');
    expect(event.summary).toBe('Informational interview with Ingrid Bergersen');
    expect(event.location).toBe('Kaffebrenneriet, Storgata 1');
    expect(event.description).toBe('Ask about the path into UX research.');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc-defg-hij');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-20T08:15:30Z');
    expect(event.component.getFirstPropertyValue('status')).toBeNull();
  });

  it('writes DURATION and no DTEND, in the PT20M form', () => {
    const text = meetingIcs(meeting({ durationMinutes: 90 }));
    expect(text).toContain('\r\nDURATION:PT1H30M\r\n');
    expect(text).not.toContain('DTEND');
    expect(meetingIcs(meeting())).toContain('\r\nDURATION:PT20M\r\n');
  });

  it('reads a summer meeting in Oslo as two hours ahead of UTC', () => {
    const event = onlyEvent(parseCalendar(meetingIcs(meeting({ start: '2026-06-15T10:00' }))));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-15T08:00:00.000Z');
  });

  it('keeps the TZID the user chose although the zone data is Berlin’s', () => {
    const text = meetingIcs(meeting());
    const calendar = parseCalendar(text);
    expect(tzids(calendar)).toEqual(['Europe/Oslo']);
    expect(text).not.toContain('Berlin');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20261201T100000\r\n');
    // The Outlook-friendly shape: one yearly DAYLIGHT and one yearly STANDARD observance.
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getAllSubcomponents().map((observance) => observance.name)).toEqual(['daylight', 'standard']);
    expect(vtimezone?.getAllSubcomponents().every((observance) => observance.hasProperty('rrule'))).toBe(true);
  });

  it('writes a meeting in UTC with a Z and no VTIMEZONE', () => {
    const text = meetingIcs(meeting({ timeZone: 'UTC' }));
    const calendar = parseCalendar(text);
    expect(tzids(calendar)).toEqual([]);
    expect(text).toContain('\r\nDTSTART:20261201T100000Z\r\n');
    expect(onlyEvent(calendar).startDate.toJSDate().toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('gives New York, Jakarta and Kolkata their own offsets', () => {
    const cases: [IcsMeeting['timeZone'], string, string][] = [
      ['America/New_York', '2026-12-01T10:00', '2026-12-01T15:00:00.000Z'],
      ['America/New_York', '2026-07-01T10:00', '2026-07-01T14:00:00.000Z'],
      ['Asia/Jakarta', '2026-07-01T10:00', '2026-07-01T03:00:00.000Z'],
      ['Asia/Kolkata', '2026-07-01T10:00', '2026-07-01T04:30:00.000Z'],
    ];
    for (const [timeZone, start, instant] of cases) {
      const calendar = parseCalendar(meetingIcs(meeting({ timeZone, start })));
      expect(tzids(calendar)).toEqual([timeZone]);
      expect(onlyEvent(calendar).startDate.toJSDate().toISOString(), `${start} ${timeZone}`).toBe(instant);
    }
  });

  it('builds the zone from Intl where the published rules are wrong (Casablanca is UTC+1 outside Ramadan)', () => {
    const text = meetingIcs(meeting({ timeZone: 'Africa/Casablanca' }));
    const calendar = parseCalendar(text);
    expect(tzids(calendar)).toEqual(['Africa/Casablanca']);
    expect(text).toContain('DTSTART;TZID=Africa/Casablanca:20261201T100000\r\n');
    expect(onlyEvent(calendar).startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('writes a time in the spring gap as the time after it', () => {
    const text = meetingIcs(meeting({ start: '2026-03-29T02:30' }));
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20260329T033000\r\n');
    expect(onlyEvent(parseCalendar(text)).startDate.toJSDate().toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('writes a time repeated in the autumn overlap in UTC, as the earlier of the two', () => {
    const text = meetingIcs(meeting({ start: '2026-10-25T02:30' }));
    expect(text).toContain('\r\nDTSTART:20261025T003000Z\r\n');
    expect(tzids(parseCalendar(text))).toEqual([]);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID and a higher SEQUENCE', () => {
    const scheduled = onlyEvent(parseCalendar(meetingIcs(meeting({ sequence: 1 }))));
    const calendar = parseCalendar(meetingIcs(meeting({ sequence: 2, cancelled: true })));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelled = onlyEvent(calendar);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.uid).toBe(scheduled.uid);
    expect(cancelled.sequence).toBeGreaterThan(scheduled.sequence);
  });

  it('leaves out an empty location, description and URL', () => {
    const text = meetingIcs(meeting({ location: '', description: '', url: null }));
    expect(text).not.toMatch(/^(LOCATION|DESCRIPTION|URL)[:;]/m);
  });

  it('keeps commas, semicolons, backslashes, new lines, emoji and Norwegian, German and Indonesian text', () => {
    const tricky = {
      summary: 'Kaffe med Åse Ødegård; «UX», design\\research 👩🏽‍💻 Straße, Jl. Sudirman 🇮🇩',
      location: 'Storgata 1, 0155 Oslo; 2. etasje\\B — ved 🚪',
      description: [
        'First line, with a comma; and a semicolon.',
        'Backslash \\ and \\n typed literally, "quotes" and a tab\there.',
        'Emoji across folds: 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀',
        'æøå'.repeat(40),
        'Tanya: apa yang Anda pelajari? Überraschung — grüße!',
      ].join('\n'),
      url: 'https://example.com/a;b,c?q=1,2;3',
    };
    const text = meetingIcs(meeting(tricky));
    const event = onlyEvent(parseCalendar(text));
    expect(event.summary).toBe(tricky.summary);
    expect(event.location).toBe(tricky.location);
    expect(event.description).toBe(tricky.description);
    expect(event.component.getFirstPropertyValue('url')).toBe(tricky.url);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('turns a carriage return into a new line and drops control characters that iCalendar cannot hold', () => {
    const event = onlyEvent(parseCalendar(meetingIcs(meeting({ description: 'a\r\nb\rc\u0000d\u0007e' }))));
    expect(event.description).toBe('a\nb\ncde');
  });

  it('cannot be broken into extra lines by a URL', () => {
    const text = meetingIcs(meeting({ url: 'https://example.com/a b\r\nX-EVIL:1' }));
    expect(text).not.toContain('\r\nX-EVIL');
    expect(onlyEvent(parseCalendar(text)).component.getFirstPropertyValue('url')).toBe(
      'https://example.com/a%20b%0D%0AX-EVIL:1',
    );
  });

  it('refuses an unknown zone, a length that is not whole positive minutes and an empty UID', () => {
    expect(() => meetingIcs(meeting({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ timeZone: 'Europe/Oslo;X-EVIL=1' }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ durationMinutes: 2.5 }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ uid: '' }))).toThrow(RangeError);
    expect(() => meetingIcs(meeting({ start: '2026-02-30T10:00' }))).toThrow(RangeError);
  });
});

describe('feedIcs', () => {
  const stamp = new Date('2026-11-21T06:00:00Z');

  it('holds every meeting, the cancelled ones marked, and each due action as an all-day entry', () => {
    const text = feedIcs({
      name: 'Rapport',
      meetings: [
        meeting({ uid: 'm1' }),
        meeting({ uid: 'm2', start: '2027-04-12T14:30', cancelled: true, sequence: 4 }),
        meeting({ uid: 'm3', timeZone: 'America/New_York', start: '2026-12-02T09:00' }),
        meeting({ uid: 'm4', timeZone: 'UTC' }),
      ],
      dueActions: [dueAction, { ...dueAction, uid: 'a2', day: '2027-01-04', description: '' }],
      stamp,
    });
    const calendar = parseCalendar(text);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Rapport');
    expect(tzids(calendar)).toEqual(['Europe/Oslo', 'America/New_York']);

    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual(['m1', 'm2', 'm3', 'm4', dueAction.uid, 'a2']);
    const [m1, m2, m3, m4, action, action2] = events as [IcalEvent, ...IcalEvent[]];
    expect(m1.startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(m2?.startDate.toJSDate().toISOString()).toBe('2027-04-12T12:30:00.000Z');
    expect(m2?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(m2?.sequence).toBe(4);
    expect(m3?.startDate.toJSDate().toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(m4?.startDate.toJSDate().toISOString()).toBe('2026-12-01T10:00:00.000Z');

    expect(action?.startDate.isDate).toBe(true);
    expect(action?.startDate.toString()).toBe('2026-12-31');
    expect(action?.endDate.toString()).toBe('2027-01-01');
    expect(action?.summary).toBe(dueAction.summary);
    expect(action?.description).toBe(dueAction.description);
    expect(action?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(action?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-21T06:00:00Z');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(action2?.component.hasProperty('description')).toBe(false);
  });

  it('writes each zone once however many meetings use it', () => {
    const text = feedIcs({
      name: 'Rapport',
      meetings: ['2026-12-01T10:00', '2027-06-01T10:00', '2027-12-01T10:00'].map((start, index) =>
        meeting({ uid: `m${index}`, start }),
      ),
      dueActions: [],
      stamp,
    });
    expect(text.match(/^BEGIN:VTIMEZONE\r$/gm)).toHaveLength(1);
    const instants = parseCalendar(text)
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component).startDate.toJSDate().toISOString());
    expect(instants).toEqual(['2026-12-01T09:00:00.000Z', '2027-06-01T08:00:00.000Z', '2027-12-01T09:00:00.000Z']);
  });

  it('covers Casablanca’s Ramadan change in a feed spanning it', () => {
    // Morocco sets its clocks back to UTC for Ramadan (about 7 February to 14 March 2027).
    const starts = ['2027-01-20T10:00', '2027-02-25T10:00', '2027-04-01T10:00'];
    const text = feedIcs({
      name: 'Rapport',
      meetings: starts.map((start, index) => meeting({ uid: `m${index}`, start, timeZone: 'Africa/Casablanca' })),
      dueActions: [],
      stamp,
    });
    const instants = parseCalendar(text)
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component).startDate.toJSDate().toISOString());
    expect(instants).toEqual(starts.map((start) => zonedToInstant(start, 'Africa/Casablanca').toISOString()));
    expect(instants[1]).toBe('2027-02-25T10:00:00.000Z');
  });

  it('escapes the calendar’s name like any text', () => {
    const calendar = parseCalendar(feedIcs({ name: 'Rapport; Ingrid, møter\\2027\nny', meetings: [], dueActions: [] }));
    // ical.js does not know X-WR-CALNAME and hands back its raw, escaped text.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Rapport\\; Ingrid\\, møter\\\\2027\\nny');
  });

  it('asks subscribers to read it again every hour', () => {
    const text = feedIcs({ name: 'Rapport', meetings: [], dueActions: [], stamp });
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
  });

  it('refuses a due action on a day that does not exist', () => {
    expect(() => feedIcs({ name: 'Rapport', meetings: [], dueActions: [{ ...dueAction, day: '2026-02-29' }] })).toThrow(
      RangeError,
    );
  });
});

const zones = [
  'Europe/Oslo',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Africa/Casablanca',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
];

const localStart = fc
  .record({
    year: fc.integer({ min: 2025, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ year, month, day, hour, minute }) => {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  })
  .filter(isLocalDateTime);

// Any code point but the control characters iCalendar's TEXT cannot hold (see ics.ts).
const text = fc
  .string({ unit: 'binary', maxLength: 200 })
  .map((value) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')); // eslint-disable-line no-control-regex

const arbitraryMeeting = fc.record({
  uid: fc
    .string({ minLength: 1, maxLength: 60 })
    .filter((uid) => uid.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(uid)), // eslint-disable-line no-control-regex
  sequence: fc.nat({ max: 1000 }),
  start: localStart,
  timeZone: fc.constantFrom(...zones),
  durationMinutes: fc.integer({ min: 1, max: 600 }),
  summary: text,
  location: text,
  description: text,
  url: fc.option(fc.webUrl(), { nil: null }),
  cancelled: fc.boolean(),
  stamp: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }),
});

function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A fold inside a surrogate pair would leave half an emoji at the end of one line.
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
}

function expectRoundTrip(event: IcalEvent, original: IcsMeeting): void {
  expect(event.uid).toBe(original.uid);
  expect(event.sequence).toBe(original.sequence);
  expect(event.startDate.toJSDate().toISOString()).toBe(
    zonedToInstant(original.start, original.timeZone).toISOString(),
  );
  expect(event.duration.toSeconds()).toBe(original.durationMinutes * 60);
  expect(event.summary ?? '').toBe(original.summary);
  expect(event.location ?? '').toBe(original.location);
  expect(event.description ?? '').toBe(original.description);
  expect(event.component.getFirstPropertyValue('url') ?? null).toBe(original.url);
  expect(event.component.getFirstPropertyValue('status') === 'CANCELLED').toBe(original.cancelled);
}

describe('properties', () => {
  it('writes every meeting as a file ical.js reads back exactly, in lines of at most 75 octets ending in CRLF', () => {
    fc.assert(
      fc.property(arbitraryMeeting, (original) => {
        const ics = meetingIcs(original);
        expectWellFormedLines(ics);
        const calendar = parseCalendar(ics);
        expect(calendar.getFirstPropertyValue('method')).toBe(original.cancelled ? 'CANCEL' : 'PUBLISH');
        expectRoundTrip(onlyEvent(calendar), original);
        ICAL.TimezoneService.reset();
      }),
      { numRuns: 300 },
    );
  });

  it('writes every feed as a file ical.js reads back exactly, one VTIMEZONE per zone', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryMeeting, { maxLength: 8 }),
        fc.string({ unit: 'binary', maxLength: 80 }),
        (meetings, name) => {
          const ics = feedIcs({ name, meetings, dueActions: [dueAction], stamp: new Date('2026-11-21T06:00:00Z') });
          expectWellFormedLines(ics);
          const calendar = parseCalendar(ics);
          const written = tzids(calendar);
          expect(new Set(written).size).toBe(written.length);
          const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
          expect(events).toHaveLength(meetings.length + 1);
          meetings.forEach((original, index) => expectRoundTrip(events[index] as IcalEvent, original));
          ICAL.TimezoneService.reset();
        },
      ),
      { numRuns: 100 },
    );
  });
});
