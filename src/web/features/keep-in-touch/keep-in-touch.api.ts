import { interactionSchema, keepInTouchSchema, type InteractionInput } from '#shared/task.schema';
import { requestJson } from '../../lib/api-client.ts';

const base = (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}`;

export const keepInTouchApi = {
  get: (contactId: string) => requestJson('GET', `${base(contactId)}/keep-in-touch`, keepInTouchSchema),
  save: (contactId: string, setting: { everyMonths: number; stopped: boolean }) =>
    requestJson('PUT', `${base(contactId)}/keep-in-touch`, keepInTouchSchema, setting),
  logInteraction: (contactId: string, input: Partial<InteractionInput> & Pick<InteractionInput, 'kind'>) =>
    requestJson('POST', `${base(contactId)}/interactions`, interactionSchema, input),
};
