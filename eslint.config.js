import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries (../shared/STYLE.md): app → features → components/lib → contract.
// src never imports server/ or demo/; server never imports src/; features do not import each other.
const restrict = (patterns) => ['error', { patterns }];
const noServerSide = {
  group: ['**/server/**', '**/demo/**'],
  message: 'The browser app never imports server/ or demo/.',
};
const noApp = { group: ['**/app/**', '@/app/**'], message: 'Only src/app combines features.' };
const noFeatures = {
  group: ['**/features/**'],
  message: 'Shared code (components, lib) must not import features.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.ci'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023 },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/src/**', '**/server/**', '**/demo/**', 'react', 'hono'],
          message: 'contract/ imports only zod.',
        },
      ]),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/src/**', 'react', 'react-dom'], message: 'server/ never imports the browser app.' },
      ]),
    },
  },
  {
    files: ['demo/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/src/**', '**/server/**'],
          message: 'The demo upstream stands alone: it speaks only the Capillary API.',
        },
      ]),
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([noServerSide, noApp, noFeatures]) },
  },
  // Each feature may import shared code and the contract, never another feature or the app.
  ...['member', 'search'].map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrict([
        noServerSide,
        noApp,
        {
          group: [`**/features/!(${feature})/**`],
          message: 'Features do not import each other; combine them in src/app.',
        },
      ]),
    },
  })),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([noServerSide]) },
  },
);
