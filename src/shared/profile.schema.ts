import { z } from 'zod';
import { holidayCountries } from '#domain/business-days';
import { routineKinds } from '#domain/follow-up-routine';
import { timeZoneSchema } from './interview.schema.ts';

export const profileLimits = { name: 200, background: 300, field: 200 } as const;

/** Who the user is, for the templates' placeholders, and how their calendar works. */
export const profileInputSchema = z.strictObject({
  myName: z.string().trim().max(profileLimits.name),
  myBackground: z.string().trim().max(profileLimits.background),
  myField: z.string().trim().max(profileLimits.field),
  country: z.enum(holidayCountries),
  timeZone: timeZoneSchema,
  routine: z.enum(routineKinds),
  version: z.number().int().min(1),
});
export type ProfileInput = z.input<typeof profileInputSchema>;

export const profileSchema = z.object({
  myName: z.string(),
  myBackground: z.string(),
  myField: z.string(),
  country: z.enum(holidayCountries),
  timeZone: z.string(),
  routine: z.enum(routineKinds),
  /** The calendar feed's path (/calendar/<token>.ics), or null when there is none. */
  feedPath: z.string().nullable(),
  /** Today in the user's zone by the server's clock: the day steps are dated with by default. */
  today: z.string(),
  version: z.number().int(),
});
export type Profile = z.output<typeof profileSchema>;
