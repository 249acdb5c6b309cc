import type { Locale } from '#domain/locale';
import { templateListSchema, templateSchema, type TemplateInput } from '#shared/template.schema';
import { requestJson } from '../../lib/api-client.ts';

const templatePath = (id: string) => `/api/templates/${encodeURIComponent(id)}`;

/** Request templates: the built-in ones (unless the user replaced them) and the user's own. */
export const templatesApi = {
  list: (language: Locale) =>
    requestJson('GET', `/api/templates?${new URLSearchParams({ language })}`, templateListSchema),
  create: (input: TemplateInput) => requestJson('POST', '/api/templates', templateSchema, input),
  update: (id: string, version: number, input: TemplateInput) =>
    requestJson('PUT', templatePath(id), templateSchema, { ...input, version }),
  remove: (id: string) => requestJson('DELETE', templatePath(id), null),
};
