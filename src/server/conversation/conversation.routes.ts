import { Hono } from 'hono';
import {
  conversationPhaseInputSchema,
  conversationStartSchema,
  freeNotesInputSchema,
  planItemLiveInputSchema,
} from '#shared/conversation.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { ConversationService } from './conversation.service.ts';

/** HTTP only: live mode under /api/interviews/:id/conversation. */
export function conversationRoutes(service: ConversationService) {
  return (
    new Hono<AppEnv>()
      .get('/:id/conversation', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'))))
      .post('/:id/conversation/start', async (c) =>
        c.json(await service.start(c.get('user'), c.req.param('id'), await readJsonBody(c, conversationStartSchema))),
      )
      // PATCH: the phase is one field of the conversation.
      .patch('/:id/conversation/phase', async (c) =>
        c.json(
          await service.setPhase(c.get('user'), c.req.param('id'), await readJsonBody(c, conversationPhaseInputSchema)),
        ),
      )
      .put('/:id/conversation/free-notes', async (c) =>
        c.json(
          await service.setFreeNotes(c.get('user'), c.req.param('id'), await readJsonBody(c, freeNotesInputSchema)),
        ),
      )
      .put('/:id/conversation/plan-items/:itemId', async (c) =>
        c.json(
          await service.writePlanItem(
            c.get('user'),
            c.req.param('id'),
            c.req.param('itemId'),
            await readJsonBody(c, planItemLiveInputSchema),
          ),
        ),
      )
      .post('/:id/conversation/end', async (c) => c.json(await service.end(c.get('user'), c.req.param('id'))))
  );
}
