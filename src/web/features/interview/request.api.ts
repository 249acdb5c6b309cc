import type { CalendarDay } from '#domain/calendar-day';
import type { ReplyOutcome, RequestChannel } from '#domain/interview';
import { interviewSchema, type InterviewDraft } from '#shared/interview.schema';
import { requestJson } from '../../lib/api-client.ts';

const interviewPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/**
 * The calls of the request workflow on one interview's page: the draft saved as the user types,
 * the request marked as sent, the reply and the rehearsals. Each answers the whole interview, so
 * the page always shows what the server now holds (new version, routine, history).
 */
export const requestApi = {
  saveDraft: (id: string, draft: InterviewDraft) =>
    requestJson('PUT', `${interviewPath(id)}/draft`, interviewSchema, draft),
  markSent: (id: string, channel: RequestChannel, on: CalendarDay, version: number) =>
    requestJson('POST', `${interviewPath(id)}/sent`, interviewSchema, { channel, on, version }),
  recordReply: (id: string, outcome: ReplyOutcome, on: CalendarDay, version: number) =>
    requestJson('POST', `${interviewPath(id)}/reply`, interviewSchema, { outcome, on, version }),
  countRehearsal: (id: string, version: number) =>
    requestJson('POST', `${interviewPath(id)}/rehearsals`, interviewSchema, { version }),
};
