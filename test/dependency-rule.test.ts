import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves that eslint.config.js enforces the dependency rule (docs/architecture.md): domain imports
 * nothing, shared may import domain, server and web import domain and shared, web never server.
 * Each case lints a one-line file at a path in a layer, so the real config decides.
 */

const RULE = 'no-restricted-imports';
const ESLINT_LOAD_TIMEOUT = 30_000;

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
}, ESLINT_LOAD_TIMEOUT);

async function restrictedImportMessages(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result, `lint result for ${filePath}`).toBeDefined();
  // A parse error would mean the rule never ran; fail loudly instead of passing vacuously.
  expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  return result!.messages.filter((message) => message.ruleId === RULE);
}

const forbidden: [layerFile: string, specifier: string][] = [
  ['src/domain/x.ts', '#server/app'],
  ['src/domain/x.ts', '#shared/contact.schema'],
  ['src/domain/x.ts', '#web/main'],
  ['src/domain/x.ts', 'zod'],
  ['src/domain/x.ts', 'node:fs'],
  ['src/domain/x.ts', '../server/app.ts'],
  ['src/shared/x.ts', '#server/app'],
  ['src/shared/x.ts', '#web/main'],
  ['src/shared/x.ts', 'node:fs'],
  ['src/shared/x.ts', '../server/app.ts'],
  ['src/shared/i18n/x.ts', '../../server/app.ts'],
  ['src/web/x.ts', '#server/app'],
  ['src/web/x.ts', 'node:fs'],
  ['src/web/x.ts', '../server/app.ts'],
  ['src/web/features/contacts/x.ts', '../../../server/db/tables.ts'],
  ['src/server/x.ts', '#web/main'],
  ['src/server/x.ts', '../web/main.ts'],
  ['src/server/contacts/x.ts', '../../web/main.ts'],
  ['src/domain/x.ts', './../server/app.ts'],
  ['src/domain/sub/x.ts', '../contact.ts'],
  ['src/shared/x.ts', 'fs'],
  ['src/shared/x.ts', 'path/posix'],
  ['src/web/x.ts', 'crypto'],
  ['src/web/x.ts', './../server/app.ts'],
];

const allowed: [layerFile: string, specifier: string][] = [
  ['src/domain/x.ts', './contact.ts'],
  ['src/domain/x.ts', '#domain/errors'],
  ['src/shared/x.ts', '#domain/errors'],
  ['src/shared/x.ts', 'zod'],
  ['src/shared/x.ts', './contact.schema.ts'],
  ['src/server/x.ts', '#domain/errors'],
  ['src/server/x.ts', '#shared/contact.schema'],
  ['src/server/x.ts', 'node:fs'],
  ['src/server/x.ts', 'hono'],
  ['src/server/contacts/x.ts', '../db/tables.ts'],
  ['src/web/x.ts', '#shared/contact.schema'],
  ['src/web/x.ts', '#domain/contact'],
  ['src/web/x.ts', 'svelte'],
];

describe(
  'the dependency rule in eslint.config.js',
  () => {
    it.each(forbidden)('%s may not import %s', async (filePath, specifier) => {
      const messages = await restrictedImportMessages(filePath, `import '${specifier}';\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.severity).toBe(2);
    });

    it.each(allowed)('%s may import %s', async (filePath, specifier) => {
      expect(await restrictedImportMessages(filePath, `import '${specifier}';\n`)).toEqual([]);
    });

    it('catches named, type-only and re-exporting imports alike', async () => {
      const code = [
        "import { createApp } from '#server/app';",
        "import type { Database } from '#server/db/tables';",
        "export { startServer } from '#server/main';",
        'export type Used = [typeof createApp, Database];',
        '',
      ].join('\n');
      const messages = await restrictedImportMessages('src/web/x.ts', code);
      expect(messages.map((message) => message.line)).toEqual([1, 2, 3]);
    });

    it('names the rule that was broken in its message', async () => {
      const [message] = await restrictedImportMessages('src/domain/x.ts', "import 'zod';\n");
      expect(message?.message).toContain('src/domain is pure rules');
    });

    it('refuses a dynamic import in src/domain', async () => {
      const [result] = await eslint.lintText("export const load = () => import('node:fs');\n", {
        filePath: 'src/domain/x.ts',
      });
      expect(result!.messages.map((message) => message.ruleId)).toContain('no-restricted-syntax');
    });

    it('lets a test beside domain code use the test runner', async () => {
      expect(await restrictedImportMessages('src/domain/x.test.ts', "import 'vitest';\nimport './x.ts';\n")).toEqual(
        [],
      );
    });

    it('leaves files outside the layers, such as tests and scripts, alone', async () => {
      expect(await restrictedImportMessages('test/x.ts', "import '#server/app';\nimport '#web/main';\n")).toEqual([]);
    });
  },
  ESLINT_LOAD_TIMEOUT,
);
