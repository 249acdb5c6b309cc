import { describe, expect, it } from 'vitest';
import { weekendsOnly, type HolidayCalendar } from './business-days.ts';
import { labelForContact, replyLabel } from './reply-label.ts';

// Thursday 19 November 2026: 3 business days later is Tuesday 24 November.
const THURSDAY = '2026-11-19';

function labelFor(repliedOn: string | null, closedWithoutReply = false, calendar: HolidayCalendar = weekendsOnly) {
  return replyLabel({ requestedOn: THURSDAY, repliedOn, closedWithoutReply }, calendar);
}

describe('replyLabel', () => {
  it('calls a reply within 3 business days a booster, counting over the weekend', () => {
    expect(labelFor(THURSDAY)).toBe('booster');
    expect(labelFor('2026-11-22')).toBe('booster');
    expect(labelFor('2026-11-24')).toBe('booster');
  });

  it('calls a later reply an obligate', () => {
    expect(labelFor('2026-11-25')).toBe('obligate');
    expect(labelFor('2027-01-15')).toBe('obligate');
  });

  it('does not count a public holiday against the person replying', () => {
    const mondayOff: HolidayCalendar = { isPublicHoliday: (day) => day === '2026-11-23' };
    expect(labelFor('2026-11-25', false, mondayOff)).toBe('booster');
    expect(labelFor('2026-11-26', false, mondayOff)).toBe('obligate');
  });

  it('calls someone who never replied before the interview closed a curmudgeon', () => {
    expect(labelFor(null, true)).toBe('curmudgeon');
  });

  it('gives no label while the routine still waits for a reply', () => {
    expect(labelFor(null, false)).toBeNull();
  });

  it('lets a reply win over a close, as a reopened interview may have one', () => {
    expect(labelFor('2026-11-20', true)).toBe('booster');
  });
});

describe('labelForContact', () => {
  it('takes the most recent request that earned a label', () => {
    expect(labelForContact(['curmudgeon', 'booster'])).toBe('booster');
    expect(labelForContact(['booster', 'obligate', null])).toBe('obligate');
    expect(labelForContact([null, 'curmudgeon', null, null])).toBe('curmudgeon');
  });

  it('has no label for a contact without any', () => {
    expect(labelForContact([])).toBeNull();
    expect(labelForContact([null, null])).toBeNull();
  });
});
