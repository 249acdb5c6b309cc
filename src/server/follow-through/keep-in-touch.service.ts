import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { cadenceOf, type InteractionKind } from '#domain/keep-in-touch';
import type { Interaction, InteractionInput, KeepInTouch } from '#shared/task.schema';
import { newRecordId } from '../db/record-id.ts';
import type { Database } from '../db/tables.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { cadencesOf } from './cadences.ts';
import { FollowThroughRepo, type InteractionRow } from './follow-through.repo.ts';

/** A contact's logged interactions and keep-in-touch cadence. */
export class KeepInTouchService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async get(user: ActingUser, contactId: string): Promise<KeepInTouch> {
    const repo = new FollowThroughRepo(this.db);
    if (!(await repo.findContact(user.id, contactId))) throw new AppError('not_found');
    const { today } = await this.interviews.today(user);
    return this.read(repo, user, contactId, today);
  }

  async interactions(user: ActingUser, contactId: string): Promise<Interaction[]> {
    const repo = new FollowThroughRepo(this.db);
    if (!(await repo.findContact(user.id, contactId))) throw new AppError('not_found');
    return (await repo.listInteractions(user.id, contactId)).map(toInteraction);
  }

  async logInteraction(user: ActingUser, contactId: string, input: InteractionInput): Promise<Interaction> {
    const { today } = await this.interviews.today(user);
    const on = input.on ?? today;
    if (on > today) {
      throw new AppError('validation_failed', { fields: [{ field: 'on', rule: 'not_allowed_now' }] });
    }
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new FollowThroughRepo(trx);
      if (!(await repo.findContact(user.id, contactId))) throw new AppError('not_found');
      const id = newRecordId();
      await repo.insertInteraction(user.id, id, { contactId, kind: input.kind, on, note: input.note }, now);
      const row = (await repo.listInteractions(user.id, contactId)).find((interaction) => interaction.id === id)!;
      return toInteraction(row);
    });
  }

  async save(
    user: ActingUser,
    contactId: string,
    input: { everyMonths: number; stopped: boolean },
  ): Promise<KeepInTouch> {
    const { today } = await this.interviews.today(user);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new FollowThroughRepo(trx);
      if (!(await repo.findContact(user.id, contactId))) throw new AppError('not_found');
      await repo.saveKeepInTouch(user.id, contactId, input, now);
      return this.read(repo, user, contactId, today);
    });
  }

  private async read(
    repo: FollowThroughRepo,
    user: ActingUser,
    contactId: string,
    today: string,
  ): Promise<KeepInTouch> {
    const cadence =
      (await cadencesOf(repo, user.id, contactId)).get(contactId) ??
      cadenceOf({
        loggedOn: [],
        steps: [],
        setting: await repo
          .keepInTouchSettings(user.id, contactId)
          .then(([row]) =>
            row ? { everyMonths: Number(row.every_months), stopped: Number(row.stopped) === 1 } : null,
          ),
      });
    const interactions = (await repo.listInteractions(user.id, contactId)).map(toInteraction);
    return { contactId, ...cadence, interactions, today };
  }
}

function toInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    contactId: row.contact_id,
    kind: row.kind as InteractionKind,
    on: row.on_day,
    note: row.note,
    createdAt: row.created_at,
  };
}
