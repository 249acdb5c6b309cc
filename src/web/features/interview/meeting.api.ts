import { interviewSchema, type MeetingInput } from '#shared/interview.schema';
import { requestJson } from '../../lib/api-client.ts';

const interviewPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/** Scheduling calls of one interview; each answers the whole interview as it is now. */
export const meetingApi = {
  schedule: (id: string, input: MeetingInput) =>
    requestJson('PUT', `${interviewPath(id)}/meeting`, interviewSchema, input),
  cancel: (id: string, version: number) =>
    requestJson('POST', `${interviewPath(id)}/meeting/cancel`, interviewSchema, { version }),
  offerSlots: (id: string, input: { slots: string[]; timeZone: string; version: number }) =>
    requestJson('PUT', `${interviewPath(id)}/offered-slots`, interviewSchema, input),
};

/** The calendar file of the meeting (a cancellation once it is cancelled), served as a download. */
export function meetingIcsPath(id: string): string {
  return `${interviewPath(id)}/meeting.ics`;
}
