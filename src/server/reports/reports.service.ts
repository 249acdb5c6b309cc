import type { Kysely } from 'kysely';
import { localDayOf, type CalendarDay } from '#domain/calendar-day';
import { buildEmailMessage } from '#domain/email-message';
import { AppError, type FieldProblem } from '#domain/errors';
import type { Gains } from '#domain/gains';
import type { InterviewStage, RequestChannel } from '#domain/interview';
import type { Locale } from '#domain/locale';
import { buildReportMarkdown } from '#domain/report-markdown';
import { buildOutline, starredLearnings, type OutlineItem } from '#domain/report-outline';
import { draftThankYou } from '#domain/thank-you-note';
import { parseStoredGains } from '#shared/gains.schema';
import type { Report } from '#shared/report.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow } from '../interviews/interviews.repo.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import type { ResolvedProfile } from '../profile/profile.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { safeFileName } from './report-file-name.ts';
import { ReportsRepo, type ReportChange, type ReportRow } from './reports.repo.ts';

/** The stages a sent thank-you note moves on to "thanked"; later or closed ones stay as they are. */
const stagesBeforeThanks: readonly InterviewStage[] = ['requested', 'scheduled', 'prepared', 'held'];

/**
 * Right after the conversation: the report (the outline from the notes, edited by the user), the
 * gains, and the thank-you note. A report row exists from the first save; until then the page
 * shows the outline and a drafted note, both made fresh from the notes each time.
 */
