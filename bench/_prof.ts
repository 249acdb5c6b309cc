import { join } from 'node:path';
import { migrateToLatest } from '#server/db/migrate';
import { openSqlite } from '#server/db/sqlite';
import { ImportsService } from '#server/imports/imports.service';
import { SearchIndex } from '#server/search/search-index.repo';
import { ensureLocalUser, localUser } from '#server/users/acting-user';
import { generateLinkedInCsv } from '/work/main/bench/import-fixture.ts';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/prof/db-');
for (let i = 0; i < 4; i++) {
  const bytes = generateLinkedInCsv(30000);
  const h = openSqlite(join(dir, `x${i}.db`));
  await migrateToLatest(h);
  await ensureLocalUser(h.db);
  const s = new ImportsService(h, new SearchIndex('sqlite'));
  const t0 = performance.now();
  const p = await s.preview(localUser, bytes, { fileName: 'Connections.csv', format: 'auto' });
  const t1 = performance.now();
  await s.confirm(localUser, p.previewId, { choices: {} });
  const t2 = performance.now();
  console.log(`preview ${(t1 - t0).toFixed(0)} confirm ${(t2 - t1).toFixed(0)}`);
  await h.close();
}
