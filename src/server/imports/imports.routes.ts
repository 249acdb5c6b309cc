import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '#domain/errors';
import { importConfirmSchema, previewQuerySchema, previewRowsQuerySchema } from '#shared/import.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import { MAX_IMPORT_BYTES } from '../transfer/decode-text.ts';
import type { ImportsService } from './imports.service.ts';

/** The paths under /api whose upload limit is MAX_IMPORT_BYTES instead of the API's 2 MiB (see app.ts). */
export const importPathsWithOwnBodyLimit: readonly string[] = ['/api/imports/preview'];

/**
 * HTTP only. POST /preview takes the file itself as the body (any content type: the parsers
 * decide what it is), GET /:previewId/rows pages through the preview, POST /:previewId/confirm
 * takes the user's choices, GET /:previewId/progress says how far that confirmation has got,
 * GET / lists past imports and POST /:id/undo undoes the latest.
 */
export function importsRoutes(service: ImportsService) {
  return (
    new Hono<AppEnv>()
      .get('/', async (c) => c.json(await service.history(c.get('user'))))
      .post(
        '/preview',
        bodyLimit({
          maxSize: MAX_IMPORT_BYTES,
          onError: () => {
            throw new AppError('payload_too_large', { limit: MAX_IMPORT_BYTES });
          },
        }),
        async (c) => {
          const options = readQuery(c, previewQuerySchema);
          const bytes = new Uint8Array(await c.req.arrayBuffer());
          return c.json(await service.preview(c.get('user'), bytes, options));
        },
      )
      // Polled by the import page while the confirmation runs; answers from memory (see ImportProgressBoard).
      .get('/:previewId/progress', (c) => c.json(service.progress(c.get('user'), c.req.param('previewId'))))
      .get('/:previewId/rows', (c) =>
        c.json(service.rows(c.get('user'), c.req.param('previewId'), readQuery(c, previewRowsQuerySchema))),
      )
      .post('/:previewId/confirm', async (c) => {
        const decisions = await readJsonBody(c, importConfirmSchema);
        return c.json(await service.confirm(c.get('user'), c.req.param('previewId'), decisions), 201);
      })
      .post('/:id/undo', async (c) => c.json(await service.undo(c.get('user'), c.req.param('id'))))
  );
}
