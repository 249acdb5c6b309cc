import { Hono } from 'hono';
import {
  organisationInputSchema,
  organisationListQuerySchema,
  organisationUpdateSchema,
  targetAddSchema,
} from '#shared/organisation.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { OrganisationsService } from './organisations.service.ts';

/** HTTP only: /api/organisations. */
export function organisationsRoutes(service: OrganisationsService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = readQuery(c, organisationListQuerySchema);
      return c.json(await service.list(c.get('user'), query));
    })
    .post('/', async (c) => {
      const fields = await readJsonBody(c, organisationInputSchema);
      return c.json(await service.create(c.get('user'), fields), 201);
    })
    .get('/:id', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'))))
    .get('/:id/deletion-impact', async (c) => c.json(await service.deletionImpact(c.get('user'), c.req.param('id'))))
    .put('/:id', async (c) => {
      const { version, ...fields } = await readJsonBody(c, organisationUpdateSchema);
      return c.json(await service.update(c.get('user'), c.req.param('id'), version, fields));
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}

/** HTTP only: /api/targets, the LAMP list (ranked) and its quick-add row. */
export function targetsRoutes(service: OrganisationsService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await service.targets(c.get('user'), c.get('locale'))))
    .post('/', async (c) => {
      const input = await readJsonBody(c, targetAddSchema);
      const { organisation, created } = await service.addTarget(c.get('user'), input);
      return c.json(organisation, created ? 201 : 200);
    });
}
