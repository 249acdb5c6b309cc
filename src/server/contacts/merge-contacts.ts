import type { Contact } from '#domain/contact';

/**
 * What a merged contact holds: the kept record's values win where it has one, the other fills
 * the gaps; lists (e-mails, phones, tags, other titles) are joined without repeats; notes are
 * kept both, one after the other. Nothing the user typed on either side is lost.
 */
export function mergeContactFields(keep: Contact, other: Contact): Contact {
  const pick = (a: string, b: string) => (a.trim() !== '' ? a : b);
  const union = (a: string[], b: string[]) => {
    const seen = new Set(a.map((value) => value.toLowerCase()));
    return [...a, ...b.filter((value) => !seen.has(value.toLowerCase()))];
  };
  return {
    ...keep,
    pronunciation: pick(keep.pronunciation, other.pronunciation),
    title: pick(keep.title, other.title),
    otherTitles: union(keep.otherTitles, other.otherTitles),
    organisationId: keep.organisationId ?? other.organisationId,
    organisation: keep.organisationId ? keep.organisation : other.organisation,
    organisationRelation: keep.organisationRelation || other.organisationRelation,
    field: pick(keep.field, other.field),
    location: pick(keep.location, other.location),
    emails: union(keep.emails, other.emails),
    phones: union(keep.phones, other.phones),
    linkedinUrl: pick(keep.linkedinUrl, other.linkedinUrl),
    howKnown: keep.howKnown || other.howKnown,
    metOn: pick(keep.metOn, other.metOn),
    metWhere: pick(keep.metWhere, other.metWhere),
    introducedById: keep.introducedById ?? other.introducedById,
    mayUseIntroducerName: keep.introducedById ? keep.mayUseIntroducerName : other.mayUseIntroducerName,
    tags: union(keep.tags, other.tags),
    notes: [keep.notes, other.notes].filter((note) => note.trim() !== '').join('\n\n'),
  };
}