export class ReportsService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async get(user: ActingUser, interviewId: string, locale: Locale): Promise<Report> {
    const { profile } = await this.interviews.today(user);
    return this.toReport(await this.facts(this.db, user, interviewId, profile), locale);
  }

  /** Saves the body and the gains together; a save based on an older version is refused (409). */
  async save(
    user: ActingUser,
    interviewId: string,
    input: { body: string; gains: Gains; version: number },
    locale: Locale,
  ): Promise<Report> {
    await this.write(user, interviewId, input.version, locale, () => ({
      body: input.body,
      gains: JSON.stringify(input.gains),
    }));
    return this.get(user, interviewId, locale);
  }

  async saveThankYou(
    user: ActingUser,
    interviewId: string,
    input: { subject: string; body: string; version: number },
    locale: Locale,
  ): Promise<Report> {
    await this.write(user, interviewId, input.version, locale, () => ({
      thank_you_subject: input.subject,
      thank_you_body: input.body,
    }));
    return this.get(user, interviewId, locale);
  }

  /**
   * The thank-you note went out: the day is kept on the report, the history gets the step, and an
   * interview not yet thanked moves to "thanked". A note never edited is kept as it was drafted,
   * so the report shows what was sent.
   */
  async markThankYouSent(
    user: ActingUser,
    interviewId: string,
    input: { channel: RequestChannel; on: CalendarDay },
    locale: Locale,
  ): Promise<Report> {
    // The profile is read before the transaction: on SQLite a read outside it would wait for it.
    const { today, profile } = await this.interviews.today(user);
    if (input.on > today) throw validation({ field: 'on', rule: 'not_allowed_now' });
    await this.db.transaction().execute(async (trx) => {
      const now = this.clock().toISOString();
      const facts = await this.facts(trx, user, interviewId, profile);
      if (facts.report?.thank_you_sent_on) throw validation({ field: 'on', rule: 'not_allowed_now' });
      const draft = this.thankYouOf(facts, locale);
      const change: ReportChange = {
        thank_you_sent_on: input.on,
        thank_you_subject: draft.subject,
        thank_you_body: draft.body,
      };
      const reports = new ReportsRepo(trx);
      if (!facts.report) await reports.insert(user.id, interviewId, change, now);
      else if (!(await reports.update(user.id, interviewId, Number(facts.report.version), change, now)))
        throw new AppError('version_conflict', { current: this.toReport(facts, locale) });
      const interviews = new InterviewsRepo(trx);
      const stage = stageOf(facts.interview.stage);
      const values = stagesBeforeThanks.includes(stage) ? { stage: 'thanked' } : {};
      if (!(await interviews.update(user.id, interviewId, Number(facts.interview.version), values, now)))
        throw new AppError('version_conflict', { current: this.toReport(facts, locale) });
      await interviews.addStep(
        user.id,
        interviewId,
        { kind: 'thank_you_sent', on: input.on, detail: { channel: input.channel } },
        now,
      );
    });
    return this.get(user, interviewId, locale);
  }

  /** The report as a Markdown file, named after the advisor. */
  async markdownFile(
    user: ActingUser,
    interviewId: string,
    locale: Locale,
  ): Promise<{ text: string; fileName: string }> {
    const report = await this.get(user, interviewId, locale);
    const text = buildReportMarkdown({
      locale,
      contactName: report.contactName,
      organisationName: report.organisationName,
      heldOn: report.heldOn,
      body: report.body,
      gains: report.gains,
    });
    return { text, fileName: safeFileName(`${report.contactName} ${report.heldOn ?? ''}`, 'report', 'md') };
  }

  /** The thank-you note as an .eml draft (X-Unsent), addressed to the advisor's first address. */
  async thankYouEmail(
    user: ActingUser,
    interviewId: string,
    locale: Locale,
  ): Promise<{ text: string; fileName: string }> {
    const report = await this.get(user, interviewId, locale);
    const text = buildEmailMessage({
      to: report.contactEmail,
      toName: report.contactName,
      subject: report.thankYou.subject,
      body: report.thankYou.body,
      date: this.clock(),
    });
    return { text, fileName: safeFileName(report.contactName, 'thank-you', 'eml') };
  }

  private async write(
    user: ActingUser,
    interviewId: string,
    version: number,
    locale: Locale,
    change: () => ReportChange,
  ): Promise<void> {
    const { profile } = await this.interviews.today(user);
    await this.db.transaction().execute(async (trx) => {
      const now = this.clock().toISOString();
      const facts = await this.facts(trx, user, interviewId, profile);
      const current = Number(facts.report?.version ?? 0);
      const conflict = () => new AppError('version_conflict', { current: this.toReport(facts, locale) });
      if (current !== version) throw conflict();
      const reports = new ReportsRepo(trx);
      if (!facts.report) await reports.insert(user.id, interviewId, change(), now);
      else if (!(await reports.update(user.id, interviewId, version, change(), now))) throw conflict();
    });
  }

  /** Everything the report is made of, read in one place (inside a transaction when writing). */
  private async facts(
    db: Kysely<Database>,
    user: ActingUser,
    interviewId: string,
    profile: ResolvedProfile,
  ): Promise<ReportFacts> {
    const interviews = new InterviewsRepo(db);
    const interview = await interviews.findById(user.id, interviewId);
    if (!interview) throw new AppError('not_found');
    const reports = new ReportsRepo(db);
    const [report, items, conversation, contact, steps, meeting] = await Promise.all([
      reports.find(user.id, interviewId),
      reports.planItems(user.id, interviewId),
      reports.conversation(user.id, interviewId),
      interviews.contactForRequest(user.id, interview.contact_id),
      interviews.steps(user.id, [interviewId]),
      interviews.meeting(user.id, interviewId),
    ]);
    const heldStep = steps.filter((step) => step.kind === 'held').at(-1);
    const endedOn = conversation?.ended_at ? localDayOf(new Date(conversation.ended_at), profile.timeZone) : null;
    const meetingDay = meeting && Number(meeting.cancelled) !== 1 ? meeting.start_local.slice(0, 10) : null;
    return {
      interview,
      report,
      items: items.map((item) => ({
        question: item.text,
        note: item.note,
        starred: Number(item.starred) === 1,
        asked: Number(item.asked) === 1,
      })),
      freeNotes: conversation?.free_notes ?? '',
      contactEmail: firstOf(contact?.emails),
      myName: profile.myName,
      heldOn: heldStep?.on_day ?? endedOn ?? meetingDay,
    };
  }

  private thankYouOf(facts: ReportFacts, locale: Locale): { subject: string; body: string; drafted: boolean } {
    const saved = facts.report;
    if (saved && (saved.thank_you_body.trim() !== '' || saved.thank_you_subject.trim() !== ''))
      return { subject: saved.thank_you_subject, body: saved.thank_you_body, drafted: false };
    const draft = draftThankYou({
      locale,
      advisorName: facts.interview.contact_name,
      myName: facts.myName,
      learnings: starredLearnings(facts.items),
    });
    return { ...draft, drafted: true };
  }

  private toReport(facts: ReportFacts, locale: Locale): Report {
    const outline = buildOutline({ items: facts.items, freeNotes: facts.freeNotes, locale });
    const body = facts.report?.body ?? '';
    const thankYou = this.thankYouOf(facts, locale);
    return {
      interviewId: facts.interview.id,
      contactId: facts.interview.contact_id,
      contactName: facts.interview.contact_name,
      organisationName: facts.interview.organisation_name ?? '',
      contactEmail: facts.contactEmail,
      stage: stageOf(facts.interview.stage),
      heldOn: facts.heldOn,
      body: body.trim() === '' ? outline : body,
      bodyIsSuggestion: body.trim() === '',
      outline,
      gains: parseStoredGains(facts.report?.gains ?? '{}'),
      thankYou: { ...thankYou, sentOn: facts.report?.thank_you_sent_on ?? null },
      version: Number(facts.report?.version ?? 0),
    };
  }
}

interface ReportFacts {
  interview: InterviewListRow;
  report: ReportRow | undefined;
  items: OutlineItem[];
  freeNotes: string;
  contactEmail: string;
  myName: string;
  heldOn: CalendarDay | null;
}

function validation(problem: FieldProblem): AppError {
  return new AppError('validation_failed', { fields: [problem] });
}

function firstOf(json: string | undefined): string {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : '';
  } catch {
    return '';
  }
}
