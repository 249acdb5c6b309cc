import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { serializeContactsCsv } from './csv-export.ts';
import { listContactsForExport } from './export.repo.ts';
import { serializeVCards } from './vcard-export.ts';

export type ContactExportFormat = 'vcard' | 'csv';

/** Use cases of the contact exports: all of the user's contacts, in a format other programs read. */
export class ExportService {
  constructor(private readonly db: Kysely<Database>) {}

  async exportContacts(user: ActingUser, format: ContactExportFormat): Promise<{ text: string; count: number }> {
    const contacts = await listContactsForExport(this.db, user.id);
    const text = format === 'vcard' ? serializeVCards(contacts) : serializeContactsCsv(contacts);
    return { text, count: contacts.length };
  }
}

/** "rapport-contacts-2026-11-22.vcf": what the file is and when it was made, in the local date. */
export function datedFileName(prefix: string, extension: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${prefix}-${date}.${extension}`;
}
