import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Contact } from '#domain/contact';
import type { Interview } from '#shared/interview.schema';
import type { ReferralList } from '#shared/referral.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('referrals on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let advisor: Contact;
  let interview: Interview;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock: () => new Date('2026-11-30T09:00:00Z') });
    advisor = await (await api.send('POST', '/api/contacts', buildContactInput({ name: 'Åse Lund' }))).json();
    interview = await (await api.send('POST', '/api/interviews', { contactId: advisor.id, goal: 'Trading' })).json();
  });

  afterEach(async () => {
    await database.close();
  });

  const pathOf = () => `/api/interviews/${interview.id}/referrals`;

  it('creates a contact introduced by the advisor, with the permission, listed and in the referral chain', async () => {
    const response = await api.send('POST', pathOf(), {
      name: 'Kari Nordmann',
      title: 'Head of trading',
      organisation: 'Statkraft',
      email: 'kari@example.com',
      mayUseAdvisorName: true,
      note: 'Runs the graduate programme',
    });
    expect(response.status).toBe(201);
    const referral = await response.json();
    expect(referral).toMatchObject({ name: 'Kari Nordmann', organisation: 'Statkraft', mayUseAdvisorName: true });

    const contact = (await (await api.send('GET', `/api/contacts/${referral.id}`)).json()) as Contact;
    expect(contact).toMatchObject({
      introducedById: advisor.id,
      mayUseIntroducerName: true,
      howKnown: 'referral',
      emails: ['kari@example.com'],
      notes: 'Runs the graduate programme',
    });

    await api.send('POST', pathOf(), { name: 'Ola Berg', mayUseAdvisorName: false });
    const list = (await (await api.send('GET', pathOf())).json()) as ReferralList;
    expect(list.advisorName).toBe('Åse Lund');
    expect(list.items.map((item) => [item.name, item.mayUseAdvisorName])).toEqual([
      ['Kari Nordmann', true],
      ['Ola Berg', false],
    ]);

    const chain = await (await api.send('GET', `/api/contacts/${advisor.id}/referrals`)).json();
    expect(chain.tree.introduced.map((node: { name: string }) => node.name)).toEqual(['Kari Nordmann', 'Ola Berg']);
    const search = await (await api.send('GET', '/api/search?q=Nordmann')).json();
    expect(JSON.stringify(search)).toContain('Kari Nordmann');
  });

  it('refuses a referral without a name or with a wrong e-mail, naming the field, and creates nothing', async () => {
    const response = await api.send(
      'POST',
      pathOf(),
      { name: ' ', email: 'not-an-address', mayUseAdvisorName: false },
      { 'accept-language': 'nb' },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields.map((field: { field: string }) => field.field).sort()).toEqual(['email', 'name']);
    expect(body.error.message).toContain('E-post');
    expect(((await (await api.send('GET', pathOf())).json()) as ReferralList).items).toEqual([]);
  });

  it('answers not found for an unknown interview', async () => {
    expect((await api.send('GET', '/api/interviews/nope/referrals')).status).toBe(404);
    expect(
      (await api.send('POST', '/api/interviews/nope/referrals', { name: 'X', mayUseAdvisorName: false })).status,
    ).toBe(404);
  });
});
