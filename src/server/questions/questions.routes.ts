import { Hono } from 'hono';
import { questionInputSchema, questionListQuerySchema, questionUpdateSchema } from '#shared/question.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { QuestionsService } from './questions.service.ts';

/** HTTP only: /api/questions. Texts come in the asked language, else the request's. */
export function questionsRoutes(service: QuestionsService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const { language, ...filter } = readQuery(c, questionListQuerySchema);
      return c.json({ items: await service.list(c.get('user'), language ?? c.get('locale'), filter) });
    })
    .post('/', async (c) =>
      c.json(await service.create(c.get('user'), c.get('locale'), await readJsonBody(c, questionInputSchema)), 201),
    )
    .put('/:id', async (c) => {
      const { version, ...fields } = await readJsonBody(c, questionUpdateSchema);
      return c.json(await service.update(c.get('user'), c.get('locale'), c.req.param('id'), version, fields));
    })
    .post('/:id/hide', async (c) =>
      c.json(await service.setHidden(c.get('user'), c.get('locale'), c.req.param('id'), true)),
    )
    .post('/:id/show', async (c) =>
      c.json(await service.setHidden(c.get('user'), c.get('locale'), c.req.param('id'), false)),
    )
    .post('/:id/reset', async (c) =>
      c.json(await service.resetToShipped(c.get('user'), c.get('locale'), c.req.param('id'))),
    )
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
