import { Hono } from 'hono';
import { referralInputSchema } from '#shared/referral.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { ReferralsService } from './referrals.service.ts';

/** HTTP only: /api/interviews/:id/referrals, the people the interview's advisor introduced. */
export function referralsRoutes(service: ReferralsService) {
  return new Hono<AppEnv>()
    .get('/:id/referrals', async (c) => c.json(await service.list(c.get('user'), c.req.param('id'))))
    .post('/:id/referrals', async (c) =>
      c.json(await service.create(c.get('user'), c.req.param('id'), await readJsonBody(c, referralInputSchema)), 201),
    );
}
