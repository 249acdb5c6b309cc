import type { FieldProblem } from '#domain/errors';
import { errorResponseSchema } from '#shared/error.schema';
import {
  importHistorySchema,
  importProgressSchema,
  importRecordSchema,
  importUndoResultSchema,
  previewRowsPageSchema,
  previewSchema,
  type FileProblem,
  type ImportConfirm,
  type ImportFormatName,
  type ImportPreview,
  type PreviewRowFilter,
} from '#shared/import.schema';
import { ApiError, requestJson } from '../../lib/api-client.ts';
import { currentLocale } from '../../lib/i18n.svelte.ts';

/** An ApiError that also says where the file went wrong (code unreadable_file). */
export class ImportFileError extends ApiError {
  constructor(
    status: number,
    readonly file: FileProblem,
  ) {
    super('unreadable_file', status);
  }
}

/** An ApiError that says how many records it is about (import_changed_since). */
export class CountedError extends ApiError {
  constructor(
    code: ApiError['code'],
    status: number,
    readonly count: number,
  ) {
    super(code, status);
  }
}

export const PREVIEW_PAGE_SIZE = 100;

/**
 * Sends the file itself as the request body, with XMLHttpRequest rather than fetch because only
 * XMLHttpRequest reports how much of an upload has gone: a 50 MB file takes a while.
 */
export function uploadForPreview(
  file: File,
  format: 'auto' | ImportFormatName,
  onProgress: (fraction: number) => void,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports/preview?${new URLSearchParams({ fileName: file.name, format })}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', currentLocale());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onerror = () => reject(new ApiError('network', 0));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // Not JSON: reported below as an unexpected answer.
      }
      if (request.status >= 200 && request.status < 300) {
        const parsed = previewSchema.safeParse(body);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError('internal', request.status));
        return;
      }
      reject(toError(request.status, body));
    };
    request.send(file);
  });
}

function toError(status: number, body: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(body);
  if (!parsed.success) return new ApiError('internal', status);
  const { code, fields, requestId, file, count } = parsed.data.error;
  if (code === 'unreadable_file' && file) return new ImportFileError(status, file);
  if (count !== undefined) return new CountedError(code, status, count);
  return new ApiError(code, status, (fields ?? []) as FieldProblem[], undefined, requestId);
}

const previewPath = (previewId: string) => `/api/imports/${encodeURIComponent(previewId)}`;

export const importsApi = {
  rows: (previewId: string, show: PreviewRowFilter, offset: number) =>
    requestJson(
      'GET',
      `${previewPath(previewId)}/rows?${new URLSearchParams({ show, offset: String(offset), limit: String(PREVIEW_PAGE_SIZE) })}`,
      previewRowsPageSchema,
    ),
  confirm: (previewId: string, decisions: ImportConfirm) =>
    requestJson('POST', `${previewPath(previewId)}/confirm`, importRecordSchema, decisions),
  progress: (previewId: string) => requestJson('GET', `${previewPath(previewId)}/progress`, importProgressSchema),
  history: () => requestJson('GET', '/api/imports', importHistorySchema),
  async undo(id: string) {
    let response: Response;
    try {
      response = await fetch(`/api/imports/${encodeURIComponent(id)}/undo`, {
        method: 'POST',
        headers: { accept: 'application/json', 'accept-language': currentLocale() },
      });
    } catch {
      throw new ApiError('network', 0);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw toError(response.status, body);
    return importUndoResultSchema.parse(body);
  },
};
