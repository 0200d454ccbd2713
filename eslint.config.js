import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries of ARCHITECTURE.md, enforced: routes → service → repository → db,
// web and server meet only in common/, only server/config.ts reads process.env.
const noEnv = {
  'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Alleen server/config.ts leest process.env.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'drizzle/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['server/**/*.ts', 'common/**/*.ts', 'web/**/*.{ts,tsx}'],
    ignores: ['server/config.ts'],
    rules: noEnv,
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**', '**/web/**'], message: 'common/ is het contract; het importeert server/ en web/ niet.' },
        { group: ['node:*'], message: 'common/ draait ook in de browser: geen node:-modules.' },
      ] }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'web/ importeert server/ nooit; gebruik common/.' }] }],
    },
  },
  {
    files: ['server/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/db/**', '**/*.repository.js', 'drizzle-orm', 'drizzle-orm/*'], message: 'Routes gaan via de service, nooit naar db/ of een repository.' },
      ] }],
    },
  },
  {
    files: ['server/**/*.service.ts', 'server/modules/**/!(*.routes).ts'],
    ignores: ['server/**/*.test.ts', 'server/modules/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['fastify', 'fastify/*', '@fastify/*', 'fastify-plugin', '**/plugins/**'], message: 'Services en repositories kennen Fastify niet.' },
      ] }],
    },
  },
  {
    files: ['server/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/*.service.js', 'fastify', '@fastify/*'], message: 'Een repository roept geen services aan.' },
      ] }],
    },
  },
);
