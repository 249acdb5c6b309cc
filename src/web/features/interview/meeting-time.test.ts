import { describe, expect, it } from 'vitest';
import { translatorFor } from '#shared/i18n/translator';
import { formatMeetingWhen, meetingInstants, offeredSlotsLabel, offeredSlotsSentence } from './meeting-time.ts';

describe('the sentence that offers an advisor two or three times', () => {
  const slots = ['2026-12-03T14:00', '2026-12-01T10:00'];

  it('reads naturally in each language, earliest time first', () => {
    expect(offeredSlotsSentence(slots, null, 'en', translatorFor('en'))).toBe(
      'Would Tuesday 1 December at 10:00 or Thursday 3 December at 14:00 suit you?',
    );
    expect(offeredSlotsSentence(slots, null, 'nb', translatorFor('nb'))).toBe(
      'Passer det for deg tirsdag 1. desember kl. 10.00 eller torsdag 3. desember kl. 14.00?',
    );
    expect(offeredSlotsSentence(slots, null, 'de', translatorFor('de'))).toBe(
      'Würde es Ihnen am Dienstag, 1. Dezember, um 10:00 Uhr oder am Donnerstag, 3. Dezember, um 14:00 Uhr passen?',
    );
    expect(offeredSlotsSentence(slots, null, 'id', translatorFor('id'))).toBe(
      'Apakah Bapak/Ibu berkenan bertemu hari Selasa, 1 Desember pukul 10.00 atau hari Kamis, 3 Desember pukul 14.00?',
    );
  });

  it('lists three times with the language’s own “or”, and names the city when the zone is not the user’s', () => {
    const three = [...slots, '2026-12-04T09:30'];
    expect(offeredSlotsSentence(three, 'New York', 'en', translatorFor('en'))).toBe(
      'Would Tuesday 1 December at 10:00, Thursday 3 December at 14:00, or Friday 4 December at 9:30 suit you? (All times are New York time.)',
    );
    expect(offeredSlotsSentence(three, 'Jakarta', 'nb', translatorFor('nb'))).toBe(
      'Passer det for deg tirsdag 1. desember kl. 10.00, torsdag 3. desember kl. 14.00 eller fredag 4. desember kl. 9.30? (Tidspunktene er oppgitt i Jakarta-tid.)',
    );
  });

  it('shows an offered time short, on the clock it was typed on', () => {
    expect(offeredSlotsLabel('2026-12-03T14:00', 'en')).toMatch(/^Thu, Dec 3, 2:00\sPM$/);
    expect(offeredSlotsLabel('2026-12-03T14:00', 'nb')).toMatch(/^tor\.? 3\. des\.?,? (kl\. )?14[:.]00$/);
  });
});

describe('a meeting’s time', () => {
  it('reads in its own zone and on another clock, across the date line', () => {
    const times = meetingInstants('2026-12-01T10:00', 'Asia/Jakarta', 20);
    const t = translatorFor('en');
    expect(formatMeetingWhen(times, 'Asia/Jakarta', 'en', t)).toMatch(
      /^Tuesday, December 1, 2026, 10:00\sAM–10:20\sAM$/,
    );
    expect(formatMeetingWhen(times, 'America/Los_Angeles', 'en', t)).toMatch(
      /^Monday, November 30, 2026, 7:00\sPM–7:20\sPM$/,
    );
  });
});
