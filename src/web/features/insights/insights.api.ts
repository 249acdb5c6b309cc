import { insightsSchema } from '#shared/insights.schema';
import { requestJson } from '../../lib/api-client.ts';

export const insightsApi = {
  get: () => requestJson('GET', '/api/insights', insightsSchema),
};
