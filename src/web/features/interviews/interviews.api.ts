import type { InterviewStage, MeetingReminder } from '#domain/interview';
import type { CalendarDay } from '#domain/calendar-day';
import { interviewListSchema, interviewSchema, type InterviewCreate } from '#shared/interview.schema';
import { requestJson } from '../../lib/api-client.ts';

const interviewPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/** The interview calls the pipeline, Today, the contact and the organisation pages make. */
export const interviewsApi = {
  list: (filter: { contactId?: string; organisationId?: string } = {}) => {
    const query = new URLSearchParams(
      Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return requestJson('GET', `/api/interviews${query.size > 0 ? `?${query}` : ''}`, interviewListSchema);
  },
  get: (id: string) => requestJson('GET', interviewPath(id), interviewSchema),
  create: (input: InterviewCreate) => requestJson('POST', '/api/interviews', interviewSchema, input),
  changeStage: (id: string, stage: InterviewStage, version: number) =>
    requestJson('POST', `${interviewPath(id)}/stage`, interviewSchema, { stage, version }),
  reopen: (id: string, version: number) =>
    requestJson('POST', `${interviewPath(id)}/reopen`, interviewSchema, { version }),
  followUpSent: (id: string, on: CalendarDay, version: number) =>
    requestJson('POST', `${interviewPath(id)}/follow-up`, interviewSchema, { on, version }),
  /** The 3B step: `contactId` starts an interview with that person; null skips the step. */
  secondContact: (id: string, on: CalendarDay, contactId: string | null, version: number) =>
    requestJson('POST', `${interviewPath(id)}/second-contact`, interviewSchema, { on, contactId, version }),
  dismissReminder: (id: string, reminder: MeetingReminder) =>
    requestJson('POST', `${interviewPath(id)}/meeting/reminders`, interviewSchema, { reminder }),
};

/** Where an interview's own page is; `draft` opens it on that draft (the follow-up, say). */
export function interviewHref(id: string, draft?: string): string {
  return `/interviews/${encodeURIComponent(id)}${draft ? `?${new URLSearchParams({ draft })}` : ''}`;
}
