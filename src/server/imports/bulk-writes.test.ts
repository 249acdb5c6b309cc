import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '#domain/contact';
import { ContactsRepo } from '#server/contacts/contacts.repo';
import { toRowValues } from '#server/contacts/contacts.service';
import type { DatabaseHandle } from '#server/db/database';
import type { Database } from '#server/db/tables';
import { OrganisationsRepo } from '#server/organisations/organisations.repo';
import { SearchIndex } from '#server/search/search-index.repo';
import { localUser } from '#server/users/acting-user';
import { testDatabases } from '../../../test/databases.ts';

const now = '2025-03-12T09:30:00.000Z';

function contact(overrides: Partial<Contact>): Contact {
  return {
    id: randomUUID(),
    name: 'Bjørn  Sæther-Løvås',
    pronunciation: 'BYURN',
    title: 'Prosjektleder',
    otherTitles: ['Project manager'],
    organisationId: null,
    organisation: '',
    organisationRelation: '',
    field: 'Roads',
    location: 'Bergen, Norge',
    emails: ['Bjorn.Saether@example.no'],
    phones: ['+47 400 00 000'],
    linkedinUrl: 'https://www.linkedin.com/in/bjornsaether',
    howKnown: 'alumni',
    metOn: '2024-01-03',
    metWhere: 'Kaffemisjonen',
    introducedById: null,
    mayUseIntroducerName: false,
    tags: ['Vegvesen', 'Ærlig'],
    notes: 'Met at the Geo conference.\n\nFollow up in June.',
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

describe.each(testDatabases)('bulk writes on $name', (testDatabase) => {
  let database: DatabaseHandle;
  const searchIndex = () => new SearchIndex(database.dialect);

  beforeEach(async () => {
    database = await testDatabase.open();
  });

  afterEach(async () => {
    await database.close();
  });

  /** Everything stored about a contact except its id: its columns and its index text. */
  async function stored(db: Kysely<Database>, id: string) {
    const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const index =
      database.dialect === 'postgres'
        ? await sql<{ title: string; body: string }>`select title, body from search_index where ref_id = ${id}`.execute(
            db,
          )
        : await sql<{ title: string; body: string }>`select f.title, f.body from search_fts f
            join search_docs d on d.id = f.rowid where d.ref_id = ${id}`.execute(db);
    const { id: _id, import_id: _import, ...columns } = row;
    return {
      columns: {
        ...columns,
        version: Number(columns.version),
        may_use_introducer_name: Number(columns.may_use_introducer_name),
      },
      index: index.rows,
    };
  }

  const withRaw = [false, ...(testDatabase.name === 'sqlite' ? [true] : [])];

  it.each(withRaw)(
    'stores a contact inserted in bulk exactly as one inserted on its own (raw SQLite: %s)',
    async (raw) => {
      await database.db.transaction().execute(async (trx) => {
        const organisations = new OrganisationsRepo(trx, searchIndex());
        const organisationId = randomUUID();
        await organisations.insertManyByName(
          localUser.id,
          [{ id: organisationId, name: 'Statens vegvesen, Region vest' }],
          now,
          raw ? database.sqlite : undefined,
        );
        const one = contact({ organisationId, organisation: 'Statens vegvesen, Region vest' });
        const many = [
          contact({ id: randomUUID(), organisationId, organisation: 'Statens vegvesen, Region vest' }),
          contact({ id: randomUUID(), name: 'Zoë Groß-Åberg', emails: [], tags: [], otherTitles: [], notes: '' }),
        ];
        const contacts = new ContactsRepo(trx, searchIndex());
        await contacts.insert(localUser.id, one.id, toRowValues(one, organisationId), now);
        await contacts.insertMany(
          localUser.id,
          many.map(({ id, organisationId, ...fields }) => ({ id, organisationId, fields })),
          now,
          { sqlite: raw ? database.sqlite : undefined },
        );
        const reference = await stored(trx, one.id);
        expect(await stored(trx, many[0]!.id)).toEqual(reference);
        const zoe = await stored(trx, many[1]!.id);
        expect(zoe.columns).toMatchObject({
          name: 'Zoë Groß-Åberg',
          sort_key: 'zoe gross-aberg',
          emails: '[]',
          tags: '[]',
        });
        expect(zoe.index).toHaveLength(1);
      });
      const hits = await searchIndex().search(database.db, localUser.id, 'saether vegvesen', 10);
      expect(hits.filter((hit) => hit.kind === 'contact')).toHaveLength(2);
      expect(
        (await searchIndex().search(database.db, localUser.id, 'region vest', 10)).some(
          (hit) => hit.kind === 'organisation',
        ),
      ).toBe(true);
    },
  );
});
