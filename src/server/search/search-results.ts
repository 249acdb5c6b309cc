import type { Locale } from '#domain/locale';
import { collapseWhiteSpace, countMatchedTerms, excerptAround, plainTextOfMarkdown } from '#domain/search-excerpt';
import type { Translate } from '#shared/i18n/translator';
import type { SearchResult } from '#shared/search.schema';
import type { ContactDetails, NoteDetails, OrganisationDetails } from './search-details.repo.ts';

/** What turns a row into words: the request's language. */
export interface ResultLanguage {
  t: Translate;
  locale: Locale;
}

export function contactResult(
  contact: ContactDetails,
  terms: readonly string[],
  language: ResultLanguage,
): SearchResult {
  const notes = plainTextOfMarkdown(contact.notes);
  return {
    kind: 'contact',
    id: contact.id,
    title: contact.name,
    subtitle:
      contact.title && contact.organisation
        ? language.t('contacts.at', { title: contact.title, organisation: contact.organisation })
        : contact.title || contact.organisation,
    snippet: bestExcerpt(
      [
        notes,
        contact.emails.join(' · '),
        contact.tags.join(' · '),
        contact.field,
        contact.location,
        contact.metWhere,
        contact.pronunciation,
        contact.otherTitles.join(' · '),
      ],
      terms,
      notes,
    ),
    href: `/contacts/${encodeURIComponent(contact.id)}`,
    date: null,
  };
}

export function organisationResult(organisation: OrganisationDetails, terms: readonly string[]): SearchResult {
  const notes = plainTextOfMarkdown(organisation.notes);
  return {
    kind: 'organisation',
    id: organisation.id,
    title: organisation.name,
    subtitle: organisation.field,
    snippet: bestExcerpt([notes, organisation.website], terms, notes),
    href: `/organisations/${encodeURIComponent(organisation.id)}`,
    date: null,
  };
}

export function noteResult(note: NoteDetails, terms: readonly string[], language: ResultLanguage): SearchResult {
  const page = note.contactId
    ? `/contacts/${encodeURIComponent(note.contactId)}`
    : `/organisations/${encodeURIComponent(note.organisationId ?? '')}`;
  return {
    kind: 'note',
    id: note.id,
    title: note.subjectName,
    // Formatted here in the request's language, on the server's clock: in local mode that is the
    // user's own machine. `date` carries the instant for anyone who wants to format it otherwise.
    subtitle: dateFormat(language.locale).format(Date.parse(note.createdAt)),
    snippet: excerptAround(plainTextOfMarkdown(note.body), terms),
    href: `${page}#note-${encodeURIComponent(note.id)}`,
    date: note.createdAt,
  };
}

/** One formatter per language: building one costs more than formatting a page of dates. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format;
}

/**
 * An excerpt of the text that holds the most search terms (the first such text on a tie), around
 * its first match; when none holds any (the name matched), the start of `fallback`.
 */
function bestExcerpt(texts: readonly string[], terms: readonly string[], fallback: string): string {
  let best = '';
  let bestCount = 0;
  for (const text of texts) {
    if (text === '') continue;
    const count = countMatchedTerms(text, terms);
    if (count > bestCount) {
      best = text;
      bestCount = count;
      if (count === terms.length) break;
    }
  }
  return bestCount > 0 ? excerptAround(collapseWhiteSpace(best), terms) : excerptAround(fallback, []);
}
