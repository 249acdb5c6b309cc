import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { CSV_MEDIA_TYPE } from './csv-export.ts';
import { datedFileName, type ContactExportFormat, type ExportService } from './export.service.ts';
import { VCARD_MEDIA_TYPE } from './vcard-export.ts';

/** HTTP only: /api/export/contacts.vcf and /api/export/contacts.csv, as downloads. */
export function exportRoutes(service: ExportService, clock: () => Date = () => new Date()) {
  const download = async (c: Context<AppEnv>, format: ContactExportFormat) => {
    const { text } = await service.exportContacts(c.get('user'), format);
    const extension = format === 'vcard' ? 'vcf' : 'csv';
    return c.body(text, 200, {
      'Content-Type': format === 'vcard' ? VCARD_MEDIA_TYPE : CSV_MEDIA_TYPE,
      'Content-Disposition': attachment(datedFileName('rapport-contacts', extension, clock())),
    });
  };
  return new Hono<AppEnv>()
    .get('/contacts.vcf', (c) => download(c, 'vcard'))
    .get('/contacts.csv', (c) => download(c, 'csv'));
}

/**
 * Always a download, never shown in the browser: a file of the user's data opened in a tab would
 * run with the app's origin if a browser ever sniffed it as HTML (nosniff is set on every response
 * as well, see security-headers.ts). The name is ASCII, so it needs no encoding.
 */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
