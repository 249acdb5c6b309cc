/**
 * A field or occupation the user wants to find out about ("UX research", "renewable energy"):
 * the broad half of "interest stated both broadly and narrowly", and a prompt for whom to ask.
 */
export interface ExploreField {
  id: string;
  name: string;
  notes: string;
  createdAt: string;
}

export const exploreFieldLimits = { name: 200, notes: 2000 } as const;
