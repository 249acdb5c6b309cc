import { Hono } from 'hono';
import { exploreFieldInputSchema } from '#shared/explore-field.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { ExploreFieldsService } from './explore-fields.service.ts';

/** HTTP only: /api/explore-fields. */
export function exploreFieldsRoutes(service: ExploreFieldsService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await service.list(c.get('user')) }))
    .post('/', async (c) => {
      const input = await readJsonBody(c, exploreFieldInputSchema);
      return c.json(await service.create(c.get('user'), input), 201);
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
