/**
 * The preparation checklist of product.md ("Prepare"), as stable keys: the texts live in the
 * catalogues, the keys in the database (a dossier stores the ticked ones as a JSON list).
 */
export const checklistKeys = [
  'research_done',
  'questions_chosen',
  'cv_ready',
  'pitch_rehearsed',
  'dress_for_field',
  'location_known',
  'arrive_early',
  'offer_coffee',
] as const;

export type ChecklistKey = (typeof checklistKeys)[number];

export function isChecklistKey(value: unknown): value is ChecklistKey {
  return typeof value === 'string' && (checklistKeys as readonly string[]).includes(value);
}

/**
 * The ticked keys as stored and shown: known keys only, each once, in the checklist's order, so
 * a key a later release drops (or a stored list written twice) never counts twice or shows up.
 */
export function normaliseChecklist(ticked: readonly unknown[]): ChecklistKey[] {
  return checklistKeys.filter((key) => ticked.includes(key));
}

/** Every item ticked: the moment the page offers "mark as prepared". */
export function checklistComplete(ticked: readonly unknown[]): boolean {
  return normaliseChecklist(ticked).length === checklistKeys.length;
}
