import { z } from 'zod';
import { duplicateReasons } from '#domain/duplicates';
import { validationRules } from '#domain/errors';

/** The formats Rapport reads; 'auto' recognises the file by its content. */
export const importFormats = ['linkedin', 'google', 'vcard'] as const;
export type ImportFormatName = (typeof importFormats)[number];

/** What a user may choose for each row of an import. */
export const importActions = ['create', 'merge', 'skip'] as const;
export type ImportAction = (typeof importActions)[number];

/**
 * Why a file could not be read at all, in the words the UI and the CLI translate
 * (import.fileProblem.reasons.*). The server maps each parser reason onto one of these.
 */
export const fileProblemReasons = [
  'empty_file',
  'not_text',
  // Valid UTF-8 mixed with invalid bytes: a damaged file, or one cut in the middle of a character.
  'invalid_encoding',
  'no_header',
  'malformed_csv',
  'malformed_vcard',
  // vCard 2.1 (Android's default export): bare TYPE parameters and quoted-printable values.
  'unsupported_vcard_version',
  'missing_name',
  'invalid_date',
  'too_large',
  'unknown_format',
] as const;
export type FileProblemReason = (typeof fileProblemReasons)[number];

/** Where a file went wrong: sent with the error code unreadable_file. */
export const fileProblemSchema = z.object({
  fileName: z.string(),
  line: z.number().int(),
  field: z.string().optional(),
  reason: z.enum(fileProblemReasons),
});
export type FileProblem = z.output<typeof fileProblemSchema>;

/** The largest file an import accepts (the parsers refuse more, the upload route too). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The contact fields an import can fill; labels come from validation.json's "fields". */
export const importFields = [
  'name',
  'title',
  'organisation',
  'emails',
  'phones',
  'linkedinUrl',
  'location',
  'metOn',
  'tags',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

export const previewQuerySchema = z.strictObject({
  fileName: z.string().trim().max(255).default(''),
  format: z.enum(['auto', ...importFormats]).default('auto'),
});

/** One column or property of the file and the Rapport field it goes to (null: not imported). */
export const importColumnSchema = z.object({
  source: z.string(),
  field: z.enum(importFields).nullable(),
});
export type ImportColumn = z.output<typeof importColumnSchema>;

const fieldProblemSchema = z.object({
  field: z.string(),
  rule: z.enum(validationRules),
  limit: z.number().optional(),
});

export const duplicateOfSchema = z.discriminatedUnion('kind', [
  /** A contact the user already has. */
  z.object({
    kind: z.literal('contact'),
    id: z.string(),
    name: z.string(),
    reasons: z.array(z.enum(duplicateReasons)),
  }),
  /** An earlier row of the same file. */
  z.object({
    kind: z.literal('row'),
    line: z.number().int(),
    name: z.string(),
    reasons: z.array(z.enum(duplicateReasons)),
  }),
]);
export type DuplicateOf = z.output<typeof duplicateOfSchema>;

export const previewRowSchema = z.object({
  /** 1-based line where the record starts in the file: the row's name in choices and messages. */
  line: z.number().int(),
  contact: z.object({
    name: z.string(),
    title: z.string(),
    organisation: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    linkedinUrl: z.string(),
    location: z.string(),
    metOn: z.string(),
    tags: z.array(z.string()),
  }),
  duplicateOf: duplicateOfSchema.optional(),
  /** What happens unless the user chooses otherwise: create, or skip for a duplicate. */
  action: z.enum(importActions),
  /** A row that breaks the contact rules is not imported; the problems say why. */
  errors: z.array(fieldProblemSchema).optional(),
});
export type PreviewRow = z.output<typeof previewRowSchema>;

export const previewCountsSchema = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  duplicates: z.number().int(),
  errors: z.number().int(),
});

export const previewSchema = z.object({
  previewId: z.string(),
  format: z.enum(importFormats),
  fileName: z.string(),
  columns: z.array(importColumnSchema),
  counts: previewCountsSchema,
  /** The first page of rows (see previewRowsQuerySchema for the others). */
  rows: z.array(previewRowSchema),
  expiresAt: z.string(),
});
export type ImportPreview = z.output<typeof previewSchema>;

export const previewRowFilters = ['all', 'duplicates', 'errors'] as const;
export type PreviewRowFilter = (typeof previewRowFilters)[number];

export const previewRowsQuerySchema = z.strictObject({
  show: z.enum(previewRowFilters).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const previewRowsPageSchema = z.object({
  items: z.array(previewRowSchema),
  total: z.number().int(),
});

/**
 * The user's decisions. `duplicates` applies to every duplicate row without a choice of its own
 * ("apply to all duplicates"); rows not named keep their default action.
 */
export const importConfirmSchema = z.strictObject({
  duplicates: z.enum(importActions).optional(),
  choices: z.record(z.string().regex(/^[1-9]\d{0,8}$/), z.enum(importActions)).default({}),
});
export type ImportConfirm = z.input<typeof importConfirmSchema>;

export const importRowErrorSchema = fieldProblemSchema.extend({ line: z.number().int() });

export const importSummarySchema = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportSummary = z.output<typeof importSummarySchema>;

export const importRecordSchema = z.object({
  id: z.string(),
  format: z.enum(importFormats),
  fileName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  summary: importSummarySchema,
  /** Only the latest import that has not been undone can be undone. */
  canUndo: z.boolean(),
});
export type ImportRecord = z.output<typeof importRecordSchema>;

export const importHistorySchema = z.object({ items: z.array(importRecordSchema) });

/**
 * How far a confirmation has got: contacts written (created or merged) of those to write. While
 * `total` is 0 the confirmation is still working out what to write.
 */
export const importProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.output<typeof importProgressSchema>;

export const importUndoResultSchema = z.object({
  removed: z.number().int(),
  restored: z.number().int(),
});
