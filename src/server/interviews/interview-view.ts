import type { HolidayCalendar } from '#domain/business-days';
import { isRoutineKind, type RoutineKind } from '#domain/follow-up-routine';
import {
  interviewStages,
  interviewStepKinds,
  meetingFormats,
  meetingReminders,
  requestChannels,
  type InterviewStage,
  type InterviewStepKind,
  type MeetingReminder,
} from '#domain/interview';
import { interviewReplyLabel, routinePlan, type InterviewRoutineFacts } from '#domain/interview-routine';
import { templateKinds } from '#domain/request-templates';
import type { Interview, InterviewStep, InterviewSummary, Meeting } from '#shared/interview.schema';
import type { InterviewListRow, InterviewStepRow, MeetingRow } from './interviews.repo.ts';

/** Turns rows into what the API answers. Values are checked against the closed lists on the way. */
export function toSummary(row: InterviewListRow, calendar: HolidayCalendar): InterviewSummary {
  const meetingLive = row.meeting_start !== null && Number(row.meeting_cancelled) !== 1;
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name ?? '',
    stage: stageOf(row.stage),
    goal: row.goal,
    requestedOn: row.requested_on,
    repliedOn: row.replied_on,
    meetingStart: meetingLive ? row.meeting_start : null,
    meetingTimeZone: meetingLive ? row.meeting_zone : null,
    // The label needs only the request and reply days and whether the routine closed it.
    replyLabel: interviewReplyLabel(
      {
        stage: stageOf(row.stage),
        routine: '3b7',
        requestedOn: row.requested_on,
        repliedOn: row.replied_on,
        steps: [],
      },
      calendar,
    ),
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

export function toStep(row: InterviewStepRow): InterviewStep {
  return {
    id: row.id,
    kind: oneOf(interviewStepKinds, row.kind, 'created'),
    on: row.on_day,
    detail: parseDetail(row.detail),
    createdAt: row.created_at,
  };
}

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    start: row.start_local,
    timeZone: row.time_zone,
    durationMinutes: Number(row.duration_minutes),
    format: oneOf(meetingFormats, row.format, 'cafe'),
    place: row.place,
    sequence: Number(row.sequence),
    cancelled: Number(row.cancelled) === 1,
    remindersDone: remindersDoneOf(row),
  };
}

export function remindersDoneOf(row: MeetingRow): MeetingReminder[] {
  const parsed: unknown = safeJson(row.reminders_done);
  return Array.isArray(parsed) ? meetingReminders.filter((reminder) => parsed.includes(reminder)) : [];
}

/** The routine an interview follows: the one fixed when it was sent, else the organisation's, else the user's. */
export function routineOf(row: InterviewListRow, userDefault: RoutineKind): RoutineKind {
  if (row.routine && isRoutineKind(row.routine)) return row.routine;
  if (row.organisation_routine && isRoutineKind(row.organisation_routine)) return row.organisation_routine;
  return userDefault;
}

export function routineFacts(
  row: InterviewListRow,
  steps: readonly InterviewStepRow[],
  userDefault: RoutineKind,
): InterviewRoutineFacts {
  return {
    stage: stageOf(row.stage),
    routine: routineOf(row, userDefault),
    requestedOn: row.requested_on,
    repliedOn: row.replied_on,
    steps: steps.map((step) => ({
      kind: oneOf(interviewStepKinds, step.kind, 'created') as InterviewStepKind,
      on: step.on_day,
    })),
  };
}

export function toInterview(input: {
  row: InterviewListRow;
  steps: readonly InterviewStepRow[];
  meeting: MeetingRow | undefined;
  contact: {
    name: string;
    title: string;
    emails: string[];
    linkedinUrl: string;
    introducerName: string | null;
    mayUseIntroducerName: boolean;
  };
  userRoutine: RoutineKind;
  calendar: HolidayCalendar;
}): Interview {
  const { row, steps, calendar } = input;
  const facts = routineFacts(row, steps, input.userRoutine);
  const offered: unknown = safeJson(row.offered_slots);
  return {
    ...toSummary(row, calendar),
    requestChannel: row.request_channel ? oneOf(requestChannels, row.request_channel, 'email') : null,
    routine: facts.routine,
    draftKind: oneOf(templateKinds, row.draft_kind, 'cold_email'),
    draftSubject: row.draft_subject,
    draftBody: row.draft_body,
    offeredSlots: Array.isArray(offered) ? offered.filter((slot): slot is string => typeof slot === 'string') : [],
    offeredSlotsTimeZone: row.offered_slots_zone,
    rehearsals: Number(row.rehearsals),
    contact: input.contact,
    routineSchedule: routinePlan(facts, calendar),
    meeting: input.meeting ? toMeeting(input.meeting) : null,
    steps: steps.map(toStep),
  };
}

export function stageOf(value: string): InterviewStage {
  return oneOf(interviewStages, value, 'prospect');
}

function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseDetail(text: string): Record<string, string> {
  const parsed: unknown = safeJson(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
