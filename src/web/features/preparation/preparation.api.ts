import { interviewSchema } from '#shared/interview.schema';
import type { PlanGoal } from '#domain/question-bank';
import { dossierSchema, pitchSchema, planSchema, type DossierInput } from '#shared/preparation.schema';
import { requestJson } from '../../lib/api-client.ts';

const interviewPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/** The preparation calls of one interview, and the pitch kept on the profile. */
export const preparationApi = {
  dossier: (id: string) => requestJson('GET', `${interviewPath(id)}/dossier`, dossierSchema),
  saveDossier: (id: string, input: DossierInput) =>
    requestJson('PUT', `${interviewPath(id)}/dossier`, dossierSchema, input),
  markPrepared: (id: string, version: number) =>
    requestJson('POST', `${interviewPath(id)}/prepared`, interviewSchema, { version }),
  pitch: () => requestJson('GET', '/api/profile/pitch', pitchSchema),
  savePitch: (pitch: string, version: number) =>
    requestJson('PUT', '/api/profile/pitch', pitchSchema, { pitch, version }),
  plan: (id: string) => requestJson('GET', `${interviewPath(id)}/plan`, planSchema),
  addQuestions: (id: string, questionIds: string[]) =>
    requestJson('POST', `${interviewPath(id)}/plan/items`, planSchema, { questionIds }),
  addSuggested: (id: string, goal: PlanGoal) =>
    requestJson('POST', `${interviewPath(id)}/plan/suggested`, planSchema, { goal }),
  reorder: (id: string, itemIds: string[]) =>
    requestJson('PUT', `${interviewPath(id)}/plan/order`, planSchema, { itemIds }),
  removeItem: (id: string, itemId: string) =>
    requestJson('DELETE', `${interviewPath(id)}/plan/items/${encodeURIComponent(itemId)}`, null),
};

export function preparePath(id: string): string {
  return `${interviewPath(id).replace('/api', '')}/prepare`;
}
