import { z } from 'zod';
import { BACKUP_FORMAT, restoreSummarySchema, type RestoreSummary } from '#shared/backup.schema';
import { ApiError, toApiError } from '../../lib/api-client.ts';
import { currentLocale } from '../../lib/i18n.svelte.ts';

/** Downloads are plain links: the server answers with Content-Disposition: attachment. */
export const downloadPaths = {
  backup: '/api/backup',
  vcard: '/api/export/contacts.vcf',
  csv: '/api/export/contacts.csv',
} as const;

/** Just what the confirmation needs to say; the server checks the whole file. */
const backupPeekSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  data: z.object({ contacts: z.array(z.unknown()), organisations: z.array(z.unknown()), notes: z.array(z.unknown()) }),
});

export interface BackupPeek {
  createdAt: string;
  contacts: number;
  organisations: number;
  notes: number;
}

/** What a chosen file holds, or undefined when it is not a backup at all. */
export function peekAtBackup(text: string): BackupPeek | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = backupPeekSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { createdAt, data } = parsed.data;
  return {
    createdAt,
    contacts: data.contacts.length,
    organisations: data.organisations.length,
    notes: data.notes.length,
  };
}

/** Sends the file as it is (it is JSON already): the server validates all of it, then restores. */
export async function restoreBackup(text: string): Promise<RestoreSummary> {
  let response: Response;
  try {
    response = await fetch('/api/restore', {
      method: 'POST',
      headers: { accept: 'application/json', 'accept-language': currentLocale(), 'content-type': 'application/json' },
      body: text,
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!response.ok) throw await toApiError(response);
  return restoreSummarySchema.parse(await response.json());
}
