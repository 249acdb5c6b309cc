import type { Locale } from '#domain/locale';
import type { Translate } from '#shared/i18n/translator';
import type { ActingUser } from '../users/acting-user.ts';

/** What every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    requestId: string;
    locale: Locale;
    t: Translate;
    user: ActingUser;
  };
}
