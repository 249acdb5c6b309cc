/**
 * The gains of one conversation: what the user learned, as fields the insights page can add up
 * across interviews (product.md, "Right after"). Free text where the answer is free (hours,
 * working conditions), lists where several answers add up (keywords, advice, resources), and
 * structured entries where insights compare numbers or dates (pay ranges, openings).
 */

/** What a pay figure is per: insights compare ranges of the same period only. */
export const payPeriods = ['hour', 'month', 'year'] as const;
export type PayPeriod = (typeof payPeriods)[number];

export interface PayRange {
  /** The role the range is for; the advisor's title when the user leaves it empty. */
  role: string;
  /** Junior, senior, a grade…: the user's words. */
  level: string;
  min: number;
  max: number;
  /** ISO 4217 code: NOK, EUR, IDR, USD… */
  currency: string;
  period: PayPeriod;
}

export interface OpeningSignal {
  what: string;
  where: string;
  /** When it is expected: a month (YYYY-MM), a day (YYYY-MM-DD), or '' if the advisor did not say. */
  expectedBy: string;
}

export interface Gains {
  payRanges: PayRange[];
  hours: string;
  conditions: string;
  keywords: string[];
  openings: OpeningSignal[];
  advice: string[];
  resources: string[];
  /** 1-5, or null while the user has not said. */
  wouldWorkThere: number | null;
  wouldWorkThereWhy: string;
}

export const gainsLimits = {
  shortText: 200,
  longText: 5000,
  listItems: 100,
  currencyLength: 3,
  /** Far above any salary in any currency (IDR per year runs into the billions). */
  maxAmount: 1e12,
  minRating: 1,
  maxRating: 5,
} as const;

export function emptyGains(): Gains {
  return {
    payRanges: [],
    hours: '',
    conditions: '',
    keywords: [],
    openings: [],
    advice: [],
    resources: [],
    wouldWorkThere: null,
    wouldWorkThereWhy: '',
  };
}
