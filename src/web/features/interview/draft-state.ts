import { templateKinds, type TemplateKind } from '#domain/request-templates';
import type { Interview } from '#shared/interview.schema';

/** The part of an interview the user writes on its page, saved together by PUT /draft. */
export interface DraftFields {
  goal: string;
  draftKind: TemplateKind;
  draftSubject: string;
  draftBody: string;
}

/** unsaved: typed, waiting for the pause; saving: on its way; failed: the last save did not arrive. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export function sameDraft(a: DraftFields, b: DraftFields): boolean {
  return (
    a.goal === b.goal && a.draftKind === b.draftKind && a.draftSubject === b.draftSubject && a.draftBody === b.draftBody
  );
}

/** Whether the method allows naming the introducer: only with their permission. */
export function canWriteWarm(interview: Interview): boolean {
  return interview.contact.introducerName !== null && interview.contact.mayUseIntroducerName;
}

/**
 * The kinds of request to offer. A warm e-mail only when the introducer allowed their name to be
 * used; a draft that is warm already stays selectable so that switching away is the user's choice.
 */
export function kindsOffered(interview: Interview, current: TemplateKind): TemplateKind[] {
  return templateKinds.filter((kind) => kind !== 'warm_email' || canWriteWarm(interview) || current === 'warm_email');
}

/** The channel a request of this kind usually goes by, as the default of "Mark as sent". */
export function channelFor(kind: TemplateKind): 'email' | 'phone' | 'linkedin' {
  if (kind === 'phone_script') return 'phone';
  if (kind === 'linkedin_message') return 'linkedin';
  return 'email';
}

/** The kinds the live e-mail checks apply to; a phone script has its own key points instead. */
export function isWrittenRequest(kind: TemplateKind): boolean {
  return kind !== 'phone_script';
}
