import { localDayOf, type CalendarDay } from '#domain/calendar-day';
import type { Profile } from '#shared/profile.schema';

/**
 * Today as the user's calendar shows it: the server's today in the profile's zone (the clock the
 * routine counts with, so a step dated "today" is never refused as lying in the future), else the
 * browser's own. Steps are dated with this by default.
 */
export function userToday(profile: Profile | null, now: Date = new Date()): CalendarDay {
  if (profile?.today) return profile.today;
  const zone = profile?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    return localDayOf(now, zone);
  } catch {
    return localDayOf(now, 'UTC');
  }
}
