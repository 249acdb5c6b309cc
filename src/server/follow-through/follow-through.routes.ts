import { Hono } from 'hono';
import {
  interactionInputSchema,
  keepInTouchUpdateSchema,
  taskInputSchema,
  taskListQuerySchema,
  taskUpdateSchema,
} from '#shared/task.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { KeepInTouchService } from './keep-in-touch.service.ts';
import type { TasksService } from './tasks.service.ts';

/** /api/tasks: HTTP only. */
export function tasksRoutes(service: TasksService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await service.list(c.get('user'), readQuery(c, taskListQuerySchema))))
    .get('/advice', async (c) => c.json(await service.advice(c.get('user'))))
    .post('/', async (c) => {
      const input = await readJsonBody(c, taskInputSchema);
      return c.json(await service.create(c.get('user'), input), 201);
    })
    .patch('/:id', async (c) => {
      const change = await readJsonBody(c, taskUpdateSchema);
      return c.json(await service.update(c.get('user'), c.req.param('id'), change, c.get('locale')));
    })
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}

/** /api/contacts/:id/interactions and /api/contacts/:id/keep-in-touch: HTTP only. */
export function contactFollowThroughRoutes(service: KeepInTouchService) {
  return new Hono<AppEnv>()
    .get('/:id/interactions', async (c) => c.json(await service.interactions(c.get('user'), c.req.param('id'))))
    .post('/:id/interactions', async (c) => {
      const input = await readJsonBody(c, interactionInputSchema);
      return c.json(await service.logInteraction(c.get('user'), c.req.param('id'), input), 201);
    })
    .get('/:id/keep-in-touch', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'))))
    .put('/:id/keep-in-touch', async (c) => {
      const input = await readJsonBody(c, keepInTouchUpdateSchema);
      return c.json(await service.save(c.get('user'), c.req.param('id'), input));
    });
}
