import { z } from 'zod';
import { contactLimits, howKnownOptions, isLinkedInUrl, organisationRelations } from '#domain/contact';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const emailPattern = z.regexes.email;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A list of short texts: blanks dropped, each trimmed, at most `count` of them. Each item is
 * checked on its own, so a problem names its row ("emails.1") and the form can mark that row.
 */
const textList = (maxLength: number, count: number, item = z.string().trim().max(maxLength)) =>
  z
    .array(item)
    .max(count)
    .default([])
    .transform((values) => values.filter((value) => value !== ''));

const emailItem = z
  .string()
  .trim()
  .max(contactLimits.email)
  .refine((value) => value === '' || emailPattern.test(value), { params: { rule: 'invalid_email' } });

/** What the user types into the contact form; every field but the name may be left empty. */
export const contactInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(contactLimits.name),
  pronunciation: optionalText(contactLimits.pronunciation),
  title: optionalText(contactLimits.title),
  otherTitles: textList(contactLimits.title, contactLimits.otherTitles),
  /** The organisation by name: an existing one (same name, any case or accents) is linked, else created. */
  organisation: optionalText(contactLimits.organisation),
  organisationRelation: z.enum(organisationRelations).or(z.literal('')).default(''),
  field: optionalText(contactLimits.field),
  location: optionalText(contactLimits.location),
  emails: textList(contactLimits.email, contactLimits.emails, emailItem),
  phones: textList(contactLimits.phone, contactLimits.phones),
  linkedinUrl: optionalText(contactLimits.linkedinUrl).refine((value) => value === '' || isLinkedInUrl(value), {
    params: { rule: 'invalid_linkedin_url' },
  }),
  howKnown: z.enum(howKnownOptions).or(z.literal('')).default(''),
  metOn: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || (isoDate.test(value) && !Number.isNaN(Date.parse(value))), {
      params: { rule: 'invalid_date' },
    }),
  metWhere: optionalText(contactLimits.metWhere),
  introducedById: z.string().max(100).nullable().default(null),
  mayUseIntroducerName: z.boolean().default(false),
  tags: textList(contactLimits.tag, contactLimits.tags),
  notes: optionalText(contactLimits.notes),
});

export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFieldsParsed = z.output<typeof contactInputSchema>;

/** An update names the version it was based on, so a stale edit is refused instead of winning. */
export const contactUpdateSchema = contactInputSchema.extend({
  version: z.number().int().min(1),
});

export type ContactUpdate = z.input<typeof contactUpdateSchema>;

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  pronunciation: z.string(),
  title: z.string(),
  otherTitles: z.array(z.string()),
  organisationId: z.string().nullable(),
  organisation: z.string(),
  organisationRelation: z.enum(organisationRelations).or(z.literal('')),
  field: z.string(),
  location: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  linkedinUrl: z.string(),
  howKnown: z.enum(howKnownOptions).or(z.literal('')),
  metOn: z.string(),
  metWhere: z.string(),
  introducedById: z.string().nullable(),
  mayUseIntroducerName: z.boolean(),
  tags: z.array(z.string()),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contactListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).default(''),
  organisationId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type ContactListQuery = z.input<typeof contactListQuerySchema>;

export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  total: z.number().int(),
});

export type ContactPage = z.output<typeof contactPageSchema>;

/** What deleting a contact takes with it, shown in the confirmation before anything goes. */
export const contactDeletionImpactSchema = z.object({
  notes: z.number().int(),
  introduced: z.number().int(),
});

export const referralChainSchema = z.object({
  introducers: z.array(z.object({ id: z.string(), name: z.string() })),
  tree: z.lazy((): z.ZodType<ReferralTreeNode> => referralNodeSchema),
});

interface ReferralTreeNode {
  id: string;
  name: string;
  introduced: ReferralTreeNode[];
}

const referralNodeSchema: z.ZodType<ReferralTreeNode> = z.object({
  id: z.string(),
  name: z.string(),
  introduced: z.array(z.lazy(() => referralNodeSchema)),
});

/** Merge `removeId` into `keepId`: the kept contact gains what the other had, links move over. */
export const contactMergeSchema = z.strictObject({
  keepId: z.string().min(1).max(100),
  removeId: z.string().min(1).max(100),
});
