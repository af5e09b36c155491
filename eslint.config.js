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

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const otherFeatures = (feature) => ({
  regex: `^@/features/(?!${feature}/)`,
  message:
    'Feature folders do not import each other: move what both need to src/domain, src/components or src/lib.',
});
const noMocks = {
  regex: '^(@mocks|(\\.\\./)+mocks)/',
  message: 'The app never imports mocks/; only src/main.tsx starts the worker.',
};
const onlyRules = (extra = '') => ({
  regex: `^@/(?!domain/|features/[^/]+/model/${extra})`,
  message: "mocks/ may import only the rules: src/domain and features' model/.",
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench-*',
      'dist-check-*',
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
  // The app: never mocks/ (except src/main.tsx, which starts the worker).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/test/**', 'src/**/__tests__/**', 'src/**/*.test.{ts,tsx}'],
    rules: restrict(noMocks),
  },
  // Each feature: not another feature; its tests may drive the mock service.
  ...features.flatMap((feature) => [
    { files: [`src/features/${feature}/**/*.{ts,tsx}`], rules: restrict(otherFeatures(feature), noMocks) },
    { files: [`src/features/${feature}/**/__tests__/**`], rules: restrict(otherFeatures(feature)) },
  ]),
  // Rules are pure: no React, no UI, nothing but other rules.
  ...[
    ...features.map((feature) => ({ folder: `src/features/${feature}/model`, feature })),
    { folder: 'src/domain' },
  ].map(({ folder, feature }) => ({
    files: [`${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      { regex: '^react', message: 'Rules are pure: no React in model/ or domain/.' },
      { regex: '^antd', message: 'Rules are pure: no UI in model/ or domain/.' },
      { regex: '^@/(lib|components|app)/', message: 'Rules depend only on other rules.' },
      noMocks,
      feature
        ? otherFeatures(feature)
        : { regex: '^@/features/', message: 'src/domain is below the features.' },
    ),
  })),
  // The mock service uses the rules only; its tests may also use the test helpers.
  { files: ['mocks/**/*.ts'], rules: restrict(onlyRules()) },
  { files: ['mocks/**/__tests__/**'], rules: restrict(onlyRules('|test/')) },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { maxDepth: 10 }] },
  },
  { files: ['scripts/**', 'e2e/**', 'bench/**'], rules: { 'no-console': 'off' } },
);
