import type { MiddlewareHandler } from 'hono';
import { parseAcceptLanguage, pickLocale } from '#domain/locale';
import { translatorFor } from '#shared/i18n/translator';
import type { AppEnv } from './app-env.ts';

/** Error messages answer in the language the browser asks for; the UI sends the user's choice. */
export function negotiateLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const locale = pickLocale(parseAcceptLanguage(c.req.header('accept-language')));
    c.set('locale', locale);
    c.set('t', translatorFor(locale));
    c.header('Content-Language', locale);
    await next();
  };
}
