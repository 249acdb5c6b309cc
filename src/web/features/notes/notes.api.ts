import { notePageSchema, noteSchema } from '#shared/note.schema';
import { requestJson } from '../../lib/api-client.ts';

/** What a note is about: one contact or one organisation. */
export type NoteSubject = { contactId: string } | { organisationId: string };

export const NOTES_PAGE_SIZE = 20;

const notePath = (id: string) => `/api/notes/${encodeURIComponent(id)}`;

export const notesApi = {
  list: (subject: NoteSubject, offset = 0) =>
    requestJson(
      'GET',
      `/api/notes?${new URLSearchParams({ ...subject, limit: String(NOTES_PAGE_SIZE), offset: String(offset) })}`,
      notePageSchema,
    ),
  create: (subject: NoteSubject, body: string) => requestJson('POST', '/api/notes', noteSchema, { ...subject, body }),
  update: (id: string, version: number, body: string) =>
    requestJson('PUT', notePath(id), noteSchema, { body, version }),
  remove: (id: string) => requestJson('DELETE', notePath(id), null),
};
