import type { Kysely } from 'kysely';
import { funnelByHowKnown, funnelTotal } from '#domain/insights/funnel';
import { mergeKeywords, type KeywordMention } from '#domain/insights/keywords';
import { openingsTimeline, type OpeningOnTimeline } from '#domain/insights/openings';
import { aggregatePay, type PayMention } from '#domain/insights/pay';
import type { Locale } from '#domain/locale';
import { parseStoredGains } from '#shared/gains.schema';
import type { Insights } from '#shared/insights.schema';
import { holidayCalendarFor } from '../calendar/holiday-calendar.ts';
import type { Database } from '../db/tables.ts';
import { ProfileService } from '../profile/profile.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { InsightsRepo } from './insights.repo.ts';

/** What several interviews taught the user, computed from the reports and the interviews each time. */
export class InsightsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async insights(user: ActingUser, locale: Locale): Promise<Insights> {
    const repo = new InsightsRepo(this.db);
    const profile = await new ProfileService(this.db, this.clock).resolve(user);
    const [reports, interviews, held] = await Promise.all([
      repo.reports(user.id),
      repo.interviews(user.id),
      repo.heldInterviewIds(user.id),
    ]);
    const keywords: KeywordMention[] = [];
    const pay: PayMention[] = [];
    const openings: OpeningOnTimeline[] = [];
    for (const report of reports) {
      const gains = parseStoredGains(report.gains);
      for (const text of gains.keywords) keywords.push({ text, advisorId: report.contact_id });
      for (const range of gains.payRanges) {
        pay.push({
          role: range.role || report.contact_title,
          field: report.contact_field,
          min: range.min,
          max: range.max,
          currency: range.currency,
          period: range.period,
          advisorId: report.contact_id,
        });
      }
      for (const opening of gains.openings) {
        openings.push({
          ...opening,
          advisorId: report.contact_id,
          advisorName: report.contact_name,
          organisationName: report.organisation_name ?? '',
          interviewId: report.interview_id,
        });
      }
    }
    const calendar = holidayCalendarFor(profile.country);
    const funnelInput = interviews.map((row) => ({
      howKnown: row.how_known,
      requestedOn: row.requested_on,
      repliedOn: row.replied_on,
      held: held.has(row.id),
    }));
    return {
      counts: {
        interviews: interviews.length,
        held: held.size,
        reports: reports.length,
        advisors: new Set(reports.map((report) => report.contact_id)).size,
      },
      keywords: mergeKeywords(keywords, locale),
      pay: aggregatePay(pay),
      openings: openingsTimeline(openings),
      funnel: funnelByHowKnown(funnelInput, calendar),
      funnelTotal: funnelTotal(funnelInput, calendar),
    };
  }
}
