import type { RestoreSummary } from '#shared/backup.schema';
import type { DatabaseHandle } from '../db/database.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { writeBackup, type BackupCounts } from './backup.ts';
import { parseBackupText } from './parse-backup.ts';
import { restoreBackup, type RestoreOptions } from './restore.ts';

/** Use cases of backup and restore, for the HTTP routes and the CLI alike. */
export class BackupService {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Streams the user's backup through `write` (see writeBackup). */
  backUp(user: ActingUser, write: (chunk: string) => void | Promise<void>): Promise<BackupCounts> {
    return writeBackup(this.database, user.id, this.clock(), write);
  }

  /**
   * Checks the whole file, then replaces everything the user has with it. Throws
   * AppError('backup_invalid' | 'backup_too_new') before anything is touched.
   */
  restore(user: ActingUser, text: string, options: Omit<RestoreOptions, 'now'> = {}): Promise<RestoreSummary> {
    const backup = parseBackupText(text);
    return restoreBackup(this.database, user.id, backup, { ...options, now: this.clock() });
  }
}
