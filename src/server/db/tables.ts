import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Timestamps are ISO-8601 text in UTC and ids are UUID text, so
 * one row reads the same from SQLite and PostgreSQL and survives a JSON backup unchanged. Lists
 * are JSON text (see migration 0002). Booleans are integers 0/1, which both engines store alike.
 */
export interface Database {
  users: UsersTable;
  contacts: ContactsTable;
  organisations: OrganisationsTable;
  notes: NotesTable;
  explore_fields: ExploreFieldsTable;
  imports: ImportsTable;
  profiles: ProfilesTable;
  interviews: InterviewsTable;
  interview_steps: InterviewStepsTable;
  meetings: MeetingsTable;
  templates: TemplatesTable;
  questions: QuestionsTable;
  dossiers: DossiersTable;
  plan_items: PlanItemsTable;
  conversations: ConversationsTable;
  reports: ReportsTable;
  tasks: TasksTable;
  interactions: InteractionsTable;
  keep_in_touch: KeepInTouchTable;
  /** PostgreSQL only. */
  search_index: SearchIndexTable;
  /** SQLite only: which document each row of the FTS5 table search_fts is. */
  search_docs: SearchDocsTable;
}

export interface UsersTable {
  id: string;
  display_name: string;
  created_at: string;
}

export interface ContactsTable {
  id: string;
  /** Every user-data table has an owner; local mode has one implicit user. */
  owner_id: string;
  name: string;
  pronunciation: Generated<string>;
  title: string;
  other_titles: Generated<string>;
  organisation_id: string | null;
  organisation_relation: Generated<string>;
  field: Generated<string>;
  location: Generated<string>;
  emails: Generated<string>;
  phones: Generated<string>;
  linkedin_url: string;
  how_known: Generated<string>;
  met_on: Generated<string>;
  met_where: Generated<string>;
  introduced_by_id: string | null;
  may_use_introducer_name: Generated<number>;
  tags: Generated<string>;
  notes: string;
  /** The import that created this contact, so the import can be undone. */
  import_id: string | null;
  /** Folded name, for sorting (see foldForSearch). */
  sort_key: string;
  /** Folded name, organisation, titles and e-mails, for the quick filter of the list. */
  search_key: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface OrganisationsTable {
  id: string;
  owner_id: string;
  name: string;
  /** Folded name: for sorting, and unique per owner so a name links to one organisation. */
  sort_key: string;
  website: Generated<string>;
  field: Generated<string>;
  notes: Generated<string>;
  is_target: Generated<number>;
  motivation: number | null;
  posting: number | null;
  /** The follow-up routine for this organisation, or null for the user's default. */
  routine: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface NotesTable {
  id: string;
  owner_id: string;
  contact_id: string | null;
  organisation_id: string | null;
  body: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ExploreFieldsTable {
  id: string;
  owner_id: string;
  name: string;
  notes: Generated<string>;
  created_at: string;
}

export interface ImportsTable {
  id: string;
  owner_id: string;
  format: string;
  file_name: Generated<string>;
  summary: Generated<string>;
  undo: Generated<string>;
  created_at: string;
  undone_at: string | null;
}

export type SearchKind = 'contact' | 'organisation' | 'note';

export interface SearchDocsTable {
  id: Generated<number>;
  owner_id: string;
  kind: SearchKind;
  ref_id: string;
}

export interface SearchIndexTable {
  owner_id: string;
  kind: SearchKind;
  ref_id: string;
  title: string;
  body: string;
}

export interface ProfilesTable {
  owner_id: string;
  my_name: Generated<string>;
  my_background: Generated<string>;
  my_field: Generated<string>;
  country: Generated<string>;
  time_zone: Generated<string>;
  routine: Generated<string>;
  feed_token: string | null;
  elevator_pitch: Generated<string>;
  version: Generated<number>;
  updated_at: string;
}

export interface InterviewsTable {
  id: string;
  owner_id: string;
  contact_id: string;
  stage: string;
  goal: Generated<string>;
  request_channel: string | null;
  /** Calendar days (YYYY-MM-DD) in the user's time zone. */
  requested_on: string | null;
  replied_on: string | null;
  routine: string | null;
  draft_kind: Generated<string>;
  draft_subject: Generated<string>;
  draft_body: Generated<string>;
  offered_slots: Generated<string>;
  offered_slots_zone: Generated<string>;
  rehearsals: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InterviewStepsTable {
  id: string;
  owner_id: string;
  interview_id: string;
  position: number;
  kind: string;
  on_day: string;
  detail: Generated<string>;
  created_at: string;
}

export interface MeetingsTable {
  id: string;
  owner_id: string;
  interview_id: string;
  /** Wall-clock time 'YYYY-MM-DDTHH:mm' in time_zone. */
  start_local: string;
  time_zone: string;
  duration_minutes: number;
  format: string;
  place: Generated<string>;
  sequence: Generated<number>;
  cancelled: Generated<number>;
  reminders_done: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface TemplatesTable {
  id: string;
  owner_id: string;
  kind: string;
  language: string;
  name: string;
  subject: Generated<string>;
  body: string;
  replaces_built_in: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface QuestionsTable {
  id: string;
  owner_id: string;
  /** The shipped question's key, or null for the user's own. Unique per owner. */
  built_in_key: string | null;
  category: string;
  lens: string;
  minutes: number;
  /** JSON object language → text, only the languages filled. */
  texts: string;
  hidden: Generated<number>;
  /** 1 when the user changed a built-in question: the seed step no longer updates it. */
  edited: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** Migration 0005: preparing, holding and following up the conversation (see the migration). */
export interface DossiersTable {
  interview_id: string;
  owner_id: string;
  leave_knowing: Generated<string>;
  person_background: Generated<string>;
  organisation_notes: Generated<string>;
  /** JSON list of ticked checklist keys. */
  checklist: Generated<string>;
  version: Generated<number>;
  updated_at: string;
}

export interface PlanItemsTable {
  id: string;
  owner_id: string;
  interview_id: string;
  question_id: string | null;
  text: string;
  category: Generated<string>;
  lens: Generated<string>;
  minutes: number;
  position: number;
  note: Generated<string>;
  starred: Generated<number>;
  asked: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConversationsTable {
  interview_id: string;
  owner_id: string;
  planned_minutes: number;
  /** UTC ISO instants. */
  started_at: string | null;
  ended_at: string | null;
  phase: Generated<string>;
  free_notes: Generated<string>;
  updated_at: string;
}

export interface ReportsTable {
  interview_id: string;
  owner_id: string;
  body: Generated<string>;
  /** JSON, validated by gainsSchema (src/shared/gains.schema.ts). */
  gains: Generated<string>;
  thank_you_subject: Generated<string>;
  thank_you_body: Generated<string>;
  thank_you_sent_on: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  id: string;
  owner_id: string;
  contact_id: string | null;
  interview_id: string | null;
  kind: string;
  text: string;
  due_on: string | null;
  done_on: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InteractionsTable {
  id: string;
  owner_id: string;
  contact_id: string;
  kind: string;
  on_day: string;
  note: Generated<string>;
  created_at: string;
}

export interface KeepInTouchTable {
  contact_id: string;
  owner_id: string;
  every_months: Generated<number>;
  stopped: Generated<number>;
  updated_at: string;
}
