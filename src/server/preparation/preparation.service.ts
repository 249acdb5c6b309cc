import type { Kysely } from 'kysely';
import { howKnownOptions } from '#domain/contact';
import { AppError, type FieldProblem } from '#domain/errors';
import { meetingFormats } from '#domain/interview';
import type { Locale } from '#domain/locale';
import { DEFAULT_MEETING_MINUTES, planTiming } from '#domain/plan-timing';
import { checklistComplete, normaliseChecklist, type ChecklistKey } from '#domain/preparation-checklist';
import { questionTextIn } from '#domain/question';
import { questionCategories, suggestedPlans, tiaraLenses, type PlanGoal } from '#domain/question-bank';
import type { Interview } from '#shared/interview.schema';
import { preparationLimits, type Dossier, type Pitch, type Plan, type PlanItem } from '#shared/preparation.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow } from '../interviews/interviews.repo.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import { ProfileRepo } from '../profile/profile.repo.ts';
import { parseStoredTexts } from '../questions/questions.repo.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { PreparationRepo, type DossierRow, type NewPlanItem, type PlanItemRow } from './preparation.repo.ts';

export interface DossierFields {
  leaveKnowing: string;
  personBackground: string;
  organisationNotes: string;
  checklist: ChecklistKey[];
  version: number;
}

/**
 * Preparing one conversation (product.md, "Prepare"): the dossier with its checklist, the
 * elevator pitch kept once on the profile, and the ordered plan of questions measured against
 * the meeting's length. Every write checks the interview is the user's first (404 otherwise).
 */
