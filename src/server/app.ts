import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { AppError } from '#domain/errors';
import type { DatabaseHandle } from './db/database.ts';
import { contactsRoutes } from './contacts/contacts.routes.ts';
import { ContactsService } from './contacts/contacts.service.ts';
import { notesRoutes } from './notes/notes.routes.ts';
import { exploreFieldsRoutes } from './explore-fields/explore-fields.routes.ts';
import { ExploreFieldsService } from './explore-fields/explore-fields.service.ts';
import { organisationsRoutes, targetsRoutes } from './organisations/organisations.routes.ts';
import { OrganisationsService } from './organisations/organisations.service.ts';
import { NotesService } from './notes/notes.service.ts';
import { SearchIndex } from './search/search-index.repo.ts';
import { backupRoutes, pathsWithOwnBodyLimit } from './backup/backup.routes.ts';
import { BackupService } from './backup/backup.service.ts';
import { exportRoutes } from './transfer/export.routes.ts';
import { ExportService } from './transfer/export.service.ts';
import { importPathsWithOwnBodyLimit, importsRoutes } from './imports/imports.routes.ts';
import { ImportsService } from './imports/imports.service.ts';
import { searchRoutes } from './search/search.routes.ts';
import { calendarFeedRoutes } from './calendar/calendar-feed.routes.ts';
import { MeetingCalendarService } from './calendar/meeting-calendar.service.ts';
import { interviewsRoutes } from './interviews/interviews.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { ReportsService } from './reports/reports.service.ts';
import { InterviewsService } from './interviews/interviews.service.ts';
import { conversationRoutes } from './conversation/conversation.routes.ts';
import { ConversationService } from './conversation/conversation.service.ts';
import { referralsRoutes } from './referrals/referrals.routes.ts';
import { ReferralsService } from './referrals/referrals.service.ts';
import { profileRoutes } from './profile/profile.routes.ts';
import { ProfileService } from './profile/profile.service.ts';
import { questionsRoutes } from './questions/questions.routes.ts';
import { QuestionsService } from './questions/questions.service.ts';
import { preparationRoutes } from './preparation/preparation.routes.ts';
import { PreparationService } from './preparation/preparation.service.ts';
import { templatesRoutes } from './templates/templates.routes.ts';
import { TemplatesService } from './templates/templates.service.ts';
import { todayRoutes } from './today/today.routes.ts';
import { contactFollowThroughRoutes, tasksRoutes } from './follow-through/follow-through.routes.ts';
import { KeepInTouchService } from './follow-through/keep-in-touch.service.ts';
import { TasksService } from './follow-through/tasks.service.ts';
import { insightsRoutes } from './insights/insights.routes.ts';
import { InsightsService } from './insights/insights.service.ts';
import { TodayService } from './today/today.service.ts';
import { SearchService } from './search/search.service.ts';
import type { AppEnv } from './http/app-env.ts';
import { handleErrors, sendAppError } from './http/error-handler.ts';
import { guardLocalAccess } from './http/local-guard.ts';
import { negotiateLocale } from './http/locale.ts';
import { logRequests } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveWebApp } from './http/web-assets.ts';
import { actAsLocalUser } from './users/acting-user.ts';

/** Large enough for a contact with 100,000 characters of notes in any script, small enough to refuse floods. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** host[:port] values the server answers to (see local-guard.ts). */
  allowedHosts: readonly string[];
  /** The built browser app (dist/web); omitted in API-only tests. */
  webRoot?: string;
  clock?: () => Date;
}

/** Wires middleware, features and the browser app into one Hono application. */
export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();
  const searchIndex = new SearchIndex(options.database.dialect);
  const contacts = new ContactsService(options.database.db, searchIndex, options.clock);

  app.use(requestId());
  app.use(negotiateLocale());
  app.use(logRequests(options.logger));
  app.use(securityHeaders());
  app.use(guardLocalAccess(options.allowedHosts));
  app.use(actAsLocalUser());

  const api = new Hono<AppEnv>();
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', { limit: MAX_JSON_BODY_BYTES });
    },
  });
  // A restore uploads a whole backup and an import a whole file: their routes set larger limits of
  // their own (backup.routes.ts, imports.routes.ts).
  const ownBodyLimitPaths = [...pathsWithOwnBodyLimit, ...importPathsWithOwnBodyLimit];
  api.use((c, next) => (ownBodyLimitPaths.includes(c.req.path) ? next() : jsonBodyLimit(c, next)));
  api.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // personal data: never kept in a shared cache
  });
  api.get('/health', (c) => c.json({ status: 'ok' }));
  api.route('/contacts', contactsRoutes(contacts));
  api.route('/notes', notesRoutes(new NotesService(options.database.db, searchIndex, options.clock)));
  const organisations = new OrganisationsService(options.database.db, searchIndex, options.clock);
  api.route('/organisations', organisationsRoutes(organisations));
  api.route('/targets', targetsRoutes(organisations));
  api.route('/explore-fields', exploreFieldsRoutes(new ExploreFieldsService(options.database.db, options.clock)));
  api.route('/search', searchRoutes(new SearchService(options.database.db, searchIndex)));
  api.route('/export', exportRoutes(new ExportService(options.database.db), options.clock));
  api.route('/imports', importsRoutes(new ImportsService(options.database, searchIndex, options.clock)));
  api.route('/', backupRoutes(new BackupService(options.database, options.clock), options.logger, options.clock));
  const meetingCalendar = new MeetingCalendarService(options.database.db, options.clock);
  api.route(
    '/interviews',
    interviewsRoutes(new InterviewsService(options.database.db, options.clock), meetingCalendar),
  );
  api.route('/interviews', reportsRoutes(new ReportsService(options.database.db, options.clock)));
  api.route('/interviews', conversationRoutes(new ConversationService(options.database.db, options.clock)));
  api.route('/interviews', referralsRoutes(new ReferralsService(options.database.db, contacts)));
  api.route('/today', todayRoutes(new TodayService(options.database.db, options.clock)));
  api.route('/tasks', tasksRoutes(new TasksService(options.database.db, options.clock)));
  api.route('/contacts', contactFollowThroughRoutes(new KeepInTouchService(options.database.db, options.clock)));
  api.route('/insights', insightsRoutes(new InsightsService(options.database.db, options.clock)));
  api.route('/profile', profileRoutes(new ProfileService(options.database.db, options.clock)));
  api.route('/templates', templatesRoutes(new TemplatesService(options.database.db, options.clock)));
  api.route('/questions', questionsRoutes(new QuestionsService(options.database.db, options.clock)));
  api.route('/', preparationRoutes(new PreparationService(options.database.db, options.clock)));
  api.notFound((c) => sendAppError(c, new AppError('not_found')));
  app.route('/api', api);
  const feed = new Hono<AppEnv>();
  feed.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // a calendar program should ask again, not keep a stale copy
  });
  app.route('/calendar', feed.route('/', calendarFeedRoutes(meetingCalendar)));

  if (options.webRoot) serveWebApp(app, options.webRoot);
  app.notFound((c) => sendAppError(c, new AppError('not_found')));
  app.onError(handleErrors(options.logger));
  return app;
}

export type RapportApp = ReturnType<typeof createApp>;
