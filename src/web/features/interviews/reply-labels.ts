import { labelForContact, type ReplyLabel } from '#domain/reply-label';
import type { InterviewSummary } from '#shared/interview.schema';

/** Each contact's reply label (booster, obligate, curmudgeon): the latest of their requests that earned one. */
export function replyLabelsByContact(interviews: readonly InterviewSummary[]): Map<string, ReplyLabel | null> {
  const sent = interviews
    .filter((interview) => interview.requestedOn !== null)
    .sort((a, b) => (a.requestedOn ?? '').localeCompare(b.requestedOn ?? ''));
  const labelsByContact = new Map<string, (ReplyLabel | null)[]>();
  for (const interview of sent) {
    labelsByContact.set(interview.contactId, [
      ...(labelsByContact.get(interview.contactId) ?? []),
      interview.replyLabel,
    ]);
  }
  return new Map([...labelsByContact].map(([contactId, labels]) => [contactId, labelForContact(labels)]));
}
