// Lint rules, including the architecture's import boundaries (../shared/architecture.md):
// features do not import each other; mocks/ may use features' model/ and src/domain only;
// the app never imports mocks/ (src/main.tsx starts the worker with a dynamic import).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'auth',
  'filing',
  'preReview',
  'verification',
  'downloads',
  'acceptance',
  'customs',
  'demoControl',
];

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}/)`,
            message:
              'Feature folders do not import each other: move what both need to src/domain, src/components or src/lib.',
          },
          { regex: '^(@mocks|\\.\\./.*mocks)/', message: 'The app never imports mocks/.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@mocks|(\\.\\./)+mocks)/',
              message: 'The app never imports mocks/; only src/main.tsx starts the worker.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/features/*/model/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^react', message: 'Rules are pure: no React in model/ or domain/.' },
            { regex: '^antd', message: 'Rules are pure: no UI in model/ or domain/.' },
            { regex: '^@/(lib|components|app)/', message: 'Rules depend only on other rules.' },
            {
              regex: '^@/features/',
              message:
                "A feature's rules do not reach into another feature; shared rules live in src/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/(?!domain/|features/[^/]+/model/)',
              message: "mocks/ may import only the rules: src/domain and features' model/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { maxDepth: 10 }] },
  },
);
