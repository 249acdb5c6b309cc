import { searchResponseSchema } from '#shared/search.schema';
import { requestJson } from '../../lib/api-client.ts';

export const searchApi = {
  search: (q: string) => requestJson('GET', `/api/search?${new URLSearchParams({ q })}`, searchResponseSchema),
};
