// Lint rules, including the import boundaries, on resolved paths: features do not import each
// other or src/app; src/components and src/lib import no feature; rules (src/domain, model/) are
// pure; mocks/ may use features' model/ and src/domain only; the app never imports mocks/
// (src/main.tsx starts the worker with a dynamic import).
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

// Boundaries on resolved paths (import-x/no-restricted-paths): a relative import cannot slip
// past them the way it could past a pattern on `@/` specifiers.
const FEATURES_APART =
  'Feature folders do not import each other: move what both need to src/domain, src/components or src/lib.';
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: FEATURES_APART,
}));
const layerZones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import src/app: what both need goes down into src/components or src/lib.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'src/components and src/lib import no feature and not src/app.',
  },
  {
    target: ['./src/domain', ...features.map((feature) => `./src/features/${feature}/model`)],
    from: ['./src/app', './src/components', './src/lib'],
    message: "Rules are pure: src/domain and features' model/ depend only on other rules.",
  },
  { target: './src/domain', from: './src/features', message: 'src/domain is below the features.' },
];
const appWithoutMocks = {
  target: './src',
  from: './mocks',
  message: 'The app never imports mocks/; only src/main.tsx starts the worker.',
};
const mocksOnlyRules = (...alsoAllowed) => ({
  target: './mocks',
  from: './src',
  except: ['./domain', ...features.map((feature) => `./features/${feature}/model`), ...alsoAllowed],
  message: "mocks/ may import only the rules: src/domain and features' model/.",
});
const zones = (...list) => ({ 'import-x/no-restricted-paths': ['error', { zones: list }] });

const TESTS = ['src/test/**', '**/__tests__/**', '**/*.test.{ts,tsx}'];

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
  // Where each part may import from. (A file takes the last block that matches it, so each block
  // lists every zone its files are held to.)
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: ['src/main.tsx', ...TESTS],
    rules: zones(appWithoutMocks, ...featureZones, ...layerZones, mocksOnlyRules()),
  },
  // Tests: a feature's tests may drive the mock service, and mocks/' tests use the test helpers.
  {
    files: TESTS,
    ignores: ['src/test/**'],
    rules: zones(...featureZones, ...layerZones, mocksOnlyRules('./test')),
  },
  // Rules are pure: no React, no UI (package imports, which have no path to zone).
  ...[...features.map((feature) => `src/features/${feature}/model`), 'src/domain'].map((folder) => ({
    files: [`${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      { regex: '^react', message: 'Rules are pure: no React in model/ or domain/.' },
      { regex: '^antd', message: 'Rules are pure: no UI in model/ or domain/.' },
    ),
  })),
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { maxDepth: 10 }] },
  },
  { files: ['scripts/**', 'e2e/**', 'bench/**'], rules: { 'no-console': 'off' } },
);
