/**
 * Openings advisors hinted at, on a timeline: the soonest expected first, those without a date
 * last (they are still worth a look, just not placeable in time).
 */
export interface OpeningOnTimeline {
  what: string;
  where: string;
  /** 'YYYY-MM', 'YYYY-MM-DD' or ''. */
  expectedBy: string;
  advisorId: string;
  advisorName: string;
  organisationName: string;
  interviewId: string;
}

export function openingsTimeline<T extends OpeningOnTimeline>(openings: readonly T[]): T[] {
  return [...openings].sort((a, b) => {
    if (!a.expectedBy !== !b.expectedBy) return a.expectedBy ? -1 : 1;
    // 'YYYY-MM' sorts before every day of its month, as it should: "by March" is the whole month.
    return a.expectedBy.localeCompare(b.expectedBy) || a.what.localeCompare(b.what);
  });
}
