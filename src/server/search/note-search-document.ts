/** What full-text search sees of a note: its text; the title is the first line, as the list shows it. */
export function noteSearchDocument(note: { id: string; body: string }) {
  const firstLine = note.body.split('\n', 1)[0] ?? '';
  return { kind: 'note' as const, refId: note.id, title: firstLine, body: note.body };
}
