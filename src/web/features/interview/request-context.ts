import { interviewLimits } from '#domain/interview';
import type { RequestContext } from '#domain/request-checks';
import type { PlaceholderName } from '#domain/template-placeholders';
import type { Interview } from '#shared/interview.schema';
import type { Profile } from '#shared/profile.schema';

/** The first word of a name, for "Hi {{advisor_first_name}}". */
function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/**
 * The introducer's name may appear only when they allowed it (the method: "X suggested I contact
 * you" only with X's consent). Without consent the placeholder stays visible for the user to face.
 */
function usableIntroducer(interview: Interview): string | null {
  return interview.contact.mayUseIntroducerName ? interview.contact.introducerName : null;
}

/** What fills the templates' placeholders: the contact, their organisation and introducer, and the user. */
export function placeholderValuesOf(
  interview: Interview,
  profile: Profile | null,
): Partial<Record<PlaceholderName, string>> {
  const introducer = usableIntroducer(interview) ?? '';
  return {
    advisor_name: interview.contact.name,
    advisor_first_name: firstNameOf(interview.contact.name),
    advisor_title: interview.contact.title,
    organisation: interview.organisationName,
    introducer_name: introducer,
    introducer_first_name: firstNameOf(introducer),
    my_name: profile?.myName ?? '',
    my_background: profile?.myBackground ?? '',
    my_field: profile?.myField ?? '',
    meeting_minutes: String(interviewLimits.defaultMeetingMinutes),
  };
}

/** What the live checks compare the text with: who it is for, through whom, and the field. */
export function requestContextOf(interview: Interview, profile: Profile | null): RequestContext {
  return {
    advisorName: interview.contact.name,
    introducerName: usableIntroducer(interview),
    organisationName: interview.organisationName || null,
    field: profile?.myField.trim() || null,
  };
}
