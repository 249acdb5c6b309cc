import { Hono } from 'hono';
import {
  contactInputSchema,
  contactListQuerySchema,
  contactMergeSchema,
  contactUpdateSchema,
} from '#shared/contact.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { ContactsService } from './contacts.service.ts';

/** HTTP only: read and validate the request, call the service, shape the response. */
export function contactsRoutes(service: ContactsService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = readQuery(c, contactListQuerySchema);
      return c.json(await service.list(c.get('user'), query));
    })
    .post('/', async (c) => {
      const fields = await readJsonBody(c, contactInputSchema);
      return c.json(await service.create(c.get('user'), fields), 201);
    })
    .post('/merge', async (c) => {
      const { keepId, removeId } = await readJsonBody(c, contactMergeSchema);
      return c.json(await service.merge(c.get('user'), keepId, removeId));
    })
    .get('/:id', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'))))
    .get('/:id/deletion-impact', async (c) => c.json(await service.deletionImpact(c.get('user'), c.req.param('id'))))
    .get('/:id/referrals', async (c) => c.json(await service.referralChain(c.get('user'), c.req.param('id'))))
    .put('/:id', async (c) => {
      const { version, ...fields } = await readJsonBody(c, contactUpdateSchema);
      return c.json(await service.update(c.get('user'), c.req.param('id'), version, fields));
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
