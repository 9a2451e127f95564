import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import boundaries from 'eslint-plugin-boundaries';
import pluginQuery from '@tanstack/eslint-plugin-query';

/**
 * The architecture, enforced: imports point down, app → features → shared/session →
 * clockify/lib, and a feature never imports another feature (a page in app/routes composes
 * them). `src/` never imports the server. A wrong arrow fails `npm test` (lint), not a review.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
/** The layers, each a folder (or a few); every feature is an element of its own. */
const elements = [
  { type: 'app', pattern: 'src/app' },
  ...features.map((name) => ({ type: `feature-${name}`, pattern: `src/features/${name}` })),
  { type: 'shared', pattern: 'src/shared' },
  { type: 'session', pattern: 'src/session' },
  { type: 'base', pattern: ['src/clockify', 'src/lib', 'src/boot'] },
  { type: 'server', pattern: 'server' },
];
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const policies = [
  { from: { element: { type: 'app' } }, allow: to('app', ...features.map((f) => `feature-${f}`), 'shared', 'session', 'base') },
  ...features.map((name) => ({ from: { element: { type: `feature-${name}` } }, allow: to(`feature-${name}`, 'shared', 'session', 'base') })),
  { from: { element: { type: 'shared' } }, allow: to('shared', 'session', 'base') },
  { from: { element: { type: 'session' } }, allow: to('session', 'base') },
  { from: { element: { type: 'base' } }, allow: to('base') },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // Compiler-only advice; this project does not use the React Compiler.
      'react-hooks/incompatible-library': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      // A wrong arrow (a feature importing another, shared importing a feature, the wire
      // importing the session, the app importing the server) fails `npm test`. Cycles are
      // caught by import-graph.test.ts.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies,
          message:
            'Imports point down: app → features → shared/session → clockify/lib/boot. A feature never imports another feature: move what both need to src/shared (or src/session), or compose them in a page under src/app/routes.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['server/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs', 'e2e/**/*.ts'],
    // Playwright fixtures call their callback `use`; it is not React's hook.
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
