// Run by restore-crash.test.ts in a child process, so that the test can kill it at any moment:
// restores the backup FILE into the SQLite database in DATA_DIR, printing each phase as it starts.
import { readFileSync } from 'node:fs';
import { BackupService } from '#server/backup/backup.service';
import { openAppDatabase } from '#server/main';
import { localUser } from '#server/users/acting-user';

const [dataDir, file] = process.argv.slice(2);
if (!dataDir || !file) throw new Error('usage: restore-crash-child.ts DATA_DIR FILE');
const { database } = await openAppDatabase({ dataDir });
const service = new BackupService(database);
// The phases go to stdout, one per line, for the parent to read.
await service.restore(localUser, readFileSync(file, 'utf8'), {
  onPhase: (phase) => process.stdout.write(`${phase}\n`),
});
await database.close();
