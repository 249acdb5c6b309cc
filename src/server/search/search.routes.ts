import { Hono } from 'hono';
import { searchQuerySchema, type SearchResponse } from '#shared/search.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readQuery } from '../http/request-input.ts';
import type { SearchService } from './search.service.ts';

/** HTTP only: GET /api/search?q=…&limit=…. */
export function searchRoutes(service: SearchService) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const query = readQuery(c, searchQuerySchema);
    const items = await service.search(c.get('user'), query, { t: c.get('t'), locale: c.get('locale') });
    return c.json({ items } satisfies SearchResponse);
  });
}
