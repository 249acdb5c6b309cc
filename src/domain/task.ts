/**
 * Follow-through tasks (product.md, "Thank and follow through"): advice turned into something to
 * do, "connect on LinkedIn" after a meeting, reporting back to the advisor, or the user's own.
 */
export const taskKinds = ['advice', 'connect_linkedin', 'report_back', 'other'] as const;
export type TaskKind = (typeof taskKinds)[number];

export const taskLimits = {
  text: 500,
} as const;

/** The kinds whose finishing is worth telling the advisor about (their advice was followed). */
export function asksForReportBack(kind: TaskKind): boolean {
  return kind === 'advice' || kind === 'other';
}
