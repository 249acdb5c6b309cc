import { profileSchema, type ProfileInput } from '#shared/profile.schema';
import { requestJson } from '../../lib/api-client.ts';

/** The user's profile: who they are (for the templates), their calendar, and the feed's address. */
export const profileApi = {
  get: () => requestJson('GET', '/api/profile', profileSchema),
  update: (input: ProfileInput) => requestJson('PUT', '/api/profile', profileSchema, input),
  renewFeed: () => requestJson('POST', '/api/profile/feed-token', profileSchema),
  revokeFeed: () => requestJson('DELETE', '/api/profile/feed-token', profileSchema),
};

/** The address a calendar program subscribes to; the language rides along, as no calendar sends one. */
export function feedUrl(feedPath: string, language: string): string {
  return `${window.location.origin}${feedPath}?lang=${encodeURIComponent(language)}`;
}
