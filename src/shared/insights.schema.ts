import { z } from 'zod';
import { payPeriods } from '#domain/gains';

/** What several interviews taught the user (issue 5, "Insights"). */
export const insightsSchema = z.object({
  counts: z.object({ interviews: z.number(), held: z.number(), reports: z.number(), advisors: z.number() }),
  keywords: z.array(z.object({ text: z.string(), advisors: z.number(), spellings: z.array(z.string()) })),
  pay: z.array(
    z.object({
      role: z.string(),
      field: z.string(),
      currency: z.string(),
      period: z.enum(payPeriods),
      min: z.number(),
      max: z.number(),
      medianMidpoint: z.number(),
      advisors: z.number(),
      ranges: z.number(),
    }),
  ),
  openings: z.array(
    z.object({
      what: z.string(),
      where: z.string(),
      expectedBy: z.string(),
      advisorId: z.string(),
      advisorName: z.string(),
      organisationName: z.string(),
      interviewId: z.string(),
    }),
  ),
  funnel: z.array(
    z.object({
      howKnown: z.string(),
      requests: z.number(),
      replies: z.number(),
      replyRate: z.number().nullable(),
      medianReplyBusinessDays: z.number().nullable(),
      held: z.number(),
    }),
  ),
  funnelTotal: z.object({
    howKnown: z.string(),
    requests: z.number(),
    replies: z.number(),
    replyRate: z.number().nullable(),
    medianReplyBusinessDays: z.number().nullable(),
    held: z.number(),
  }),
});
export type Insights = z.output<typeof insightsSchema>;
