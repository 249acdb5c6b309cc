import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isHolidayCountry, type HolidayCountry } from '#domain/business-days';
import { localDayOf } from '#domain/calendar-day';
import { AppError } from '#domain/errors';
import { defaultRoutine, isRoutineKind, type RoutineKind } from '#domain/follow-up-routine';
import { isKnownTimeZone } from '#domain/zoned-time';
import type { Profile } from '#shared/profile.schema';
import type { ProfileInput } from '#shared/profile.schema';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { serverTimeZone, suggestCountry } from './profile-defaults.ts';
import { ProfileRepo, type ProfileRow } from './profile.repo.ts';

/** The profile with every default resolved: what the rest of the server works with. */
export interface ResolvedProfile {
  myName: string;
  myBackground: string;
  myField: string;
  country: HolidayCountry;
  timeZone: string;
  routine: RoutineKind;
  feedToken: string | null;
  version: number;
}

/** Who the user is and how their calendar counts; the calendar feed's token. */
export class ProfileService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async resolve(user: ActingUser, preferredLanguages: readonly string[] = []): Promise<ResolvedProfile> {
    const row = await new ProfileRepo(this.db).findOrCreate(user.id, this.clock().toISOString());
    return resolveRow(row, preferredLanguages);
  }

  async get(user: ActingUser, preferredLanguages: readonly string[]): Promise<Profile> {
    return toProfile(await this.resolve(user, preferredLanguages), this.clock());
  }

  async update(user: ActingUser, input: Omit<ProfileInput, 'version'> & { version: number }): Promise<Profile> {
    const now = this.clock().toISOString();
    const repo = new ProfileRepo(this.db);
    const current = await repo.findOrCreate(user.id, now);
    const updated = await repo.update(
      user.id,
      input.version,
      {
        my_name: input.myName,
        my_background: input.myBackground,
        my_field: input.myField,
        country: input.country,
        time_zone: input.timeZone,
        routine: input.routine,
      },
      now,
    );
    if (!updated) throw new AppError('version_conflict', { current: toProfile(resolveRow(current, []), this.clock()) });
    return toProfile(resolveRow(updated, []), this.clock());
  }

  /** A new token replaces the old one at once: a URL shared before stops working (404). */
  async renewFeedToken(user: ActingUser): Promise<Profile> {
    const now = this.clock().toISOString();
    const repo = new ProfileRepo(this.db);
    await repo.findOrCreate(user.id, now);
    await repo.setFeedToken(user.id, randomBytes(32).toString('base64url'), now);
    return this.get(user, []);
  }

  async revokeFeedToken(user: ActingUser): Promise<Profile> {
    const now = this.clock().toISOString();
    const repo = new ProfileRepo(this.db);
    await repo.findOrCreate(user.id, now);
    await repo.setFeedToken(user.id, null, now);
    return this.get(user, []);
  }
}

function resolveRow(row: ProfileRow, preferredLanguages: readonly string[]): ResolvedProfile {
  return {
    myName: row.my_name,
    myBackground: row.my_background,
    myField: row.my_field,
    country: isHolidayCountry(row.country) ? row.country : suggestCountry(preferredLanguages),
    timeZone: row.time_zone && isKnownTimeZone(row.time_zone) ? row.time_zone : serverTimeZone(),
    routine: isRoutineKind(row.routine) ? row.routine : defaultRoutine,
    feedToken: row.feed_token,
    version: Number(row.version),
  };
}

export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

function toProfile(profile: ResolvedProfile, now: Date): Profile {
  const { feedToken, ...rest } = profile;
  return { ...rest, feedPath: feedToken ? feedPath(feedToken) : null, today: localDayOf(now, profile.timeZone) };
}
