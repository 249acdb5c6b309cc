import { describe, expect, it } from 'vitest';
import { weekendsOnly } from '#domain/business-days';
import { funnelByHowKnown, funnelTotal, type FunnelInterview } from './funnel.ts';
import { openingsTimeline } from './openings.ts';

const interview = (overrides: Partial<FunnelInterview>): FunnelInterview => ({
  howKnown: 'alumni',
  requestedOn: '2026-11-02',
  repliedOn: null,
  held: false,
  ...overrides,
});

describe('funnelByHowKnown', () => {
  it('counts requests, replies, the reply rate, median business days and meetings held per group', () => {
    const rows = funnelByHowKnown(
      [
        interview({ repliedOn: '2026-11-03', held: true }), // Monday → Tuesday: 1
        interview({ repliedOn: '2026-11-09' }), // Monday → next Monday: 5
        interview({ repliedOn: '2026-11-05' }), // 3
        interview({}),
        interview({ howKnown: 'linkedin_cold' }),
        interview({ howKnown: 'friend', requestedOn: null }),
      ],
      weekendsOnly,
    );
    expect(rows).toEqual([
      { howKnown: 'alumni', requests: 4, replies: 3, replyRate: 0.75, medianReplyBusinessDays: 3, held: 1 },
      { howKnown: 'linkedin_cold', requests: 1, replies: 0, replyRate: 0, medianReplyBusinessDays: null, held: 0 },
    ]);
  });

  it('counts the holidays of the calendar as days off', () => {
    const christmas = { isPublicHoliday: (day: string) => day === '2026-12-25' };
    const [row] = funnelByHowKnown([interview({ requestedOn: '2026-12-24', repliedOn: '2026-12-28' })], christmas);
    expect(row!.medianReplyBusinessDays).toBe(1);
  });

  it('adds every group up in the total', () => {
    const total = funnelTotal(
      [interview({ repliedOn: '2026-11-03' }), interview({ howKnown: 'friend' })],
      weekendsOnly,
    );
    expect(total).toMatchObject({ requests: 2, replies: 1, replyRate: 0.5 });
  });
});

describe('openingsTimeline', () => {
  it('puts the soonest opening first and those without a date last', () => {
    const base = { where: '', advisorId: 'a', advisorName: 'A', organisationName: '', interviewId: 'i' };
    const sorted = openingsTimeline([
      { ...base, what: 'No date', expectedBy: '' },
      { ...base, what: 'Spring', expectedBy: '2027-03' },
      { ...base, what: 'Soon', expectedBy: '2026-12-15' },
    ]);
    expect(sorted.map((opening) => opening.what)).toEqual(['Soon', 'Spring', 'No date']);
  });
});
