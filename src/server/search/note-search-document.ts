/**
 * What full-text search sees of a note: its text, all of it as body. The title column holds names
 * (of contacts and organisations) and weighs ten times the body in the ranking; a note has no name,
 * and giving its first line that weight would let a one-paragraph note (whose first line is all of
 * it) outrank the person it mentions, and store its text in the index twice.
 */
export function noteSearchDocument(note: { id: string; body: string }) {
  return { kind: 'note' as const, refId: note.id, title: '', body: note.body };
}
