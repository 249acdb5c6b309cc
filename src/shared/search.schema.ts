import { z } from 'zod';

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;

/** GET /api/search?q=…&limit=…: what the user typed, as typed (the server folds it). */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().max(SEARCH_QUERY_MAX_LENGTH).default(''),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
});

export type SearchQuery = z.input<typeof searchQuerySchema>;

export const searchResultKinds = ['contact', 'organisation', 'note'] as const;
export type SearchResultKind = (typeof searchResultKinds)[number];

/**
 * One result, ready to show: plain text only (the UI marks the matches itself with findMatches,
 * never through HTML). A contact: its name, "title at organisation", an excerpt of the text that
 * matched best. An organisation: its name, its field, an excerpt. A note: the name of the contact or
 * organisation it is about, its date (`date`), an excerpt of its text.
 */
export const searchResultSchema = z.object({
  kind: z.enum(searchResultKinds),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  snippet: z.string(),
  /** The page that shows the result: a note opens its contact's or organisation's page at #note-<id>. */
  href: z.string(),
  /** When the note was written (ISO 8601); null for contacts and organisations. */
  date: z.string().nullable(),
});

export type SearchResult = z.output<typeof searchResultSchema>;

export const searchResponseSchema = z.object({ items: z.array(searchResultSchema) });

export type SearchResponse = z.output<typeof searchResponseSchema>;
