import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers import one way: api -> services -> (queries | analytics) -> db. contract imports only zod.
const zones = [
  {
    target: './server/db',
    from: ['./server/api', './server/services', './server/queries', './server/analytics', './server/cli'],
  },
  {
    target: './server/queries',
    from: ['./server/api', './server/services', './server/analytics', './server/cli'],
  },
  {
    target: './server/analytics',
    from: [
      './server/api',
      './server/services',
      './server/queries',
      './server/db',
      './server/cli',
      './server/ingest',
      './server/geo',
    ],
  },
  { target: './server/services', from: ['./server/api', './server/cli'] },
  {
    target: './server/contract',
    from: [
      './server/api',
      './server/services',
      './server/queries',
      './server/analytics',
      './server/db',
      './server/cli',
      './server/ingest',
      './server/geo',
      './client',
    ],
  },
  { target: './server/ingest', from: ['./server/api', './server/services'] },
  { target: './server/geo', from: ['./server/api', './server/services', './server/ingest'] },
  {
    target: './client',
    from: [
      './server/api',
      './server/services',
      './server/queries',
      './server/analytics',
      './server/db',
      './server/cli',
      './server/ingest',
      './server/geo',
      './server/demo',
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-output/**',
      'scratch/**',
      'coverage/**',
      'bench/results*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
