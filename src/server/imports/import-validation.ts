import { contactLimits, isLinkedInUrl } from '#domain/contact';
import type { FieldProblem } from '#domain/errors';
import { contactInputSchema, type ContactFieldsParsed } from '#shared/contact.schema';
import { toFieldProblems } from '#shared/validation';
import { z } from 'zod';

/** What an import row offers for the contact rules: the fields a file can fill. */
export interface ImportedFields {
  name: string;
  title: string;
  organisation: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  location: string;
  metOn: string;
  tags: string[];
  notes: string;
}

export type ValidatedRow =
  { fields: ContactFieldsParsed; errors?: undefined } | { fields?: undefined; errors: FieldProblem[] };

/**
 * Checks a row against the contact rules (contactInputSchema, the same rules as the form). The
 * schema is the authority; running it on 30,000 rows costs more than all of the database work,
 * so a plain check that accepts only rows the schema surely accepts, and returns exactly what the
 * schema would, goes first. Anything it is not sure of, including every broken row, goes to the
 * schema, which names the problems. import-validation.test.ts holds the two to the same answers.
 */
export function validateImportedFields(row: ImportedFields): ValidatedRow {
  const linkedinUrl = withScheme(row.linkedinUrl);
  const fields = acceptPlainly(row, linkedinUrl);
  if (fields) return { fields };
  // Exactly the fields a file can fill: the schema refuses any other key.
  const input: ImportedFields = {
    name: row.name,
    title: row.title,
    organisation: row.organisation,
    emails: row.emails,
    phones: row.phones,
    linkedinUrl,
    location: row.location,
    metOn: row.metOn,
    tags: row.tags,
    notes: row.notes,
  };
  const result = contactInputSchema.safeParse(input);
  return result.success ? { fields: result.data } : { errors: toFieldProblems(result.error, input) };
}

/** Google and vCard files often write LinkedIn profiles without https://, which the rules require. */
function withScheme(url: string): string {
  const trimmed = url.trim();
  return trimmed === '' || /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

const emailPattern = z.regexes.email;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function acceptPlainly(input: ImportedFields, linkedinUrl: string): ContactFieldsParsed | undefined {
  const name = input.name.trim();
  const title = input.title.trim();
  const organisation = input.organisation.trim();
  const location = input.location.trim();
  const metOn = input.metOn.trim();
  const notes = input.notes.trim();
  if (name === '' || name.length > contactLimits.name) return undefined;
  if (title.length > contactLimits.title || organisation.length > contactLimits.organisation) return undefined;
  if (location.length > contactLimits.location || notes.length > contactLimits.notes) return undefined;
  if (linkedinUrl.length > contactLimits.linkedinUrl || (linkedinUrl !== '' && !isLinkedInUrl(linkedinUrl)))
    return undefined;
  if (metOn !== '' && (!isoDate.test(metOn) || Number.isNaN(Date.parse(metOn)))) return undefined;
  const emails = plainList(input.emails, contactLimits.email, contactLimits.emails);
  const phones = plainList(input.phones, contactLimits.phone, contactLimits.phones);
  const tags = plainList(input.tags, contactLimits.tag, contactLimits.tags);
  if (!emails || !phones || !tags) return undefined;
  if (!emails.every((email) => emailPattern.test(email))) return undefined;
  return {
    name,
    pronunciation: '',
    title,
    otherTitles: [],
    organisation,
    organisationRelation: '',
    field: '',
    location,
    emails,
    phones,
    linkedinUrl,
    howKnown: '',
    metOn,
    metWhere: '',
    introducedById: null,
    mayUseIntroducerName: false,
    tags,
    notes,
  };
}

/** Trimmed items without blanks, or undefined when the list or an item is too long. */
function plainList(values: readonly string[], maxLength: number, maxCount: number): string[] | undefined {
  if (values.length > maxCount) return undefined;
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed.length > maxLength) return undefined;
    if (trimmed !== '') result.push(trimmed);
  }
  return result;
}
