import { Hono } from 'hono';
import { noteInputSchema, noteListQuerySchema, noteUpdateSchema } from '#shared/note.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { NotesService } from './notes.service.ts';

/** HTTP only: read and validate the request, call the service, shape the response. */
export function notesRoutes(service: NotesService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = readQuery(c, noteListQuerySchema);
      return c.json(await service.list(c.get('user'), query));
    })
    .post('/', async (c) => {
      const input = await readJsonBody(c, noteInputSchema);
      return c.json(await service.create(c.get('user'), input), 201);
    })
    .put('/:id', async (c) => {
      const { body, version } = await readJsonBody(c, noteUpdateSchema);
      return c.json(await service.update(c.get('user'), c.req.param('id'), version, body));
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
