import { todaySchema } from '#shared/today.schema';
import { requestJson } from '../../lib/api-client.ts';

export const todayApi = {
  get: () => requestJson('GET', '/api/today', todaySchema),
};
