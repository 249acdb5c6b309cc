import type { PayPeriod } from '#domain/gains';

/**
 * Pay ranges by role and field (product.md, "Insights"): what advisors said a role pays, put side
 * by side. Figures in different currencies or periods are never mixed: each group is one role,
 * one field, one currency and one period.
 */
export interface PayMention {
  /** The range's role, or the advisor's title when the range names none. */
  role: string;
  /** The advisor's field. */
  field: string;
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
  advisorId: string;
}

export interface PayGroup {
  role: string;
  field: string;
  currency: string;
  period: PayPeriod;
  /** The lowest minimum and the highest maximum anyone gave. */
  min: number;
  max: number;
  /** The median of the ranges' midpoints: a typical figure less swayed by one outlier. */
  medianMidpoint: number;
  advisors: number;
  ranges: number;
}

export function aggregatePay(mentions: readonly PayMention[]): PayGroup[] {
  const groups = new Map<string, { first: PayMention; list: PayMention[] }>();
  for (const mention of mentions) {
    const role = mention.role.trim().replace(/\s+/g, ' ');
    const field = mention.field.trim().replace(/\s+/g, ' ');
    // Role and field group without regard to case: "Data analyst" and "data analyst" are one role.
    const key = [role.toLowerCase(), field.toLowerCase(), mention.currency.toUpperCase(), mention.period].join(
      '\u0000',
    );
    const normalised = { ...mention, role, field, currency: mention.currency.toUpperCase() };
    const group = groups.get(key);
    if (group) group.list.push(normalised);
    else groups.set(key, { first: normalised, list: [normalised] });
  }
  return [...groups.values()]
    .map(({ first, list }) => ({
      role: first.role,
      field: first.field,
      currency: first.currency,
      period: first.period,
      min: Math.min(...list.map((mention) => mention.min)),
      max: Math.max(...list.map((mention) => mention.max)),
      medianMidpoint: median(list.map((mention) => (mention.min + mention.max) / 2)),
      advisors: new Set(list.map((mention) => mention.advisorId)).size,
      ranges: list.length,
    }))
    .sort(
      (a, b) =>
        a.role.localeCompare(b.role) ||
        a.field.localeCompare(b.field) ||
        a.currency.localeCompare(b.currency) ||
        a.period.localeCompare(b.period),
    );
}

/** The middle value, or the mean of the two middle ones; NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
