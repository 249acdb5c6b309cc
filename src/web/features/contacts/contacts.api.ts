import { contactPageSchema, contactSchema, type ContactInput } from '#shared/contact.schema';
import { requestJson } from '../../lib/api-client.ts';

export const PAGE_SIZE = 50;

export const contactsApi = {
  list: (q: string, offset = 0) =>
    requestJson(
      'GET',
      `/api/contacts?${new URLSearchParams({ q, limit: String(PAGE_SIZE), offset: String(offset) })}`,
      contactPageSchema,
    ),
  get: (id: string) => requestJson('GET', `/api/contacts/${encodeURIComponent(id)}`, contactSchema),
  create: (input: ContactInput) => requestJson('POST', '/api/contacts', contactSchema, input),
  update: (id: string, version: number, input: ContactInput) =>
    requestJson('PUT', `/api/contacts/${encodeURIComponent(id)}`, contactSchema, { ...input, version }),
  remove: (id: string) => requestJson('DELETE', `/api/contacts/${encodeURIComponent(id)}`, null),
};
