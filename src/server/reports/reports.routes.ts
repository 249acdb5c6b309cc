import { Hono } from 'hono';
import { reportSaveSchema, thankYouSaveSchema, thankYouSentSchema } from '#shared/report.schema';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/request-input.ts';
import type { ReportsService } from './reports.service.ts';

/** HTTP only: /api/interviews/:id/report, its Markdown file, and the thank-you note. */
export function reportsRoutes(service: ReportsService) {
  return new Hono<AppEnv>()
    .get('/:id/report', async (c) => c.json(await service.get(c.get('user'), c.req.param('id'), c.get('locale'))))
    .put('/:id/report', async (c) =>
      c.json(
        await service.save(c.get('user'), c.req.param('id'), await readJsonBody(c, reportSaveSchema), c.get('locale')),
      ),
    )
    .get('/:id/report.md', async (c) => {
      const file = await service.markdownFile(c.get('user'), c.req.param('id'), c.get('locale'));
      return c.body(file.text, 200, {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
      });
    })
    .put('/:id/thank-you', async (c) =>
      c.json(
        await service.saveThankYou(
          c.get('user'),
          c.req.param('id'),
          await readJsonBody(c, thankYouSaveSchema),
          c.get('locale'),
        ),
      ),
    )
    .get('/:id/thank-you.eml', async (c) => {
      const file = await service.thankYouEmail(c.get('user'), c.req.param('id'), c.get('locale'));
      return c.body(file.text, 200, {
        'Content-Type': 'message/rfc822',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
      });
    })
    .post('/:id/thank-you/sent', async (c) =>
      c.json(
        await service.markThankYouSent(
          c.get('user'),
          c.req.param('id'),
          await readJsonBody(c, thankYouSentSchema),
          c.get('locale'),
        ),
      ),
    );
}
