import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Template } from '#shared/template.schema';
import { createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('request templates on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
  });

  afterEach(async () => {
    await database.close();
  });

  const list = async (language: string): Promise<Template[]> =>
    (await (await api.send('GET', `/api/templates?language=${language}`)).json()).items;

  it('lists the built-in templates of every kind in the asked language', async () => {
    const templates = await list('nb');
    expect(templates.map((template) => template.kind)).toEqual([
      'cold_email',
      'warm_email',
      'linkedin_message',
      'follow_up',
      'phone_script',
    ]);
    expect(templates.every((template) => template.builtIn && template.language === 'nb')).toBe(true);
  });

  it("puts the user's edit of a built-in template in its place, and brings the original back when it is deleted", async () => {
    const response = await api.send('POST', '/api/templates', {
      kind: 'cold_email',
      language: 'en',
      name: 'My cold e-mail',
      subject: 'A question about {{organisation}}',
      body: 'Dear {{advisor_first_name}}, …',
      replacesBuiltIn: true,
    });
    expect(response.status).toBe(201);
    const own = (await response.json()) as Template;
    const cold = (await list('en')).filter((template) => template.kind === 'cold_email');
    expect(cold.map((template) => template.id)).toEqual([own.id]);
    expect((await api.send('DELETE', `/api/templates/${own.id}`)).status).toBe(204);
    expect((await list('en')).find((template) => template.kind === 'cold_email')?.builtIn).toBe(true);
  });

  it('refuses a template with an unknown placeholder, naming it, and saves nothing', async () => {
    const response = await api.send('POST', '/api/templates', {
      kind: 'follow_up',
      language: 'de',
      name: 'Nachfassen',
      body: 'Guten Tag {{advisor_name}}, {{firma}}',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields).toEqual([{ field: 'body', rule: 'unknown_placeholder', value: '{{firma}}' }]);
    expect(body.error.message).toBeTruthy();
    expect((await list('de')).every((template) => template.builtIn)).toBe(true);
  });

  it('refuses a stale edit with 409', async () => {
    const own = (await (
      await api.send('POST', '/api/templates', {
        kind: 'phone_script',
        language: 'id',
        name: 'Telepon',
        body: 'Halo {{advisor_name}}',
      })
    ).json()) as Template;
    const fields = { kind: 'phone_script', language: 'id', name: 'Telepon 2', body: 'Halo', version: own.version };
    expect((await api.send('PUT', `/api/templates/${own.id}`, fields)).status).toBe(200);
    expect((await api.send('PUT', `/api/templates/${own.id}`, fields)).status).toBe(409);
  });
});
