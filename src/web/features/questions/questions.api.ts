import type { Locale } from '#domain/locale';
import { questionListSchema, questionSchema, type QuestionInput } from '#shared/question.schema';
import { requestJson } from '../../lib/api-client.ts';

const questionPath = (id: string) => `/api/questions/${encodeURIComponent(id)}`;

export const questionsApi = {
  /** The whole bank, hidden questions included: the page filters it as the user types. */
  listAll: (language: Locale) =>
    requestJson(
      'GET',
      `/api/questions?${new URLSearchParams({ language, includeHidden: 'true' })}`,
      questionListSchema,
    ),
  create: (input: QuestionInput) => requestJson('POST', '/api/questions', questionSchema, input),
  update: (id: string, version: number, input: QuestionInput) =>
    requestJson('PUT', questionPath(id), questionSchema, { ...input, version }),
  hide: (id: string) => requestJson('POST', `${questionPath(id)}/hide`, questionSchema),
  show: (id: string) => requestJson('POST', `${questionPath(id)}/show`, questionSchema),
  reset: (id: string) => requestJson('POST', `${questionPath(id)}/reset`, questionSchema),
  remove: (id: string) => requestJson('DELETE', questionPath(id), null),
};
