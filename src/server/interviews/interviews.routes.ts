import { Hono } from 'hono';
import {
  followUpSentSchema,
  interviewCreateSchema,
  interviewDraftSchema,
  interviewListQuerySchema,
  interviewStageChangeSchema,
  meetingInputSchema,
  offeredSlotsSchema,
  reminderDoneSchema,
  replySchema,
  requestSentSchema,
  secondContactSchema,
  versionOnlySchema,
} from '#shared/interview.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody, readQuery } from '../http/request-input.ts';
import type { InterviewsService } from './interviews.service.ts';
import type { MeetingCalendarService } from '../calendar/meeting-calendar.service.ts';

/** HTTP only: /api/interviews, each step of the method one POST. */
export function interviewsRoutes(service: InterviewsService, calendar: MeetingCalendarService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await service.list(c.get('user'), readQuery(c, interviewListQuerySchema)) }))
    .post('/', async (c) =>
      c.json(await service.create(c.get('user'), await readJsonBody(c, interviewCreateSchema)), 201),
    )
    .get('/:id', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'))))
    .delete('/:id', async (c) => {
      await service.delete(c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    })
    .put('/:id/draft', async (c) =>
      c.json(await service.saveDraft(c.get('user'), c.req.param('id'), await readJsonBody(c, interviewDraftSchema))),
    )
    .post('/:id/stage', async (c) => {
      const { stage, version } = await readJsonBody(c, interviewStageChangeSchema);
      return c.json(await service.changeStage(c.get('user'), c.req.param('id'), stage, version));
    })
    .post('/:id/sent', async (c) =>
      c.json(await service.markSent(c.get('user'), c.req.param('id'), await readJsonBody(c, requestSentSchema))),
    )
    .post('/:id/follow-up', async (c) =>
      c.json(
        await service.markFollowUpSent(c.get('user'), c.req.param('id'), await readJsonBody(c, followUpSentSchema)),
      ),
    )
    .post('/:id/second-contact', async (c) =>
      c.json(
        await service.markSecondContact(c.get('user'), c.req.param('id'), await readJsonBody(c, secondContactSchema)),
      ),
    )
    .post('/:id/reply', async (c) =>
      c.json(await service.recordReply(c.get('user'), c.req.param('id'), await readJsonBody(c, replySchema))),
    )
    .post('/:id/reopen', async (c) => {
      const { version } = await readJsonBody(c, versionOnlySchema);
      return c.json(await service.reopen(c.get('user'), c.req.param('id'), version));
    })
    .post('/:id/rehearsals', async (c) => {
      const { version } = await readJsonBody(c, versionOnlySchema);
      return c.json(await service.countRehearsal(c.get('user'), c.req.param('id'), version));
    })
    .put('/:id/offered-slots', async (c) =>
      c.json(
        await service.setOfferedSlots(c.get('user'), c.req.param('id'), await readJsonBody(c, offeredSlotsSchema)),
      ),
    )
    .put('/:id/meeting', async (c) =>
      c.json(
        await service.scheduleMeeting(c.get('user'), c.req.param('id'), await readJsonBody(c, meetingInputSchema)),
      ),
    )
    .post('/:id/meeting/cancel', async (c) => {
      const { version } = await readJsonBody(c, versionOnlySchema);
      return c.json(await service.cancelMeeting(c.get('user'), c.req.param('id'), version));
    })
    .post('/:id/meeting/reminders', async (c) => {
      const { reminder } = await readJsonBody(c, reminderDoneSchema);
      return c.json(await service.dismissReminder(c.get('user'), c.req.param('id'), reminder));
    })
    .get('/:id/meeting.ics', async (c) => {
      const file = await calendar.meetingFile(c.get('user'), c.req.param('id'), c.get('t'));
      return c.body(file.text, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
      });
    });
}
