import { z } from 'zod';
import { contactLimits, isLinkedInUrl } from '#domain/contact';

const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * A person the advisor suggested, captured in live mode or afterwards. It becomes a contact
 * introduced by the advisor; mayUseAdvisorName is the advisor's answer to "may I mention you?".
 */
export const referralInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(contactLimits.name),
  title: optionalText(contactLimits.title),
  organisation: optionalText(contactLimits.organisation),
  email: optionalText(contactLimits.email).refine((value) => value === '' || z.regexes.email.test(value), {
    params: { rule: 'invalid_email' },
  }),
  phone: optionalText(contactLimits.phone),
  linkedinUrl: optionalText(contactLimits.linkedinUrl).refine((value) => value === '' || isLinkedInUrl(value), {
    params: { rule: 'invalid_linkedin_url' },
  }),
  mayUseAdvisorName: z.boolean(),
  note: optionalText(contactLimits.notes),
});
export type ReferralInput = z.input<typeof referralInputSchema>;

export const referralSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  organisation: z.string(),
  mayUseAdvisorName: z.boolean(),
  createdAt: z.string(),
});
export type Referral = z.output<typeof referralSchema>;

export const referralListSchema = z.object({
  advisorId: z.string(),
  advisorName: z.string(),
  items: z.array(referralSchema),
});
export type ReferralList = z.output<typeof referralListSchema>;
