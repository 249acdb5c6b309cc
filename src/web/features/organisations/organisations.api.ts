import { contactPageSchema } from '#shared/contact.schema';
import { exploreFieldListSchema, exploreFieldSchema, type ExploreFieldInput } from '#shared/explore-field.schema';
import {
  organisationDeletionImpactSchema,
  organisationPageSchema,
  organisationSummarySchema,
  targetListSchema,
  type OrganisationInput,
  type OrganisationSummary,
  type TargetAdd,
} from '#shared/organisation.schema';
import { requestJson } from '../../lib/api-client.ts';

export const PAGE_SIZE = 50;

const organisationPath = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

export const organisationsApi = {
  list: (q: string, offset = 0) =>
    requestJson(
      'GET',
      `/api/organisations?${new URLSearchParams({ q, limit: String(PAGE_SIZE), offset: String(offset) })}`,
      organisationPageSchema,
    ),
  get: (id: string) => requestJson('GET', organisationPath(id), organisationSummarySchema),
  create: (input: OrganisationInput) => requestJson('POST', '/api/organisations', organisationSummarySchema, input),
  update: (id: string, version: number, input: OrganisationInput) =>
    requestJson('PUT', organisationPath(id), organisationSummarySchema, { ...input, version }),
  deletionImpact: (id: string) =>
    requestJson('GET', `${organisationPath(id)}/deletion-impact`, organisationDeletionImpactSchema),
  remove: (id: string) => requestJson('DELETE', organisationPath(id), null),
  contacts: (organisationId: string, offset = 0) =>
    requestJson(
      'GET',
      `/api/contacts?${new URLSearchParams({ organisationId, limit: String(PAGE_SIZE), offset: String(offset) })}`,
      contactPageSchema,
    ),
  targets: () => requestJson('GET', '/api/targets', targetListSchema),
  addTarget: (input: TargetAdd) => requestJson('POST', '/api/targets', organisationSummarySchema, input),
  exploreFields: () => requestJson('GET', '/api/explore-fields', exploreFieldListSchema),
  addExploreField: (input: ExploreFieldInput) => requestJson('POST', '/api/explore-fields', exploreFieldSchema, input),
  removeExploreField: (id: string) => requestJson('DELETE', `/api/explore-fields/${encodeURIComponent(id)}`, null),
};

/** Everything a PUT needs, from an organisation as read, with some fields changed. */
export function organisationInputOf(
  organisation: OrganisationSummary,
  changes: Partial<OrganisationInput> = {},
): OrganisationInput {
  const { name, website, field, notes, isTarget, motivation, posting, routine } = organisation;
  return { name, website, field, notes, isTarget, motivation, posting, routine, ...changes };
}
