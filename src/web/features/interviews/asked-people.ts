import { replyLabels, type ReplyLabel } from '#domain/reply-label';
import type { InterviewSummary } from '#shared/interview.schema';

/** One person at an organisation the user asked, with how they reply and their interviews. */
export interface AskedPerson {
  contactId: string;
  name: string;
  label: ReplyLabel | null;
  interviews: InterviewSummary[];
}

/** The organisation's people by their interviews, boosters first: the ones to ask again, and to ask who else to see. */
export function peopleWhoWereAsked(
  interviews: readonly InterviewSummary[],
  labels: ReadonlyMap<string, ReplyLabel | null>,
): AskedPerson[] {
  const byContact = new Map<string, AskedPerson>();
  for (const interview of interviews) {
    const person = byContact.get(interview.contactId) ?? {
      contactId: interview.contactId,
      name: interview.contactName,
      label: labels.get(interview.contactId) ?? null,
      interviews: [],
    };
    person.interviews.push(interview);
    byContact.set(interview.contactId, person);
  }
  const rank = (label: ReplyLabel | null) => (label === null ? replyLabels.length : replyLabels.indexOf(label));
  return [...byContact.values()].sort((a, b) => rank(a.label) - rank(b.label) || a.name.localeCompare(b.name));
}
