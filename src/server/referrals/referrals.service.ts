import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { contactInputSchema } from '#shared/contact.schema';
import type { Referral, ReferralList } from '#shared/referral.schema';
import type { z } from 'zod';
import type { referralInputSchema } from '#shared/referral.schema';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ReferralsRepo } from './referrals.repo.ts';

/**
 * Referrals: the people an advisor suggested become contacts introduced by the advisor, with the
 * advisor's answer to "may I mention you?". They are created through ContactsService, so the
 * search index and the referral chain see them at once.
 */
export class ReferralsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly contacts: ContactsService,
  ) {}

  async list(user: ActingUser, interviewId: string): Promise<ReferralList> {
    const advisor = await this.advisorOf(user, interviewId);
    const rows = await new ReferralsRepo(this.db).introducedBy(user.id, advisor.id);
    return {
      advisorId: advisor.id,
      advisorName: advisor.name,
      items: rows.map((row): Referral => ({
        id: row.id,
        name: row.name,
        title: row.title,
        organisation: row.organisation ?? '',
        mayUseAdvisorName: Number(row.may_use_introducer_name) === 1,
        createdAt: row.created_at,
      })),
    };
  }

  async create(user: ActingUser, interviewId: string, input: z.output<typeof referralInputSchema>): Promise<Referral> {
    const advisor = await this.advisorOf(user, interviewId);
    // The referral form's fields are a subset of the contact form's, with the same limits, so this
    // parse cannot fail on input that passed referralInputSchema.
    const fields = contactInputSchema.parse({
      name: input.name,
      title: input.title,
      organisation: input.organisation,
      emails: input.email ? [input.email] : [],
      phones: input.phone ? [input.phone] : [],
      linkedinUrl: input.linkedinUrl,
      howKnown: 'referral',
      introducedById: advisor.id,
      mayUseIntroducerName: input.mayUseAdvisorName,
      notes: input.note,
    });
    const contact = await this.contacts.create(user, fields);
    return {
      id: contact.id,
      name: contact.name,
      title: contact.title,
      organisation: contact.organisation,
      mayUseAdvisorName: contact.mayUseIntroducerName,
      createdAt: contact.createdAt,
    };
  }

  private async advisorOf(user: ActingUser, interviewId: string) {
    const advisor = await new ReferralsRepo(this.db).advisorOf(user.id, interviewId);
    if (!advisor) throw new AppError('not_found');
    return advisor;
  }
}
