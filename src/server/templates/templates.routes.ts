import { Hono } from 'hono';
import { templateInputSchema, templateListQuerySchema, templateUpdateSchema } from '#shared/template.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { TemplatesService } from './templates.service.ts';

/** HTTP only: /api/templates. */
export function templatesRoutes(service: TemplatesService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const { language } = readQuery(c, templateListQuerySchema);
      return c.json({ items: await service.list(c.get('user'), language) });
    })
    .post('/', async (c) =>
      c.json(await service.create(c.get('user'), await readJsonBody(c, templateInputSchema)), 201),
    )
    .put('/:id', async (c) => {
      const { version, ...fields } = await readJsonBody(c, templateUpdateSchema);
      return c.json(await service.update(c.get('user'), c.req.param('id'), version, fields));
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
