import { z } from 'zod';

export const NOTE_MAX_LENGTH = 100_000;

/** A dated note about a contact or an organisation (Markdown). */
export const noteInputSchema = z
  .strictObject({
    contactId: z.string().max(100).nullable().default(null),
    organisationId: z.string().max(100).nullable().default(null),
    body: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
  })
  .refine((note) => (note.contactId === null) !== (note.organisationId === null), {
    params: { rule: 'invalid_value' },
    path: ['contactId'],
  });

export const noteUpdateSchema = z.strictObject({
  body: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
  version: z.number().int().min(1),
});

export const noteSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  organisationId: z.string().nullable(),
  body: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Note = z.output<typeof noteSchema>;

/** The notes of one subject: a contact or an organisation, never both. Newest first. */
export const noteListQuerySchema = z
  .strictObject({
    contactId: z.string().min(1).max(100).optional(),
    organisationId: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((query) => (query.contactId === undefined) !== (query.organisationId === undefined), {
    params: { rule: 'required' },
    path: ['contactId'],
  });

export const notePageSchema = z.object({
  items: z.array(noteSchema),
  total: z.number().int(),
});

export type NotePage = z.output<typeof notePageSchema>;
