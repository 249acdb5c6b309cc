import { Hono } from 'hono';
import { AppError } from '#domain/errors';
import { isLocale } from '#domain/locale';
import { translatorFor } from '#shared/i18n/translator';
import type { AppEnv } from '../http/app-env.ts';
import type { MeetingCalendarService } from './meeting-calendar.service.ts';

/**
 * GET /calendar/<token>.ics: the feed a calendar program subscribes to. It carries no cookie and
 * no login, so the unguessable token in the path is the key (see ADR 0015). A calendar program
 * sends no useful Accept-Language, so the language rides in the URL (?lang=nb).
 */
export function calendarFeedRoutes(service: MeetingCalendarService) {
  return new Hono<AppEnv>().get('/:file', async (c) => {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.param('file'));
    const lang = c.req.query('lang');
    const t = isLocale(lang) ? translatorFor(lang) : c.get('t');
    if (!match?.[1]) throw new AppError('not_found');
    const text = await service.feed(match[1], t);
    return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' });
  });
}
