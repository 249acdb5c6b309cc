import { referralListSchema, referralSchema, type ReferralInput } from '#shared/referral.schema';
import { requestJson } from '../../lib/api-client.ts';

const referralsPath = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}/referrals`;

/** The people an interview's advisor introduced; adding one creates the contact. */
export const referralsApi = {
  list: (interviewId: string) => requestJson('GET', referralsPath(interviewId), referralListSchema),
  add: (interviewId: string, input: ReferralInput) =>
    requestJson('POST', referralsPath(interviewId), referralSchema, input),
};
