import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { isDuplicateNameError, OrganisationsRepo } from '#server/organisations/organisations.repo';
import { SearchIndex } from '#server/search/search-index.repo';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

interface OrganisationBody {
  id: string;
  name: string;
  version: number;
  isTarget: boolean;
  motivation: number | null;
  posting: number | null;
  advocates: number;
}

interface TargetBody extends OrganisationBody {
  rank: number;
  isTop: boolean;
}

describe.each(testDatabases)('organisations API on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
  });

  afterEach(async () => {
    await database.close();
  });

  const create = async (fields: Record<string, unknown>): Promise<OrganisationBody> => {
    const response = await api.send('POST', '/api/organisations', fields);
    expect(response.status).toBe(201);
    return response.json();
  };

  const read = async (id: string): Promise<OrganisationBody> =>
    (await api.send('GET', `/api/organisations/${id}`)).json();

  const createContact = async (overrides: Record<string, unknown>) => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; organisation: string; organisationId: string | null };
  };

  const contactNames = async (query: string) => {
    const page = await (await api.send('GET', `/api/contacts?${query}`)).json();
    return page.items.map((contact: { name: string }) => contact.name);
  };

  const countRows = async (table: 'organisations' | 'notes' | 'contacts' | 'explore_fields') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const targetList = async (): Promise<{ items: TargetBody[]; goal: number }> =>
    (await api.send('GET', '/api/targets')).json();

  describe('create, read, list, update and delete', () => {
    it('creates an organisation with defaults and reads it back with version 1', async () => {
      const created = await create({ name: '  Statkraft  ', website: 'statkraft.no', field: 'Renewable energy' });
      expect(created).toMatchObject({
        name: 'Statkraft',
        website: 'statkraft.no',
        field: 'Renewable energy',
        notes: '',
        isTarget: false,
        motivation: null,
        posting: null,
        version: 1,
        advocates: 0,
      });
      expect(await read(created.id)).toEqual(created);
    });

    it('lists organisations by name, ignoring case and accents, with paging and a search', async () => {
      for (const name of ['Zalando', 'Équinor', 'abb', 'Bjørnstad AS', 'Cognite']) await create({ name });
      const page = await (await api.send('GET', '/api/organisations?limit=2&offset=1')).json();
      expect(page.total).toBe(5);
      expect(page.items.map((o: OrganisationBody) => o.name)).toEqual(['Bjørnstad AS', 'Cognite']);
      const found = await (await api.send('GET', `/api/organisations?q=${encodeURIComponent('BJORN')}`)).json();
      expect(found.items.map((o: OrganisationBody) => o.name)).toEqual(['Bjørnstad AS']);
      const equinor = await (await api.send('GET', '/api/organisations?q=equi')).json();
      expect(equinor.items.map((o: OrganisationBody) => o.name)).toEqual(['Équinor']);
    });

    it('saves an edit and raises the version', async () => {
      const created = await create({ name: 'Gojek' });
      const response = await api.send('PUT', `/api/organisations/${created.id}`, {
        name: 'Gojek',
        field: 'Ride hailing',
        isTarget: true,
        motivation: 3,
        posting: 2,
        version: 1,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        field: 'Ride hailing',
        isTarget: true,
        motivation: 3,
        posting: 2,
        version: 2,
      });
    });

    it('refuses a stale edit with 409 and the record as it is now', async () => {
      const created = await create({ name: 'Telenor' });
      await api.send('PUT', `/api/organisations/${created.id}`, { name: 'Telenor', field: 'Telecom', version: 1 });
      const stale = await api.send('PUT', `/api/organisations/${created.id}`, {
        name: 'Telenor',
        field: 'Other',
        version: 1,
      });
      expect(stale.status).toBe(409);
      const body = await stale.json();
      expect(body.error.code).toBe('version_conflict');
      expect(body.error.current).toMatchObject({ field: 'Telecom', version: 2 });
      expect((await read(created.id)).version).toBe(2);
    });

    it('answers 404 for an unknown id on every route', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await api.send('GET', `/api/organisations/${unknown}`)).status).toBe(404);
      expect((await api.send('GET', `/api/organisations/${unknown}/deletion-impact`)).status).toBe(404);
      expect((await api.send('PUT', `/api/organisations/${unknown}`, { name: 'X', version: 1 })).status).toBe(404);
      expect((await api.send('DELETE', `/api/organisations/${unknown}`)).status).toBe(404);
      expect((await api.send('DELETE', `/api/explore-fields/${unknown}`)).status).toBe(404);
    });
  });

  describe('one organisation per name', () => {
    it('refuses a second organisation with the same name in other case or accents, naming the field', async () => {
      const first = await create({ name: 'Statkraft' });
      for (const name of ['Statkraft', 'statkraft', 'STATKRÅFT', ' Stätkraft ']) {
        const response = await api.send('POST', '/api/organisations', { name });
        expect(response.status).toBe(400);
        const body = await response.json();
        expect(body.error.fields).toEqual([{ field: 'name', rule: 'duplicate' }]);
        expect(body.error.current).toMatchObject({ id: first.id, name: 'Statkraft' });
      }
      expect(await countRows('organisations')).toBe(1);
    });

    it('lets exactly one of two simultaneous creations of the same name through', async () => {
      const statuses = await Promise.all(
        ['Cognite', 'cognite', 'COGNITE'].map(
          async (name) => (await api.send('POST', '/api/organisations', { name })).status,
        ),
      );
      expect(statuses.sort()).toEqual([201, 400, 400]);
      expect(await countRows('organisations')).toBe(1);
    });

    it('recognises the engine’s own refusal of a second name, for saves that race past the check', async () => {
      const repo = new OrganisationsRepo(database.db, new SearchIndex(database.dialect));
      const values = {
        name: 'Cognite',
        website: '',
        field: '',
        notes: '',
        isTarget: false,
        motivation: null,
        posting: null,
        routine: null,
      };
      await repo.insert('local', 'first', values, '2025-01-01T00:00:00.000Z');
      const error = await repo
        .insert('local', 'second', { ...values, name: 'COGNITE' }, '2025-01-01T00:00:00.000Z')
        .catch((e: unknown) => e);
      expect(isDuplicateNameError(error)).toBe(true);
      expect(isDuplicateNameError(new Error('UNIQUE constraint failed: contacts.id'))).toBe(false);
    });

    it('explains the duplicate name in the request language', async () => {
      await create({ name: 'Statkraft' });
      const response = await api.send('POST', '/api/organisations', { name: 'statkraft' }, { 'accept-language': 'nb' });
      expect((await response.json()).error.message).toContain('du har allerede en med dette navnet');
    });

    it('refuses renaming to another organisation’s name but allows a change of case', async () => {
      await create({ name: 'Equinor' });
      const other = await create({ name: 'Aker' });
      const clash = await api.send('PUT', `/api/organisations/${other.id}`, { name: 'EQUINOR', version: 1 });
      expect(clash.status).toBe(400);
      expect((await clash.json()).error.fields).toEqual([{ field: 'name', rule: 'duplicate' }]);
      const recased = await api.send('PUT', `/api/organisations/${other.id}`, { name: 'AKER', version: 1 });
      expect(recased.status).toBe(200);
      expect((await recased.json()).name).toBe('AKER');
    });
  });

  describe('contacts and organisations', () => {
    it('derives advocacy from the contacts who work there', async () => {
      const statkraft = await create({ name: 'Statkraft' });
      await createContact({ name: 'Ingrid', organisation: 'statkraft' });
      await createContact({ name: 'Jonas', organisation: 'STATKRAFT' });
      await createContact({ name: 'Sri', organisation: 'Gojek' });
      expect((await read(statkraft.id)).advocates).toBe(2);
      const list = await (await api.send('GET', '/api/organisations')).json();
      expect(list.items.map((o: OrganisationBody) => [o.name, o.advocates])).toEqual([
        ['Gojek', 1],
        ['Statkraft', 2],
      ]);
      expect(await contactNames(`organisationId=${statkraft.id}`)).toEqual(['Ingrid', 'Jonas']);
    });

    it('a rename reaches the contacts: their organisation, the list search and the full-text index', async () => {
      const contact = await createContact({ name: 'Ingrid Bergersen', organisation: 'Statkraft' });
      const organisationId = contact.organisationId;
      expect(organisationId).not.toBeNull();
      const renamed = await api.send('PUT', `/api/organisations/${organisationId}`, {
        name: 'Fjordkraft Nord',
        version: 1,
      });
      expect(renamed.status).toBe(200);

      const readContact = await (await api.send('GET', `/api/contacts/${contact.id}`)).json();
      expect(readContact.organisation).toBe('Fjordkraft Nord');
      expect(await contactNames('q=fjordkraft')).toEqual(['Ingrid Bergersen']);
      expect(await contactNames('q=statkraft')).toEqual([]);

      const searchIndex = new SearchIndex(database.dialect);
      const hits = await searchIndex.search(database.db, 'local', 'fjordkraft', 10);
      expect(hits.map((hit) => `${hit.kind}:${hit.refId}`).sort()).toEqual(
        [`contact:${contact.id}`, `organisation:${organisationId}`].sort(),
      );
      expect(await searchIndex.search(database.db, 'local', 'statkraft', 10)).toEqual([]);
    });

    it('says what a deletion does, then deletes the organisation and its notes but keeps its contacts', async () => {
      const contact = await createContact({ name: 'Ingrid Bergersen', organisation: 'Statkraft' });
      await createContact({ name: 'Jonas Keller', organisation: 'Statkraft' });
      const organisationId = contact.organisationId as string;
      for (const body of ['Hiring in Q3', 'Ask about the graduate programme']) {
        expect((await api.send('POST', '/api/notes', { organisationId, body })).status).toBe(201);
      }
      const impact = await api.send('GET', `/api/organisations/${organisationId}/deletion-impact`);
      expect(await impact.json()).toEqual({ contacts: 2, notes: 2 });

      expect((await api.send('DELETE', `/api/organisations/${organisationId}`)).status).toBe(204);
      expect((await api.send('GET', `/api/organisations/${organisationId}`)).status).toBe(404);
      expect(await countRows('notes')).toBe(0);
      expect(await countRows('contacts')).toBe(2);
      const kept = await (await api.send('GET', `/api/contacts/${contact.id}`)).json();
      expect(kept).toMatchObject({ name: 'Ingrid Bergersen', organisation: '', organisationId: null });
      expect(await contactNames('q=statkraft')).toEqual([]);
      expect(await new SearchIndex(database.dialect).search(database.db, 'local', 'statkraft', 10)).toEqual([]);
      expect(await new SearchIndex(database.dialect).search(database.db, 'local', 'graduate', 10)).toEqual([]);
    });
  });

  describe('the target list (LAMP)', () => {
    it('ranks by motivation, then posting, then advocacy, then name; unrated last; top 5 marked', async () => {
      const add = (name: string, motivation: number | null, posting: number | null) =>
        create({ name, isTarget: true, motivation, posting });
      await add('Nothing Rated', null, null);
      await add('Beta', 3, 1);
      await add('Alpha', 3, 1);
      await add('Dream Job', 3, 3);
      await add('Posting Unknown', 3, null);
      await add('Lukewarm', 1, 3);
      await add('Good Fit', 2, 2);
      await add('Not A Target', 3, 3).then((o) =>
        api.send('PUT', `/api/organisations/${o.id}`, {
          name: o.name,
          isTarget: false,
          motivation: 3,
          posting: 3,
          version: 1,
        }),
      );
      await createContact({ name: 'Anne', organisation: 'Beta' });
      await add('No Interest', 0, 3);

      const list = await targetList();
      expect(list.goal).toBe(40);
      expect(list.items.map((t) => t.name)).toEqual([
        'Dream Job',
        'Beta', // ties Alpha on motivation and posting; someone to ask there wins
        'Alpha',
        'Posting Unknown',
        'Good Fit',
        'Lukewarm',
        'No Interest',
        'Nothing Rated',
      ]);
      expect(list.items.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(list.items.filter((t) => t.isTop).map((t) => t.name)).toEqual([
        'Dream Job',
        'Beta',
        'Alpha',
        'Posting Unknown',
        'Good Fit',
      ]);
      expect(list.items.find((t) => t.name === 'Beta')?.advocates).toBe(1);
    });

    it('answers an empty list with the goal when nothing is a target yet', async () => {
      await create({ name: 'Somewhere' });
      expect(await targetList()).toEqual({ items: [], goal: 40 });
    });

    it('quick-adds a new target, and puts an existing organisation of that name on the list', async () => {
      const created = await api.send('POST', '/api/targets', { name: 'Cognite', motivation: 2, posting: 3 });
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ name: 'Cognite', isTarget: true, motivation: 2, posting: 3 });

      const existing = await create({ name: 'Équinor', field: 'Energy' });
      const marked = await api.send('POST', '/api/targets', { name: 'equinor', motivation: 3 });
      expect(marked.status).toBe(200);
      expect(await marked.json()).toMatchObject({
        id: existing.id,
        name: 'Équinor',
        field: 'Energy',
        isTarget: true,
        motivation: 3,
        posting: null,
      });
      expect((await targetList()).items.map((t) => t.name)).toEqual(['Équinor', 'Cognite']);
      expect(await countRows('organisations')).toBe(2);
    });
  });

  describe('bad input is refused, naming the field, and writes nothing', () => {
    const refused = async (method: 'POST' | 'PUT', path: string, body: unknown) => {
      const response = await api.send(method, path, body);
      expect(response.status).toBe(400);
      return (await response.json()).error.fields as Array<{ field: string; rule: string; limit?: number }>;
    };

    it('refuses motivation 4, posting 0, fractions and text', async () => {
      expect(await refused('POST', '/api/organisations', { name: 'A', motivation: 4 })).toEqual([
        { field: 'motivation', rule: 'too_large', limit: 3 },
      ]);
      expect(await refused('POST', '/api/organisations', { name: 'A', posting: 0 })).toEqual([
        { field: 'posting', rule: 'too_small', limit: 1 },
      ]);
      expect(await refused('POST', '/api/organisations', { name: 'A', motivation: 1.5, posting: '2' })).toEqual([
        { field: 'motivation', rule: 'invalid_type' },
        { field: 'posting', rule: 'invalid_type' },
      ]);
      expect(await refused('POST', '/api/targets', { name: 'A', motivation: -1, posting: 4 })).toEqual([
        { field: 'motivation', rule: 'too_small', limit: 0 },
        { field: 'posting', rule: 'too_large', limit: 3 },
      ]);
      expect(await countRows('organisations')).toBe(0);
    });

    it('refuses a 1 MB name, an empty name and unknown fields', async () => {
      expect(await refused('POST', '/api/organisations', { name: 'x'.repeat(1_000_000) })).toEqual([
        { field: 'name', rule: 'too_long', limit: 200 },
      ]);
      expect(await refused('POST', '/api/organisations', { name: '   ' })).toEqual([
        { field: 'name', rule: 'required' },
      ]);
      expect(await refused('POST', '/api/organisations', { name: 'A', advocates: 3, owner_id: 'someone' })).toEqual([
        { field: 'advocates', rule: 'unknown_field' },
        { field: 'owner_id', rule: 'unknown_field' },
      ]);
      expect(await countRows('organisations')).toBe(0);
    });

    it('refuses a website that is not a web address, such as a javascript: link', async () => {
      for (const website of ['javascript:alert(1)', 'not a site', 'ftp://example.com']) {
        expect(await refused('POST', '/api/organisations', { name: 'A', website })).toEqual([
          { field: 'website', rule: 'invalid_url' },
        ]);
      }
      expect((await create({ name: 'B', website: 'https://example.no/jobs' })).name).toBe('B');
    });

    it('refuses an edit without a version and leaves the record as it was', async () => {
      const created = await create({ name: 'Kept' });
      expect(await refused('PUT', `/api/organisations/${created.id}`, { name: 'Changed' })).toEqual([
        { field: 'version', rule: 'required' },
      ]);
      expect((await read(created.id)).name).toBe('Kept');
    });

    it('refuses a bad page size in the list query', async () => {
      const response = await api.send('GET', '/api/organisations?limit=0');
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual([{ field: 'limit', rule: 'too_small', limit: 1 }]);
    });
  });

  describe('fields and occupations to explore', () => {
    it('adds, lists in the order added, and removes fields', async () => {
      const first = await api.send('POST', '/api/explore-fields', { name: 'UX research', notes: 'Ask Ingrid' });
      expect(first.status).toBe(201);
      const ux = await first.json();
      expect(ux).toMatchObject({ name: 'UX research', notes: 'Ask Ingrid' });
      await api.send('POST', '/api/explore-fields', { name: 'Energy trading' });
      const list = await (await api.send('GET', '/api/explore-fields')).json();
      expect(list.items.map((field: { name: string }) => field.name)).toEqual(['UX research', 'Energy trading']);
      expect((await api.send('DELETE', `/api/explore-fields/${ux.id}`)).status).toBe(204);
      const after = await (await api.send('GET', '/api/explore-fields')).json();
      expect(after.items.map((field: { name: string }) => field.name)).toEqual(['Energy trading']);
    });

    it('refuses a duplicate name in other case or accents, an empty or too long name, and unknown fields', async () => {
      await api.send('POST', '/api/explore-fields', { name: 'Økonomi' });
      const check = async (body: unknown, fields: unknown) => {
        const response = await api.send('POST', '/api/explore-fields', body);
        expect(response.status).toBe(400);
        expect((await response.json()).error.fields).toEqual(fields);
      };
      await check({ name: 'OKONOMI' }, [{ field: 'name', rule: 'duplicate' }]);
      await check({ name: '' }, [{ field: 'name', rule: 'required' }]);
      await check({ name: 'x'.repeat(201) }, [{ field: 'name', rule: 'too_long', limit: 200 }]);
      await check({ name: 'Law', colour: 'red' }, [{ field: 'colour', rule: 'unknown_field' }]);
      expect(await countRows('explore_fields')).toBe(1);
    });
  });
});
