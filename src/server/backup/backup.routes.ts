import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import type { Logger } from 'pino';
import { AppError } from '#domain/errors';
import type { AppEnv } from '../http/app-env.ts';
import { attachment } from '../transfer/export.routes.ts';
import { datedFileName } from '../transfer/export.service.ts';
import type { BackupService } from './backup.service.ts';

/**
 * A restore uploads a whole backup, so this one route takes far more than the API's usual 2 MiB:
 * 100 MiB holds tens of thousands of contacts with long notes. The file is parsed in memory (the
 * whole of it is checked before anything is written), which costs a few times its size while the
 * restore runs; a larger backup is restored with `rapport restore FILE`, which has no limit.
 */
export const MAX_RESTORE_BYTES = 100 * 1024 * 1024;

/** The paths under /api that set their own body limit instead of the API's (see app.ts). */
export const pathsWithOwnBodyLimit: readonly string[] = ['/api/restore'];

/** HTTP only: GET /api/backup (a download) and POST /api/restore. */
export function backupRoutes(service: BackupService, logger: Logger, clock: () => Date = () => new Date()) {
  return new Hono<AppEnv>()
    .get('/backup', (c) => {
      c.header('Content-Type', 'application/json; charset=utf-8');
      c.header('Content-Disposition', attachment(datedFileName('rapport-backup', 'json', clock())));
      const user = c.get('user');
      // Streamed: a large backup never sits in memory whole. A failure half-way can only cut the
      // file short, and a cut file is refused by restore as incomplete JSON.
      return stream(
        c,
        async (output) => {
          await service.backUp(user, (chunk) => output.write(chunk).then(() => undefined));
        },
        async (error) => {
          logger.error({ requestId: c.get('requestId'), err: error }, 'backup failed while streaming');
        },
      );
    })
    .post(
      '/restore',
      bodyLimit({
        maxSize: MAX_RESTORE_BYTES,
        onError: () => {
          throw new AppError('payload_too_large', { limit: MAX_RESTORE_BYTES });
        },
      }),
      async (c) => {
        const contentType = c.req.header('content-type') ?? '';
        if (!/^application\/json\s*(;|$)/i.test(contentType)) throw new AppError('unsupported_media_type');
        return c.json(await service.restore(c.get('user'), await c.req.text()));
      },
    );
}
