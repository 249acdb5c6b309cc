// The API server from source, for `npm run dev` (tsx restarts it on every change).
import { readFileSync } from 'node:fs';
import { runCli } from '#server/cli/cli';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, version });
