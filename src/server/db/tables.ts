import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Timestamps are ISO-8601 text in UTC and ids are UUID text, so
 * one row reads the same from SQLite and PostgreSQL and survives a JSON backup unchanged.
 */
export interface Database {
  users: UsersTable;
  contacts: ContactsTable;
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
  title: string;
  organisation: string;
  email: string;
  phone: string;
  linkedin_url: string;
  notes: string;
  /** Folded name for sorting (see foldForSearch). */
  sort_key: string;
  /** Folded name, organisation, title and e-mail for the name search. */
  search_key: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
