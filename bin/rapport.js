#!/usr/bin/env node
// The `rapport` command. The code lives in the bundle that `npm run build` writes to dist/.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const cli = new URL('dist/server/cli.js', root);

if (!existsSync(cli)) {
  // Before the build there is no translator; the English text comes from the catalogue itself.
  const messages = JSON.parse(readFileSync(new URL('src/shared/i18n/locales/en/cli.json', root), 'utf8'));
  console.error(messages.cli.notBuilt);
  process.exit(1);
}

const { runCli } = await import(cli.href);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  version,
  webRoot: fileURLToPath(new URL('dist/web', root)),
});
