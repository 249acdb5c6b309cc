import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';

/**
 * Writes a file through `produce` under a temporary name, flushes it to disk and renames it into
 * place, so a command that is interrupted never leaves a half-written file under the name a user
 * expects (a cut backup would only be found out later, when it is needed).
 */
export async function writeFileAtomically(
  path: string,
  produce: (write: (chunk: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const partial = `${path}.partial`;
  const file = await open(partial, 'w');
  try {
    await produce(async (chunk) => {
      await file.write(chunk, null, 'utf8');
    });
    await file.sync();
    await file.close();
    await rename(partial, path);
  } catch (error) {
    await file.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/** Writes to a stream (stdout) with back-pressure, for a command whose output is the data. */
export function streamWriter(stream: NodeJS.WritableStream): (chunk: string) => Promise<void> {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}
