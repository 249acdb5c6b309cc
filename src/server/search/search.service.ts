import type { Kysely } from 'kysely';
import { searchTerms } from '#domain/search-key';
import type { SearchResult } from '#shared/search.schema';
import type { Database, SearchKind } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { SearchDetailsRepo } from './search-details.repo.ts';
import type { SearchIndex } from './search-index.repo.ts';
import { contactResult, noteResult, organisationResult, type ResultLanguage } from './search-results.ts';

/** Search from anywhere: the ranked hits of the full-text index, turned into results a person can read. */
export class SearchService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
  ) {}

  /**
   * The best `limit` results for what the user typed, best first. The index ranks; the rows behind
   * the hits are read in one query per kind. A hit whose row is gone (deleted between the two
   * reads) is left out rather than shown half.
   */
  async search(
    user: ActingUser,
    query: { q: string; limit: number },
    language: ResultLanguage,
  ): Promise<SearchResult[]> {
    const terms = searchTerms(query.q);
    if (terms.length === 0) return [];
    const hits = await this.searchIndex.search(this.db, user.id, query.q, query.limit);
    if (hits.length === 0) return [];
    const idsOf = (kind: SearchKind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.refId);
    const details = new SearchDetailsRepo(this.db);
    const [contacts, organisations, notes] = await Promise.all([
      details.contacts(user.id, idsOf('contact')),
      details.organisations(user.id, idsOf('organisation')),
      details.notes(user.id, idsOf('note')),
    ]);
    const results = new Map<string, SearchResult>();
    for (const contact of contacts) results.set(`contact:${contact.id}`, contactResult(contact, terms, language));
    for (const organisation of organisations) {
      results.set(`organisation:${organisation.id}`, organisationResult(organisation, terms));
    }
    for (const note of notes) results.set(`note:${note.id}`, noteResult(note, terms, language));
    return hits.flatMap((hit) => results.get(`${hit.kind}:${hit.refId}`) ?? []);
  }
}
