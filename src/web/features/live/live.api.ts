import { conversationSchema, liveWriteResultSchema } from '#shared/conversation.schema';
import { ApiError, requestJson } from '../../lib/api-client.ts';
import { failureText } from '../../lib/error-text.ts';
import { t } from '../../lib/i18n.svelte.ts';
import type { LiveWrite, SendOutcome } from './save-queue.ts';

const conversationPath = (id: string) => `/api/interviews/${encodeURIComponent(id)}/conversation`;

export const liveApi = {
  get: (id: string) => requestJson('GET', conversationPath(id), conversationSchema),
  start: (id: string, plannedMinutes?: number) =>
    requestJson('POST', `${conversationPath(id)}/start`, conversationSchema, plannedMinutes ? { plannedMinutes } : {}),
  end: (id: string) => requestJson('POST', `${conversationPath(id)}/end`, conversationSchema, {}),
};

/** One queued write to its endpoint, and the answer as the queue needs it. */
export async function sendLiveWrite(interviewId: string, write: LiveWrite): Promise<SendOutcome> {
  const base = conversationPath(interviewId);
  try {
    if (write.kind === 'item')
      await requestJson('PUT', `${base}/plan-items/${encodeURIComponent(write.itemId)}`, liveWriteResultSchema, {
        [write.field]: write.value,
        writtenAt: write.writtenAt,
      });
    else if (write.kind === 'freeNotes')
      await requestJson('PUT', `${base}/free-notes`, liveWriteResultSchema, {
        freeNotes: write.value,
        writtenAt: write.writtenAt,
      });
    else
      await requestJson('PATCH', `${base}/phase`, liveWriteResultSchema, {
        phase: write.value,
        writtenAt: write.writtenAt,
      });
    // Applied, or ignored as older than what the server has: either way this write is done.
    return { kind: 'done' };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'network' || error.status >= 500) return { kind: 'unreachable' };
    if (error.code === 'not_found') return { kind: 'gone' };
    return { kind: 'refused', message: failureText(t, error) };
  }
}
