import { Hono } from 'hono';
import { parseAcceptLanguage } from '#domain/locale';
import { profileInputSchema } from '#shared/profile.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { ProfileService } from './profile.service.ts';

/** HTTP only: /api/profile, and its calendar feed token. */
export function profileRoutes(service: ProfileService) {
  return new Hono<AppEnv>()
    .get('/', async (c) =>
      c.json(await service.get(c.get('user'), parseAcceptLanguage(c.req.header('accept-language')))),
    )
    .put('/', async (c) => c.json(await service.update(c.get('user'), await readJsonBody(c, profileInputSchema))))
    .post('/feed-token', async (c) => c.json(await service.renewFeedToken(c.get('user'))))
    .delete('/feed-token', async (c) => c.json(await service.revokeFeedToken(c.get('user'))));
}
