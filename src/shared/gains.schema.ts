import { z } from 'zod';
import { gainsLimits, payPeriods, type Gains } from '#domain/gains';

const shortText = z.string().trim().max(gainsLimits.shortText);
const longText = z.string().trim().max(gainsLimits.longText);
const list = z.array(z.string().trim().min(1).max(gainsLimits.shortText)).max(gainsLimits.listItems);

/**
 * One pay range. The currency is required (a number without it compares to nothing), and the
 * minimum may not exceed the maximum: both are reported on the field the user has to fix.
 */
export const payRangeSchema = z
  .strictObject({
    role: shortText.default(''),
    level: shortText.default(''),
    min: z.number().min(0).max(gainsLimits.maxAmount),
    max: z.number().min(0).max(gainsLimits.maxAmount),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => /^[A-Z]{3}$/.test(code), { params: { rule: 'invalid_currency' } }),
    period: z.enum(payPeriods),
  })
  .check((context) => {
    if (context.value.min > context.value.max) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        path: ['min'],
        message: 'min above max',
        params: { rule: 'min_above_max' },
      });
    }
  });

export const openingSignalSchema = z.strictObject({
  what: z.string().trim().min(1).max(gainsLimits.shortText),
  where: shortText.default(''),
  expectedBy: z
    .string()
    .refine((when) => /^(\d{4}-\d{2}(-\d{2})?)?$/.test(when), { params: { rule: 'invalid_date' } })
    .default(''),
});

/** The gains document, as stored in reports.gains and sent by the API. */
export const gainsSchema = z.strictObject({
  payRanges: z.array(payRangeSchema).max(gainsLimits.listItems).default([]),
  hours: longText.default(''),
  conditions: longText.default(''),
  keywords: list.default([]),
  openings: z.array(openingSignalSchema).max(gainsLimits.listItems).default([]),
  advice: list.default([]),
  resources: list.default([]),
  wouldWorkThere: z.number().int().min(gainsLimits.minRating).max(gainsLimits.maxRating).nullable().default(null),
  wouldWorkThereWhy: longText.default(''),
}) satisfies z.ZodType<Gains, unknown>;

/** Reads a stored gains document; a row that does not parse (hand-edited database) reads as empty. */
export function parseStoredGains(json: string): Gains {
  try {
    const parsed = gainsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : gainsSchema.parse({});
  } catch {
    return gainsSchema.parse({});
  }
}
