import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Gains } from '#domain/gains';
import type { Insights } from '#shared/insights.schema';
import type { Profile } from '#shared/profile.schema';
import { newRecordId } from '../db/record-id.ts';
import { localUser } from '../users/acting-user.ts';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('insights on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  const now = new Date('2026-11-30T09:00:00Z');

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock: () => now });
    const profile = (await (await api.send('GET', '/api/profile')).json()) as Profile;
    const { feedPath: _feedPath, today: _today, ...input } = profile as Profile & { feedPath: unknown; today: unknown };
    await api.send('PUT', '/api/profile', { ...input, country: 'NO', timeZone: 'Europe/Oslo' });
  });

  afterEach(async () => {
    await database.close();
  });

  const post = async (path: string, body: unknown) => {
    const response = await api.send('POST', path, body);
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as { id: string; version: number };
  };

  /** A contact asked on `requestedOn`, who replied on `repliedOn`; the conversation held if `gains` are given. */
  const advisor = async (
    contact: { name: string; title: string; field: string; howKnown: string; organisation: string },
    days: { requestedOn: string; repliedOn?: string },
    gains?: Partial<Gains>,
  ) => {
    const created = await post('/api/contacts', buildContactInput(contact as never));
    let interview = await post('/api/interviews', { contactId: created.id, goal: 'Learn' });
    interview = await post(`/api/interviews/${interview.id}/sent`, {
      channel: 'email',
      on: days.requestedOn,
      version: interview.version,
    });
    if (days.repliedOn) {
      await post(`/api/interviews/${interview.id}/reply`, {
        on: days.repliedOn,
        outcome: 'accepted',
        version: interview.version,
      });
    }
    if (gains) {
      await database.db
        .insertInto('interview_steps')
        .values({
          id: newRecordId(),
          owner_id: localUser.id,
          interview_id: interview.id,
          position: 100,
          kind: 'held',
          on_day: '2026-11-20',
          created_at: now.toISOString(),
        })
        .execute();
      // Reports are written by the report feature; insights only read them.
      await database.db
        .insertInto('reports')
        .values({
          interview_id: interview.id,
          owner_id: localUser.id,
          gains: JSON.stringify(gains),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
    }
    return { contactId: created.id, interviewId: interview.id };
  };

  it('answers empty insights before any interview', async () => {
    const insights = (await (await api.send('GET', '/api/insights')).json()) as Insights;
    expect(insights).toMatchObject({
      keywords: [],
      pay: [],
      openings: [],
      funnel: [],
      counts: { interviews: 0, held: 0, reports: 0 },
    });
  });

  it('adds up keywords, pay, openings and the funnel over several interviews', async () => {
    await advisor(
      { name: 'Kari Nordmann', title: 'Data analyst', field: 'Energy', howKnown: 'alumni', organisation: 'Equinor' },
      { requestedOn: '2026-11-02', repliedOn: '2026-11-04' },
      {
        keywords: ['Python', 'stakeholder management', 'SQL'],
        payRanges: [{ role: '', level: 'junior', min: 550_000, max: 650_000, currency: 'NOK', period: 'year' }],
        openings: [{ what: 'Graduate programme', where: 'Stavanger', expectedBy: '2027-02' }],
        advice: ['Join the Python meetup'],
      },
    );
    await advisor(
      {
        name: 'Jonas Weber',
        title: 'Senior data analyst',
        field: 'energy',
        howKnown: 'alumni',
        organisation: 'Statkraft',
      },
      { requestedOn: '2026-11-02', repliedOn: '2026-11-10' },
      {
        keywords: ['python', 'Stakeholder Management', 'Power BI'],
        payRanges: [
          { role: 'Data analyst', level: 'senior', min: 700_000, max: 900_000, currency: 'NOK', period: 'year' },
          { role: 'Data analyst', level: '', min: 60_000, max: 70_000, currency: 'EUR', period: 'year' },
        ],
        openings: [{ what: 'Analyst team grows', where: '', expectedBy: '2026-12-15' }],
      },
    );
    await advisor(
      { name: 'Siti Rahma', title: 'Engineer', field: 'Energy', howKnown: 'linkedin_cold', organisation: 'Pertamina' },
      { requestedOn: '2026-11-02' },
    );

    const response = await api.send('GET', '/api/insights');
    expect(response.status).toBe(200);
    const insights = (await response.json()) as Insights;
    expect(insights.counts).toEqual({ interviews: 3, held: 2, reports: 2, advisors: 2 });
    expect(insights.keywords.map((keyword) => [keyword.text, keyword.advisors])).toEqual([
      ['Python', 2],
      ['stakeholder management', 2],
    ]);
    expect(insights.pay).toEqual([
      expect.objectContaining({
        role: 'Data analyst',
        field: 'energy',
        currency: 'EUR',
        min: 60_000,
        max: 70_000,
        advisors: 1,
      }),
      expect.objectContaining({
        role: 'Data analyst',
        field: 'Energy',
        currency: 'NOK',
        min: 550_000,
        max: 900_000,
        medianMidpoint: 700_000,
        advisors: 2,
      }),
    ]);
    expect(insights.openings.map((opening) => [opening.what, opening.advisorName, opening.organisationName])).toEqual([
      ['Analyst team grows', 'Jonas Weber', 'Statkraft'],
      ['Graduate programme', 'Kari Nordmann', 'Equinor'],
    ]);
    expect(insights.funnel).toEqual([
      { howKnown: 'alumni', requests: 2, replies: 2, replyRate: 1, medianReplyBusinessDays: 4, held: 2 },
      { howKnown: 'linkedin_cold', requests: 1, replies: 0, replyRate: 0, medianReplyBusinessDays: null, held: 0 },
    ]);
    expect(insights.funnelTotal).toMatchObject({ requests: 3, replies: 2 });

    const advice = (await (await api.send('GET', '/api/tasks/advice')).json()) as Array<{ text: string; taskId: null }>;
    expect(advice).toEqual([
      expect.objectContaining({ text: 'Join the Python meetup', contactName: 'Kari Nordmann', taskId: null }),
    ]);
  });
});
