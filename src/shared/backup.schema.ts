import { z } from 'zod';
import { contactLimits, howKnownOptions, organisationRelations } from '#domain/contact';
import type { FieldProblem } from '#domain/errors';
import { exploreFieldLimits } from '#domain/explore-field';
import { MOTIVATION_MAX, MOTIVATION_MIN, organisationLimits, POSTING_MAX, POSTING_MIN } from '#domain/organisation';
import { foldForSearch } from '#domain/search-key';
import { routineKinds } from '#domain/follow-up-routine';
import { holidayCountries } from '#domain/business-days';
import { isCalendarDay } from '#domain/calendar-day';
import {
  interviewLimits,
  interviewStages,
  interviewStepKinds,
  meetingFormats,
  requestChannels,
} from '#domain/interview';
import { locales } from '#domain/locale';
import { templateKinds } from '#domain/request-templates';
import { isKnownTimeZone, isLocalDateTime } from '#domain/zoned-time';
import { gainsSchema } from './gains.schema.ts';
import { QUESTION_TEXT_MAX } from '#domain/question';
import {
  QUESTION_MINUTES_MAX,
  QUESTION_MINUTES_MIN,
  questionCategories,
  tiaraLenses,
} from '#domain/question-bank/question-vocabulary';

/**
 * A JSON backup: everything one user has, as the rows of the tables (column names as in
 * src/server/db/tables.ts), so that a backup mirrors the schema it was written from and an older
 * backup can be brought up to date the way the database itself is, migration by migration.
 *
 * Three kinds of column are left out: owner_id (whose data it becomes is decided by who restores
 * it) and the derived sort_key and search_key, which the restore computes with the current rules.
 *
 * Every object is strict: an unknown key, "__proto__" and "constructor" included, makes the file
 * invalid instead of being carried along. JSON.parse only ever creates such keys as plain own
 * properties, and zod builds new objects with the known keys only, so nothing reaches a prototype.
 */
export const BACKUP_FORMAT = 'rapport-backup';

/** Sanity bound per table: far above any real network, low enough to refuse a flood early. */
export const MAX_BACKUP_ROWS = 1_000_000;
/** The import log (summary, undo) is JSON text inside a row; bounded so one row cannot be huge. */
const MAX_IMPORT_LOG_CHARS = 20_000_000;
/** Lists are bounded only against floods: an import may bring more e-mails than the form allows. */
const MAX_LIST_ITEMS = 1000;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);
const reference = id.nullable();
const text = (max: number) => z.string().max(max);
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const timestamp = z
  .string()
  .max(40)
  .refine((value) => isoTimestamp.test(value) && !Number.isNaN(Date.parse(value)), {
    params: { rule: 'invalid_date' },
  });
const flag = z.union([z.literal(0), z.literal(1)]);
const version = z.number().int().min(1);
const calendarDate = z
  .string()
  .refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), {
    params: { rule: 'invalid_date' },
  });

/** A column holding a JSON list of short texts, e.g. '["a@example.no"]'. */
const jsonTextList = (maxLength: number) =>
  z.string().refine(
    (value) => {
      const list = parseJsonSafely(value);
      return (
        Array.isArray(list) &&
        list.length <= MAX_LIST_ITEMS &&
        list.every((item) => typeof item === 'string' && item.length <= maxLength)
      );
    },
    { params: { rule: 'invalid_value' } },
  );

/** A column holding any JSON text (an import's summary and undo log). */
const jsonDocument = z
  .string()
  .max(MAX_IMPORT_LOG_CHARS)
  .refine((value) => parseJsonSafely(value) !== undefined, { params: { rule: 'invalid_value' } });

