import type { Gains } from '#domain/gains';
import type { RequestChannel } from '#domain/interview';
import { reportSchema } from '#shared/report.schema';
import { requestJson } from '../../lib/api-client.ts';

const reportPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/** The report of one interview; every call answers the whole report as it is now. */
export const reportApi = {
  get: (id: string) => requestJson('GET', `${reportPath(id)}/report`, reportSchema),
  save: (id: string, input: { body: string; gains: Gains; version: number }) =>
    requestJson('PUT', `${reportPath(id)}/report`, reportSchema, input),
  saveThankYou: (id: string, input: { subject: string; body: string; version: number }) =>
    requestJson('PUT', `${reportPath(id)}/thank-you`, reportSchema, input),
  markThankYouSent: (id: string, input: { channel: RequestChannel; on: string }) =>
    requestJson('POST', `${reportPath(id)}/thank-you/sent`, reportSchema, input),
};

export const reportMarkdownPath = (id: string) => `${reportPath(id)}/report.md`;
export const thankYouEmlPath = (id: string) => `${reportPath(id)}/thank-you.eml`;
