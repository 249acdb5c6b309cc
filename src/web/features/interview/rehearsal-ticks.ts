/** The key points of a phone request, from the method: who I am, why I call, only 10-15 minutes, now or when. */
export const phoneKeyPoints = ['whoIAm', 'whyICall', 'shortTime', 'nowOrWhen'] as const;
export type PhoneKeyPoint = (typeof phoneKeyPoints)[number];

const keyOf = (interviewId: string) => `rapport.rehearsal.${interviewId}`;

/**
 * The ticks of the rehearsal checklist live in this browser only (localStorage): they are a
 * practice aid, never sent to the server. Storage may be blocked (private mode): then ticks last
 * for the visit.
 */
export function readTicks(interviewId: string): PhoneKeyPoint[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(interviewId)) ?? '[]');
    return Array.isArray(parsed) ? phoneKeyPoints.filter((point) => parsed.includes(point)) : [];
  } catch {
    return [];
  }
}

export function writeTicks(interviewId: string, ticks: readonly PhoneKeyPoint[]): void {
  try {
    if (ticks.length === 0) localStorage.removeItem(keyOf(interviewId));
    else localStorage.setItem(keyOf(interviewId), JSON.stringify(ticks));
  } catch {
    // Blocked storage: the ticks are kept on the page until it is left.
  }
}
