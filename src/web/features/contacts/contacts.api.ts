import { z } from 'zod';
import {
  contactDeletionImpactSchema,
  contactPageSchema,
  contactSchema,
  referralChainSchema,
  type ContactInput,
} from '#shared/contact.schema';
import { ApiError, requestJson } from '../../lib/api-client.ts';

export const PAGE_SIZE = 50;

/** Only the names: the suggestions need nothing else from GET /api/organisations. */
const organisationNamesSchema = z.object({ items: z.array(z.object({ name: z.string() })) });

const contactPath = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

export const contactsApi = {
  list: (q: string, offset = 0, limit = PAGE_SIZE) =>
    requestJson(
      'GET',
      `/api/contacts?${new URLSearchParams({ q, limit: String(limit), offset: String(offset) })}`,
      contactPageSchema,
    ),
  get: (id: string) => requestJson('GET', contactPath(id), contactSchema),
  create: (input: ContactInput) => requestJson('POST', '/api/contacts', contactSchema, input),
  update: (id: string, version: number, input: ContactInput) =>
    requestJson('PUT', contactPath(id), contactSchema, { ...input, version }),
  remove: (id: string) => requestJson('DELETE', contactPath(id), null),
  deletionImpact: (id: string) => requestJson('GET', `${contactPath(id)}/deletion-impact`, contactDeletionImpactSchema),
  referrals: (id: string) => requestJson('GET', `${contactPath(id)}/referrals`, referralChainSchema),
  merge: (keepId: string, removeId: string) =>
    requestJson('POST', '/api/contacts/merge', contactSchema, { keepId, removeId }),

  /**
   * Names of existing organisations for the form's suggestions. Only a help while typing: if the
   * organisations API is not there (older server) or fails, the form works without suggestions.
   */
  async organisationNames(q: string): Promise<string[]> {
    try {
      const page = await requestJson(
        'GET',
        `/api/organisations?${new URLSearchParams({ q, limit: '20' })}`,
        organisationNamesSchema,
      );
      return page.items.map((organisation) => organisation.name);
    } catch (error) {
      if (error instanceof ApiError) return [];
      throw error;
    }
  },
};
