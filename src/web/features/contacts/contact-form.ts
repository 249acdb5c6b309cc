import type { Contact, HowKnown, OrganisationRelation } from '#domain/contact';
import type { ContactInput } from '#shared/contact.schema';

/**
 * What the contact form edits. List fields always have at least one row, so there is somewhere
 * to type; blank rows are dropped by the schema when the form is saved.
 */
export interface ContactForm {
  name: string;
  pronunciation: string;
  title: string;
  otherTitles: string[];
  organisation: string;
  organisationRelation: OrganisationRelation | '';
  field: string;
  location: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  howKnown: HowKnown | '';
  metOn: string;
  metWhere: string;
  introducedById: string | null;
  mayUseIntroducerName: boolean;
  tags: string[];
  notes: string;
}

const withARow = (values: readonly string[]) => (values.length > 0 ? [...values] : ['']);

export function emptyContactForm(): ContactForm {
  return contactFormOf({
    name: '',
    pronunciation: '',
    title: '',
    otherTitles: [],
    organisation: '',
    organisationRelation: '',
    field: '',
    location: '',
    emails: [],
    phones: [],
    linkedinUrl: '',
    howKnown: '',
    metOn: '',
    metWhere: '',
    introducedById: null,
    mayUseIntroducerName: false,
    tags: [],
    notes: '',
  });
}

export function contactFormOf(
  contact: Omit<Contact, 'id' | 'organisationId' | 'version' | 'createdAt' | 'updatedAt'>,
): ContactForm {
  return {
    name: contact.name,
    pronunciation: contact.pronunciation,
    title: contact.title,
    otherTitles: withARow(contact.otherTitles),
    organisation: contact.organisation,
    organisationRelation: contact.organisationRelation,
    field: contact.field,
    location: contact.location,
    emails: withARow(contact.emails),
    phones: withARow(contact.phones),
    linkedinUrl: contact.linkedinUrl,
    howKnown: contact.howKnown,
    metOn: contact.metOn,
    metWhere: contact.metWhere,
    introducedById: contact.introducedById,
    mayUseIntroducerName: contact.mayUseIntroducerName,
    tags: [...contact.tags],
    notes: contact.notes,
  };
}

/**
 * The request body. Rows keep their positions (blanks included) so that a problem the schema
 * reports as "emails.1" is the second row the user sees. Permission to use the introducer's name
 * only means something with an introducer.
 */
export function toContactInput(form: ContactForm): ContactInput {
  return {
    ...form,
    otherTitles: [...form.otherTitles],
    emails: [...form.emails],
    phones: [...form.phones],
    tags: [...form.tags],
    mayUseIntroducerName: form.introducedById !== null && form.mayUseIntroducerName,
  };
}

/** Whether the form differs from what it started from, ignoring empty rows added and left blank. */
export function isSameForm(a: ContactForm, b: ContactForm): boolean {
  const normalise = (form: ContactForm) =>
    JSON.stringify({
      ...toContactInput(form),
      otherTitles: form.otherTitles.filter((value) => value.trim() !== ''),
      emails: form.emails.filter((value) => value.trim() !== ''),
      phones: form.phones.filter((value) => value.trim() !== ''),
    });
  return normalise(a) === normalise(b);
}