export class PreparationService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async dossier(user: ActingUser, interviewId: string): Promise<Dossier> {
    const interview = await this.interviewOf(this.db, user, interviewId);
    return this.toDossier(this.db, user, interview, await new PreparationRepo(this.db).dossier(user.id, interviewId));
  }

  /** Saves the whole dossier; the first save (version 0) creates it. A stale version answers 409. */
  async saveDossier(user: ActingUser, interviewId: string, fields: DossierFields): Promise<Dossier> {
    return this.db.transaction().execute(async (trx) => {
      const interview = await this.interviewOf(trx, user, interviewId);
      const repo = new PreparationRepo(trx);
      const values = {
        leave_knowing: fields.leaveKnowing,
        person_background: fields.personBackground,
        organisation_notes: fields.organisationNotes,
        checklist: JSON.stringify(normaliseChecklist(fields.checklist)),
      };
      const now = this.clock().toISOString();
      const saved =
        fields.version === 0
          ? await repo.insertDossier(user.id, interviewId, values, now)
          : await repo.updateDossier(user.id, interviewId, fields.version, values, now);
      if (!saved) {
        const current = await this.toDossier(trx, user, interview, await repo.dossier(user.id, interviewId));
        throw new AppError('version_conflict', { current });
      }
      return this.toDossier(trx, user, interview, saved);
    });
  }

  /** "Mark as prepared": offered once the checklist is complete, allowed from 'scheduled' only. */
  markPrepared(user: ActingUser, interviewId: string, version: number): Promise<Interview> {
    return this.interviews.markPrepared(user, interviewId, version);
  }

  async pitch(user: ActingUser): Promise<Pitch> {
    const row = await new ProfileRepo(this.db).findOrCreate(user.id, this.clock().toISOString());
    return { pitch: row.elevator_pitch, version: Number(row.version) };
  }

  async savePitch(user: ActingUser, input: { pitch: string; version: number }): Promise<Pitch> {
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const current = await new ProfileRepo(trx).findOrCreate(user.id, now);
      const updated = await new PreparationRepo(trx).updatePitch(user.id, input.version, input.pitch, now);
      if (!updated)
        throw new AppError('version_conflict', {
          current: { pitch: current.elevator_pitch, version: Number(current.version) },
        });
      return { pitch: updated.elevator_pitch, version: Number(updated.version) };
    });
  }

  async plan(user: ActingUser, language: Locale, interviewId: string): Promise<Plan> {
    await this.interviewOf(this.db, user, interviewId);
    return this.toPlan(this.db, user, language, interviewId);
  }

  /**
   * Adds the user's questions to the end of the plan, in the order given, each with its text in
   * the user's language (English when not written in it, which the item then says). A question
   * already in the plan is not added twice; an id that is not one of the user's questions is a
   * field error and nothing is added.
   */
  async addQuestions(user: ActingUser, language: Locale, interviewId: string, questionIds: string[]): Promise<Plan> {
    return this.db.transaction().execute(async (trx) => {
      await this.interviewOf(trx, user, interviewId);
      const repo = new PreparationRepo(trx);
      const found = new Map((await repo.questions(user.id, questionIds)).map((row) => [row.id, row]));
      const unknown = questionIds.findIndex((id) => !found.has(id));
      if (unknown >= 0) throw validation({ field: `questionIds.${unknown}`, rule: 'not_found' });
      const existing = await repo.planItems(user.id, interviewId);
      const inPlan = new Set(existing.map((item) => item.question_id));
      const toAdd = [...new Set(questionIds)].filter((id) => !inPlan.has(id)).map((id) => found.get(id)!);
      assertRoomFor(existing.length, toAdd.length, 'questionIds');
      await repo.appendPlanItems(
        user.id,
        interviewId,
        toAdd.map((row) => copyOf(row, language)),
        this.now(),
      );
      return this.toPlan(trx, user, language, interviewId, questionIds.length - toAdd.length);
    });
  }

  /**
   * Appends the suggested plan for a goal: fills an empty plan, or adds what is missing to one
   * the user started. Questions the user hid, or that are already in the plan, are left out.
   */
  async addSuggested(user: ActingUser, language: Locale, interviewId: string, goal: PlanGoal): Promise<Plan> {
    return this.db.transaction().execute(async (trx) => {
      await this.interviewOf(trx, user, interviewId);
      const repo = new PreparationRepo(trx);
      const keys = suggestedPlans[goal];
      const byKey = new Map((await repo.builtInQuestions(user.id, keys)).map((row) => [row.built_in_key, row]));
      const existing = await repo.planItems(user.id, interviewId);
      const inPlan = new Set(existing.map((item) => item.question_id));
      const toAdd = keys
        .map((key) => byKey.get(key))
        .filter((row) => row !== undefined && Number(row.hidden) !== 1 && !inPlan.has(row.id))
        .map((row) => row!);
      assertRoomFor(existing.length, toAdd.length, 'goal');
      await repo.appendPlanItems(
        user.id,
        interviewId,
        toAdd.map((row) => copyOf(row, language)),
        this.now(),
      );
      return this.toPlan(trx, user, language, interviewId, keys.length - toAdd.length);
    });
  }

  async removeItem(user: ActingUser, interviewId: string, itemId: string): Promise<void> {
    await this.interviewOf(this.db, user, interviewId);
    if (!(await new PreparationRepo(this.db).deletePlanItem(user.id, interviewId, itemId)))
      throw new AppError('not_found');
  }

  /**
   * Puts the plan in the given order. The list must name every item once: a list made before
   * another tab added or removed an item answers 409 with the plan as it is now, so nothing is
   * silently dropped or left out of place.
   */
  async reorder(user: ActingUser, language: Locale, interviewId: string, itemIds: string[]): Promise<Plan> {
    if (new Set(itemIds).size !== itemIds.length) throw validation({ field: 'itemIds', rule: 'invalid_value' });
    return this.db.transaction().execute(async (trx) => {
      await this.interviewOf(trx, user, interviewId);
      const repo = new PreparationRepo(trx);
      const current = new Set((await repo.planItems(user.id, interviewId)).map((item) => item.id));
      if (current.size !== itemIds.length || itemIds.some((id) => !current.has(id)))
        throw new AppError('version_conflict', { current: await this.toPlan(trx, user, language, interviewId) });
      await repo.setPlanPositions(user.id, interviewId, itemIds, this.now());
      return this.toPlan(trx, user, language, interviewId);
    });
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private async interviewOf(db: Kysely<Database>, user: ActingUser, interviewId: string): Promise<InterviewListRow> {
    const row = await new InterviewsRepo(db).findById(user.id, interviewId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async toDossier(
    db: Kysely<Database>,
    user: ActingUser,
    interview: InterviewListRow,
    row: DossierRow | undefined,
  ): Promise<Dossier> {
    const repo = new PreparationRepo(db);
    const person = await repo.person(user.id, interview.contact_id);
    const organisation = person?.organisation_id ? await repo.organisation(user.id, person.organisation_id) : undefined;
    const meeting = await new InterviewsRepo(db).meeting(user.id, interview.id);
    const checklist = normaliseChecklist(parseList(row?.checklist));
    return {
      interviewId: interview.id,
      stage: stageOf(interview.stage),
      interviewVersion: Number(interview.version),
      goal: interview.goal,
      person: {
        contactId: interview.contact_id,
        name: person?.name ?? interview.contact_name,
        pronunciation: person?.pronunciation ?? '',
        title: person?.title ?? '',
        otherTitles: parseList(person?.other_titles).filter((title): title is string => typeof title === 'string'),
        linkedinUrl: person?.linkedin_url ?? '',
        field: person?.field ?? '',
        howKnown: oneOrNull(howKnownOptions, person?.how_known),
      },
      organisation: organisation
        ? {
            id: organisation.id,
            name: organisation.name,
            website: organisation.website,
            field: organisation.field,
            notesCount: organisation.notesCount,
          }
        : null,
      meeting:
        meeting && Number(meeting.cancelled) !== 1
          ? {
              start: meeting.start_local,
              timeZone: meeting.time_zone,
              durationMinutes: Number(meeting.duration_minutes),
              format: oneOrNull(meetingFormats, meeting.format) ?? 'cafe',
              place: meeting.place,
            }
          : null,
      leaveKnowing: row?.leave_knowing ?? '',
      personBackground: row?.person_background ?? '',
      organisationNotes: row?.organisation_notes ?? '',
      checklist,
      complete: checklistComplete(checklist),
      version: row ? Number(row.version) : 0,
    };
  }

  private async toPlan(
    db: Kysely<Database>,
    user: ActingUser,
    language: Locale,
    interviewId: string,
    skipped = 0,
  ): Promise<Plan> {
    const repo = new PreparationRepo(db);
    const rows = await repo.planItems(user.id, interviewId);
    const questionIds = rows.map((row) => row.question_id).filter((id): id is string => id !== null);
    const texts = new Map((await repo.questions(user.id, questionIds)).map((q) => [q.id, parseStoredTexts(q.texts)]));
    const meeting = await new InterviewsRepo(db).meeting(user.id, interviewId);
    const scheduled = meeting !== undefined && Number(meeting.cancelled) !== 1;
    const meetingMinutes = scheduled ? Number(meeting.duration_minutes) : DEFAULT_MEETING_MINUTES;
    const items = rows.map((row) =>
      toPlanItem(row, row.question_id ? texts.get(row.question_id) : undefined, language),
    );
    return {
      interviewId,
      items,
      meetingMinutes,
      meetingScheduled: scheduled,
      timing: planTiming(
        items.map((item) => item.minutes),
        meetingMinutes,
      ),
      skipped,
    };
  }
}

type QuestionRow = Awaited<ReturnType<PreparationRepo['questions']>>[number];

/** The plan keeps its own copy of the wording: what the user will read aloud, even if the bank changes. */
function copyOf(row: QuestionRow, language: Locale): NewPlanItem {
  return {
    questionId: row.id,
    text: questionTextIn(parseStoredTexts(row.texts), language).text,
    category: row.category,
    lens: row.lens,
    minutes: Number(row.minutes),
  };
}

/**
 * Which language the copied text is in: found by comparing it with the question's texts, since the
 * copy stores only the words. An item whose question was since edited or deleted says nothing.
 */
function toPlanItem(row: PlanItemRow, texts: Partial<Record<Locale, string>> | undefined, language: Locale): PlanItem {
  const textLanguage = texts
    ? ((Object.entries(texts).find(([, text]) => text === row.text)?.[0] as Locale | undefined) ?? null)
    : null;
  const inAsked = texts?.[language] === row.text;
  return {
    id: row.id,
    questionId: row.question_id,
    text: row.text,
    category: oneOrNull(questionCategories, row.category) ?? 'role_and_titles',
    lens: oneOrNull(tiaraLenses, row.lens) ?? 'insights',
    minutes: Number(row.minutes),
    textLanguage: inAsked ? language : textLanguage,
    fallback: textLanguage !== null && !inAsked,
  };
}

function assertRoomFor(existing: number, adding: number, field: string): void {
  if (existing + adding > preparationLimits.planItems)
    throw validation({ field, rule: 'too_large', limit: preparationLimits.planItems });
}

function validation(problem: FieldProblem): AppError {
  return new AppError('validation_failed', { fields: [problem] });
}

function parseList(json: string | undefined): unknown[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? (parsed as unknown[]) : [];
  } catch {
    return [];
  }
}

function oneOrNull<Value extends string>(values: readonly Value[], value: string | undefined): Value | null {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as Value) : null;
}
