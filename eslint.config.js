import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-i18next',
  'i18next',
  'zustand',
  'wouter',
  'recharts',
  'dexie',
  'dexie-*',
];

/** Layers, lowest first: a layer may import only from layers at or below it. */
const restrictedZones = [
  // The domain is pure: no other layer of the app.
  {
    target: './src/domain',
    from: [
      './src/storage',
      './src/stores',
      './src/features',
      './src/components',
      './src/app',
      './src/workers',
      './src/i18n',
    ],
  },
  { target: './src/storage', from: ['./src/stores', './src/features', './src/components', './src/app'] },
  { target: './src/stores', from: ['./src/features', './src/components', './src/app'] },
  { target: './src/components', from: ['./src/features', './src/app', './src/storage'] },
  { target: './src/features', from: ['./src/app', './src/storage'] },
  // Features do not import each other: what two share moves down to components/ or stores/.
  ...[
    'assessments',
    'assess',
    'library',
    'settings',
    'results',
    'plan',
    'methodology',
    'trend',
    'versions',
    'benchmark',
    'export',
  ].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of literals or an `as const` array, not enum.' },
      ],
      'import-x/no-restricted-paths': ['error', { zones: restrictedZones }],
      'import-x/no-cycle': 'error',
      // Only src/storage talks to IndexedDB through Dexie.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['dexie', 'dexie-*'], message: 'Only src/storage/ imports Dexie.' }] },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The domain core: plain functions over plain data. No UI, storage, i18n or DOM.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_LIBRARIES, message: 'src/domain/ stays free of React, Dexie, i18next and state libraries.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'fetch',
        'location',
        'HTMLElement',
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every user-facing text goes through t(): no bare text in JSX.
      'i18next/no-literal-string': [
        'error',
        { mode: 'jsx-text-only', 'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] } },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
);
