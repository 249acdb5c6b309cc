import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import type { InsightsService } from './insights.service.ts';

/** /api/insights: HTTP only. */
export function insightsRoutes(service: InsightsService) {
  return new Hono<AppEnv>().get('/', async (c) => c.json(await service.insights(c.get('user'), c.get('locale'))));
}
