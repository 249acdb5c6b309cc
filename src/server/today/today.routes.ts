import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import type { TodayService } from './today.service.ts';

/** HTTP only: /api/today. */
export function todayRoutes(service: TodayService) {
  return new Hono<AppEnv>().get('/', async (c) => c.json(await service.today(c.get('user'))));
}
