import { z } from 'zod';
import { contactLimits, isLinkedInUrl } from '#domain/contact';

const optionalText = (max: number) => z.string().trim().max(max).default('');

const emailPattern = z.regexes.email;

/** What the user types into the contact form; every field but the name may be left empty. */
export const contactInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(contactLimits.name),
  title: optionalText(contactLimits.title),
  organisation: optionalText(contactLimits.organisation),
  email: optionalText(contactLimits.email).refine((value) => value === '' || emailPattern.test(value), {
    params: { rule: 'invalid_email' },
  }),
  phone: optionalText(contactLimits.phone),
  linkedinUrl: optionalText(contactLimits.linkedinUrl).refine((value) => value === '' || isLinkedInUrl(value), {
    params: { rule: 'invalid_linkedin_url' },
  }),
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
  title: z.string(),
  organisation: z.string(),
  email: z.string(),
  phone: z.string(),
  linkedinUrl: z.string(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contactListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type ContactListQuery = z.input<typeof contactListQuerySchema>;

export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  total: z.number().int(),
});

export type ContactPage = z.output<typeof contactPageSchema>;
