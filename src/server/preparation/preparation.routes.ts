import { Hono } from 'hono';
import { versionOnlySchema } from '#shared/interview.schema';
import {
  dossierInputSchema,
  pitchInputSchema,
  planAddSchema,
  planOrderSchema,
  planSuggestedSchema,
} from '#shared/preparation.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { PreparationService } from './preparation.service.ts';

/**
 * HTTP only: the dossier, the plan and "prepared" of an interview (/api/interviews/:id/…), and
 * the elevator pitch (/api/profile/pitch). Mounted at /api, beside the interviews' own routes.
 */
export function preparationRoutes(service: PreparationService) {
  return new Hono<AppEnv>()
    .get('/interviews/:id/dossier', async (c) => c.json(await service.dossier(c.get('user'), c.req.param('id'))))
    .put('/interviews/:id/dossier', async (c) =>
      c.json(await service.saveDossier(c.get('user'), c.req.param('id'), await readJsonBody(c, dossierInputSchema))),
    )
    .post('/interviews/:id/prepared', async (c) => {
      const { version } = await readJsonBody(c, versionOnlySchema);
      return c.json(await service.markPrepared(c.get('user'), c.req.param('id'), version));
    })
    .get('/interviews/:id/plan', async (c) =>
      c.json(await service.plan(c.get('user'), c.get('locale'), c.req.param('id'))),
    )
    .post('/interviews/:id/plan/items', async (c) => {
      const { questionIds } = await readJsonBody(c, planAddSchema);
      return c.json(await service.addQuestions(c.get('user'), c.get('locale'), c.req.param('id'), questionIds), 201);
    })
    .post('/interviews/:id/plan/suggested', async (c) => {
      const { goal } = await readJsonBody(c, planSuggestedSchema);
      return c.json(await service.addSuggested(c.get('user'), c.get('locale'), c.req.param('id'), goal), 201);
    })
    .put('/interviews/:id/plan/order', async (c) => {
      const { itemIds } = await readJsonBody(c, planOrderSchema);
      return c.json(await service.reorder(c.get('user'), c.get('locale'), c.req.param('id'), itemIds));
    })
    .delete('/interviews/:id/plan/items/:itemId', async (c) => {
      await service.removeItem(c.get('user'), c.req.param('id'), c.req.param('itemId'));
      return c.body(null, 204);
    })
    .get('/profile/pitch', async (c) => c.json(await service.pitch(c.get('user'))))
    .put('/profile/pitch', async (c) =>
      c.json(await service.savePitch(c.get('user'), await readJsonBody(c, pitchInputSchema))),
    );
}
