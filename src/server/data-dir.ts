import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a user's data lives by default, following each platform's convention:
 * Linux $XDG_DATA_HOME (else ~/.local/share), macOS ~/Library/Application Support, Windows %APPDATA%.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rapport');
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'rapport');
}

export const DATABASE_FILE_NAME = 'rapport.db';