export const contactRowSchema = z.strictObject({
  id,
  name: z.string().min(1).max(contactLimits.name),
  pronunciation: text(contactLimits.pronunciation),
  title: text(contactLimits.title),
  other_titles: jsonTextList(contactLimits.title),
  organisation_id: reference,
  organisation_relation: z.enum(organisationRelations).or(z.literal('')),
  field: text(contactLimits.field),
  location: text(contactLimits.location),
  emails: jsonTextList(contactLimits.email),
  phones: jsonTextList(contactLimits.phone),
  linkedin_url: text(contactLimits.linkedinUrl),
  how_known: z.enum(howKnownOptions).or(z.literal('')),
  met_on: calendarDate,
  met_where: text(contactLimits.metWhere),
  introduced_by_id: reference,
  may_use_introducer_name: flag,
  tags: jsonTextList(contactLimits.tag),
  notes: text(contactLimits.notes),
  import_id: reference,
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

export const organisationRowSchema = z.strictObject({
  id,
  name: z.string().min(1).max(organisationLimits.name),
  website: text(organisationLimits.website),
  field: text(organisationLimits.field),
  notes: text(organisationLimits.notes),
  is_target: flag,
  motivation: z.number().int().min(MOTIVATION_MIN).max(MOTIVATION_MAX).nullable(),
  posting: z.number().int().min(POSTING_MIN).max(POSTING_MAX).nullable(),
  routine: z.enum(routineKinds).nullable(),
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

export const noteRowSchema = z.strictObject({
  id,
  contact_id: reference,
  organisation_id: reference,
  body: z.string().min(1).max(100_000),
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

export const exploreFieldRowSchema = z.strictObject({
  id,
  name: z.string().min(1).max(exploreFieldLimits.name),
  notes: text(exploreFieldLimits.notes),
  created_at: timestamp,
});

export const importRowSchema = z.strictObject({
  id,
  format: z.string().regex(/^[a-z0-9_-]{1,40}$/),
  file_name: text(1000),
  summary: jsonDocument,
  undo: jsonDocument,
  created_at: timestamp,
  undone_at: timestamp.nullable(),
});

const day = z.string().refine(isCalendarDay, { params: { rule: 'invalid_date' } });
const localDateTime = z.string().refine(isLocalDateTime, { params: { rule: 'invalid_date' } });
const timeZone = z
  .string()
  .max(100)
  .refine(isKnownTimeZone, { params: { rule: 'invalid_value' } });
const count = z.number().int().min(0);

/** The user's profile: one row at most. Its calendar feed token is left out (a new one is made). */
export const profileRowSchema = z.strictObject({
  my_name: text(200),
  my_background: text(300),
  my_field: text(200),
  country: z.enum(holidayCountries).or(z.literal('')),
  time_zone: timeZone.or(z.literal('')),
  routine: z.enum(routineKinds),
  elevator_pitch: text(2000),
  version,
  updated_at: timestamp,
});

export const interviewRowSchema = z.strictObject({
  id,
  contact_id: id,
  stage: z.enum(interviewStages),
  goal: text(interviewLimits.goal),
  request_channel: z.enum(requestChannels).nullable(),
  requested_on: day.nullable(),
  replied_on: day.nullable(),
  routine: z.enum(routineKinds).nullable(),
  draft_kind: z.enum(templateKinds),
  draft_subject: text(interviewLimits.subject),
  draft_body: text(interviewLimits.body),
  offered_slots: jsonTextList(16),
  offered_slots_zone: timeZone.or(z.literal('')),
  rehearsals: count,
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

/** A step of an interview's history; its detail is a JSON object of short texts. */
export const interviewStepRowSchema = z.strictObject({
  id,
  interview_id: id,
  position: z.number().int().min(1),
  kind: z.enum(interviewStepKinds),
  on_day: day,
  detail: z
    .string()
    .max(10_000)
    .refine(
      (value) => {
        const detail = parseJsonSafely(value);
        return (
          typeof detail === 'object' &&
          detail !== null &&
          !Array.isArray(detail) &&
          Object.values(detail).every((item) => typeof item === 'string')
        );
      },
      { params: { rule: 'invalid_value' } },
    ),
  created_at: timestamp,
});

export const meetingRowSchema = z.strictObject({
  id,
  interview_id: id,
  start_local: localDateTime,
  time_zone: timeZone,
  duration_minutes: z.number().int().min(interviewLimits.minMeetingMinutes).max(interviewLimits.maxMeetingMinutes),
  format: z.enum(meetingFormats),
  place: text(interviewLimits.place),
  sequence: count,
  cancelled: flag,
  reminders_done: jsonTextList(40),
  created_at: timestamp,
  updated_at: timestamp,
});

export const templateRowSchema = z.strictObject({
  id,
  kind: z.enum(templateKinds),
  language: z.enum(locales),
  name: z.string().min(1).max(100),
  subject: text(interviewLimits.subject),
  body: z.string().min(1).max(interviewLimits.body),
  replaces_built_in: flag,
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

/**
 * A question of the bank: a built-in one (its key; rows the seed step added are backed up too,
 * with the user's hidden flag and edits) or the user's own. Texts are a JSON object of the
 * languages filled, at least one.
 */
export const questionRowSchema = z.strictObject({
  id,
  built_in_key: z
    .string()
    .regex(/^[a-z_]{1,50}\.[a-z_]{1,50}$/)
    .nullable(),
  category: z.enum(questionCategories),
  lens: z.enum(tiaraLenses),
  minutes: z.number().int().min(QUESTION_MINUTES_MIN).max(QUESTION_MINUTES_MAX),
  texts: z.string().refine(
    (value) => {
      const texts = parseJsonSafely(value);
      if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) return false;
      const entries = Object.entries(texts);
      return (
        entries.length > 0 &&
        entries.every(
          ([language, text]) =>
            (locales as readonly string[]).includes(language) &&
            typeof text === 'string' &&
            text.trim() !== '' &&
            text.length <= QUESTION_TEXT_MAX,
        )
      );
    },
    { params: { rule: 'invalid_value' } },
  ),
  hidden: flag,
  edited: flag,
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

/**
 * Issue 5's tables. Their limits are bounds against floods, at or above what the forms allow, so
 * a backup of anything the app accepted restores.
 */
const longText = (max: number) => z.string().max(max);
const MAX_NOTE_CHARS = 1_000_000;

export const dossierRowSchema = z.strictObject({
  interview_id: id,
  leave_knowing: longText(20_000),
  person_background: longText(20_000),
  organisation_notes: longText(20_000),
  checklist: jsonTextList(100),
  version,
  updated_at: timestamp,
});

export const planItemRowSchema = z.strictObject({
  id,
  interview_id: id,
  question_id: reference,
  text: z.string().min(1).max(5000),
  category: text(100),
  lens: text(100),
  minutes: z.number().int().min(0).max(interviewLimits.maxMeetingMinutes),
  position: count,
  note: longText(MAX_NOTE_CHARS),
  starred: flag,
  asked: flag,
  created_at: timestamp,
  updated_at: timestamp,
});

export const conversationRowSchema = z.strictObject({
  interview_id: id,
  planned_minutes: z.number().int().min(interviewLimits.minMeetingMinutes).max(interviewLimits.maxMeetingMinutes),
  started_at: timestamp.nullable(),
  ended_at: timestamp.nullable(),
  phase: text(40),
  free_notes: longText(MAX_NOTE_CHARS),
  updated_at: timestamp,
});

export const reportRowSchema = z.strictObject({
  interview_id: id,
  body: longText(MAX_NOTE_CHARS),
  gains: z
    .string()
    .max(MAX_NOTE_CHARS)
    .refine((value) => gainsSchema.safeParse(parseJsonSafely(value)).success, { params: { rule: 'invalid_value' } }),
  thank_you_subject: text(interviewLimits.subject),
  thank_you_body: text(interviewLimits.body),
  thank_you_sent_on: day.nullable(),
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

export const taskRowSchema = z.strictObject({
  id,
  contact_id: reference,
  interview_id: reference,
  kind: text(40),
  text: z.string().min(1).max(5000),
  due_on: day.nullable(),
  done_on: day.nullable(),
  version,
  created_at: timestamp,
  updated_at: timestamp,
});

export const interactionRowSchema = z.strictObject({
  id,
  contact_id: id,
  kind: text(40),
  on_day: day,
  note: longText(20_000),
  created_at: timestamp,
});

export const keepInTouchRowSchema = z.strictObject({
  contact_id: id,
  every_months: z.number().int().min(1).max(120),
  stopped: flag,
  updated_at: timestamp,
});

const rows = <Row extends z.ZodType>(row: Row) => z.array(row).max(MAX_BACKUP_ROWS);

export const backupDataSchema = z.strictObject({
  contacts: rows(contactRowSchema),
  organisations: rows(organisationRowSchema),
  notes: rows(noteRowSchema),
  explore_fields: rows(exploreFieldRowSchema),
  imports: rows(importRowSchema),
  profiles: z.array(profileRowSchema).max(1),
  interviews: rows(interviewRowSchema),
  interview_steps: rows(interviewStepRowSchema),
  meetings: rows(meetingRowSchema),
  templates: rows(templateRowSchema),
  questions: rows(questionRowSchema),
  dossiers: rows(dossierRowSchema),
  plan_items: rows(planItemRowSchema),
  conversations: rows(conversationRowSchema),
  reports: rows(reportRowSchema),
  tasks: rows(taskRowSchema),
  interactions: rows(interactionRowSchema),
  keep_in_touch: rows(keepInTouchRowSchema),
});

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  /** The name of the last migration of the schema the rows come from. */
  schemaVersion: z.string().min(1).max(200),
  createdAt: timestamp,
  data: backupDataSchema,
});

/** Just enough to tell whether a file is a backup and which schema wrote it, before the rest. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.string().min(1).max(200),
});

export type BackupFile = z.output<typeof backupFileSchema>;
export type BackupData = BackupFile['data'];
export type BackupTable = keyof BackupData;
export type ContactRow = z.output<typeof contactRowSchema>;
export type OrganisationRow = z.output<typeof organisationRowSchema>;
export type NoteRow = z.output<typeof noteRowSchema>;

/** The tables of a backup in an order in which each row's references come before it. */
export const backupTables = [
  'organisations',
  'imports',
  'contacts',
  'notes',
  'explore_fields',
  'profiles',
  'interviews',
  'interview_steps',
  'meetings',
  'templates',
  'questions',
  'dossiers',
  'plan_items',
  'conversations',
  'reports',
  'tasks',
  'interactions',
  'keep_in_touch',
] as const satisfies readonly BackupTable[];

/**
 * Each table's key in a backup: its own id, or the record it belongs to (one dossier per
 * interview, one cadence per contact), or null for the one row per owner (the profile). Rows are
 * written in the key's order, and a restore refuses a key another user's row already has.
 */
export const backupKeyColumns = {
  contacts: 'id',
  organisations: 'id',
  notes: 'id',
  explore_fields: 'id',
  imports: 'id',
  profiles: null,
  interviews: 'id',
  interview_steps: 'id',
  meetings: 'id',
  templates: 'id',
  questions: 'id',
  dossiers: 'interview_id',
  plan_items: 'id',
  conversations: 'interview_id',
  reports: 'interview_id',
  tasks: 'id',
  interactions: 'id',
  keep_in_touch: 'contact_id',
} as const satisfies Record<BackupTable, string | null>;

/** The columns each table has in a backup, in the schema's order. */
export const backupColumns = {
  contacts: Object.keys(contactRowSchema.shape),
  organisations: Object.keys(organisationRowSchema.shape),
  notes: Object.keys(noteRowSchema.shape),
  explore_fields: Object.keys(exploreFieldRowSchema.shape),
  imports: Object.keys(importRowSchema.shape),
  profiles: Object.keys(profileRowSchema.shape),
  interviews: Object.keys(interviewRowSchema.shape),
  interview_steps: Object.keys(interviewStepRowSchema.shape),
  meetings: Object.keys(meetingRowSchema.shape),
  templates: Object.keys(templateRowSchema.shape),
  questions: Object.keys(questionRowSchema.shape),
  dossiers: Object.keys(dossierRowSchema.shape),
  plan_items: Object.keys(planItemRowSchema.shape),
  conversations: Object.keys(conversationRowSchema.shape),
  reports: Object.keys(reportRowSchema.shape),
  tasks: Object.keys(taskRowSchema.shape),
  interactions: Object.keys(interactionRowSchema.shape),
  keep_in_touch: Object.keys(keepInTouchRowSchema.shape),
} as const satisfies Record<BackupTable, string[]>;

/** What a restore brought back, for the confirmation message. */
export const restoreSummarySchema = z.object({
  contacts: z.number().int(),
  organisations: z.number().int(),
  notes: z.number().int(),
  exploreFields: z.number().int(),
  imports: z.number().int(),
  interviews: z.number().int(),
  templates: z.number().int(),
});

export type RestoreSummary = z.output<typeof restoreSummarySchema>;

/**
 * What the schema cannot see: each id once per table, every reference pointing at a row of the
 * same file, and one organisation per name (the database holds one per folded name). Returns the
 * problems with their place in the file, e.g. "data.notes[3].contact_id", at most `limit` of them.
 */
export function findBackupReferenceProblems(data: BackupData, limit = 20): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (table: BackupTable, index: number, column: string, rule: FieldProblem['rule']) => {
    if (problems.length < limit) problems.push({ field: backupFieldPath(table, index, column), rule });
  };
  const idsOf = (table: Exclude<BackupTable, 'profiles'>) => {
    const key = backupKeyColumns[table];
    const ids = new Set<string>();
    (data[table] as Record<string, unknown>[]).forEach((row, index) => {
      const value = String(row[key]);
      // A second row for the same key: an id twice, or two dossiers for one interview.
      if (ids.has(value)) report(table, index, key, key === 'id' ? 'invalid_value' : 'duplicate');
      ids.add(value);
    });
    return ids;
  };
  const contacts = idsOf('contacts');
  const organisations = idsOf('organisations');
  const imports = idsOf('imports');
  idsOf('notes');
  idsOf('explore_fields');
  const interviews = idsOf('interviews');
  idsOf('interview_steps');
  idsOf('meetings');
  idsOf('templates');
  const questions = idsOf('questions');
  for (const table of [
    'dossiers',
    'plan_items',
    'conversations',
    'reports',
    'tasks',
    'interactions',
    'keep_in_touch',
  ] as const)
    idsOf(table);

  const organisationNames = new Set<string>();
  data.organisations.forEach((row, index) => {
    const key = foldForSearch(row.name);
    if (organisationNames.has(key)) report('organisations', index, 'name', 'duplicate');
    organisationNames.add(key);
  });
  const check = (table: BackupTable, index: number, column: string, value: string | null, ids: Set<string>) => {
    if (value !== null && !ids.has(value)) report(table, index, column, 'not_found');
  };
  data.contacts.forEach((row, index) => {
    check('contacts', index, 'organisation_id', row.organisation_id, organisations);
    check('contacts', index, 'introduced_by_id', row.introduced_by_id, contacts);
    check('contacts', index, 'import_id', row.import_id, imports);
  });
  data.notes.forEach((row, index) => {
    check('notes', index, 'contact_id', row.contact_id, contacts);
    check('notes', index, 'organisation_id', row.organisation_id, organisations);
  });
  data.interviews.forEach((row, index) => check('interviews', index, 'contact_id', row.contact_id, contacts));
  const stepPositions = new Set<string>();
  data.interview_steps.forEach((row, index) => {
    check('interview_steps', index, 'interview_id', row.interview_id, interviews);
    const key = `${row.interview_id}\u0000${row.position}`;
    if (stepPositions.has(key)) report('interview_steps', index, 'position', 'duplicate');
    stepPositions.add(key);
  });
  const meetingOf = new Set<string>();
  data.meetings.forEach((row, index) => {
    check('meetings', index, 'interview_id', row.interview_id, interviews);
    if (meetingOf.has(row.interview_id)) report('meetings', index, 'interview_id', 'duplicate');
    meetingOf.add(row.interview_id);
  });
  for (const table of ['dossiers', 'plan_items', 'conversations', 'reports'] as const) {
    data[table].forEach((row, index) => check(table, index, 'interview_id', row.interview_id, interviews));
  }
  data.plan_items.forEach((row, index) => check('plan_items', index, 'question_id', row.question_id, questions));
  data.tasks.forEach((row, index) => {
    check('tasks', index, 'contact_id', row.contact_id, contacts);
    check('tasks', index, 'interview_id', row.interview_id, interviews);
  });
  data.interactions.forEach((row, index) => check('interactions', index, 'contact_id', row.contact_id, contacts));
  data.keep_in_touch.forEach((row, index) => check('keep_in_touch', index, 'contact_id', row.contact_id, contacts));
  // The database holds one copy of each built-in question per user.
  const builtInKeys = new Set<string>();
  data.questions.forEach((row, index) => {
    if (row.built_in_key === null) return;
    if (builtInKeys.has(row.built_in_key)) report('questions', index, 'built_in_key', 'duplicate');
    builtInKeys.add(row.built_in_key);
  });
  return problems;
}

/** "data.notes[3].contact_id": the place of a value in the file, as a reader of JSON writes it. */
export function backupFieldPath(table: string, index: number, column: string): string {
  return `data.${table}[${index}].${column}`;
}

/**
 * JSON.parse for text found inside a backup row. A key that could reach a prototype when the
 * text is used later ("__proto__", "constructor", "prototype") makes it invalid (undefined).
 */
export function parseJsonSafely(value: string): unknown {
  let unsafe = false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value, (key, item: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') unsafe = true;
      return item;
    });
  } catch {
    return undefined;
  }
  return unsafe ? undefined : parsed;
}
