// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * The dependency rule (docs/architecture.md): domain imports nothing, shared may import domain,
 * server and web import domain and shared, and web never imports server. Each layer lists what
 * it may not reach; test/dependency-rule.test.ts proves a violation fails the lint.
 */
const nodeBuiltins = `^(node:|(${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})(/|$))`;
const upInto = (folder) => `^(\\./)?(\\.\\./)+${folder}(/|$)`;

const layerRules = {
  'src/domain/**': [
    // Only ./sibling or #domain/… files, and never a path that climbs out with ../
    { regex: '^(?!\\./|#domain/)|\\.\\./', message: 'src/domain is pure rules: it imports only other domain files.' },
  ],
  'src/shared/**': [
    { regex: '^(#server/|#web/)', message: 'src/shared may import only src/domain and libraries.' },
    { regex: nodeBuiltins, message: 'src/shared runs in the browser too: no Node.js modules.' },
    { regex: upInto('(server|web)'), message: 'src/shared may import only src/domain and libraries.' },
  ],
  'src/server/**': [
    { regex: '^#web/', message: 'src/server never imports the browser code in src/web.' },
    { regex: upInto('web'), message: 'src/server never imports the browser code in src/web.' },
  ],
  'src/web/**': [
    {
      regex: '^#server/',
      message: 'src/web runs in the browser: it imports src/domain and src/shared, never src/server.',
    },
    { regex: nodeBuiltins, message: 'src/web runs in the browser: no Node.js modules.' },
    {
      regex: upInto('server'),
      message: 'src/web runs in the browser: it imports src/domain and src/shared, never src/server.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '**/*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Command-line tools, benchmarks and test runners talk to a terminal.
    files: ['bin/**', 'scripts/**', 'bench/**', 'src/server/cli/**'],
    rules: { 'no-console': 'off' },
  },
  ...Object.entries(layerRules).map(([glob, patterns]) => ({
    files: [glob],
    // Tests beside domain code may use the test runner; the code under test may not.
    ...(glob === 'src/domain/**' ? { ignores: ['**/*.test.ts'] } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['src/domain/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'src/domain is pure rules: no dynamic imports.' },
      ],
    },
  },
);
