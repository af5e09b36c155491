// Lint rules, including the import boundaries, on resolved paths (docs/architecture.md draws
// them): the app never imports mocks/ (src/main.tsx starts the worker with a dynamic import);
// mocks/ imports only the three shared layers — the plain values (src/values) ← the contract
// (src/contract) ← the rules (src/domain), each importing only those before it; features do not
// import each other or src/app; src/components and src/lib import no feature.
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
const UI = ['./src/app', './src/components', './src/lib', './src/features'];
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
    target: ['./src/values', './src/contract', './src/domain'],
    from: UI,
    message:
      'The values, the contract and the rules are shared with the service: they import nothing of the app.',
  },
  {
    target: './src/contract',
    from: './src/domain',
    message: 'The contract imports only the plain values (src/values), not the rules (src/domain).',
  },
  {
    target: './src/values',
    from: ['./src/contract', './src/domain'],
    message: 'The plain values (src/values) are the bottom layer: they import no contract and no rule.',
  },
  {
    target: features.map((feature) => `./src/features/${feature}/model`),
    from: ['./src/app', './src/components'],
    message: "A feature's model/ holds no UI: it imports neither src/app nor src/components.",
  },
];
const appWithoutMocks = {
  target: './src',
  from: './mocks',
  message: 'The app never imports mocks/; only src/main.tsx starts the worker.',
};
const mocksOnlyShared = (...alsoAllowed) => ({
  target: './mocks',
  from: './src',
  except: ['./values', './contract', './domain', ...alsoAllowed],
  message:
    'mocks/ may import only the plain values (src/values), the contract (src/contract) and the shared rules (src/domain).',
});
// The simulated service as a small backend: a handler uses the service's domain and http/, never
// another handler (index.ts lists them all).
const handlersApart = {
  target: './mocks/handlers/!(index).ts',
  from: './mocks/handlers',
  message: 'A handler imports mocks/domain and mocks/http, never another handler: move what both need there.',
};
const zones = (...list) => ({ 'import-x/no-restricted-paths': ['error', { zones: list }] });

const TESTS = ['src/test/**', '**/__tests__/**', '**/*.test.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench-*',
      'dist-check-*',
      'dist-deploy',
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
      // Imports in one order everywhere: packages, then the project's (`@/`, `@mocks/`), then
      // relative ones from the farthest in; no blank lines inside the block.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: '@mocks/**', group: 'internal' },
          ],
          'newlines-between': 'never',
        },
      ],
    },
  },
  // Where each part may import from. (A file takes the last block that matches it, so each block
  // lists every zone its files are held to.)
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: ['src/main.tsx', ...TESTS],
    rules: zones(appWithoutMocks, ...featureZones, ...layerZones, mocksOnlyShared(), handlersApart),
  },
  // Tests: a feature's tests may drive the mock service, and mocks/' tests use the test helpers.
  {
    files: TESTS,
    ignores: ['src/test/**'],
    rules: zones(...featureZones, ...layerZones, mocksOnlyShared('./test')),
  },
  // The contract, the rules and a feature's model/ hold no React and no UI (package imports, which
  // have no path to zone).
  ...[
    ...features.map((feature) => `src/features/${feature}/model`),
    'src/values',
    'src/contract',
    'src/domain',
  ].map((folder) => ({
    files: [`${folder}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      { regex: '^react', message: 'No React in model/, src/values, src/contract or src/domain.' },
      { regex: '^antd', message: 'No UI in model/, src/values, src/contract or src/domain.' },
    ),
  })),
  // The endpoint is the only place its schemas are named: a route's handler is given its request
  // read by them, and an api hook calls the endpoint (src/lib/api/endpoint.ts).
  {
    files: ['mocks/handlers/**/*.ts', 'src/features/*/api/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict({
      group: ['@/contract/*'],
      importNamePattern: '(Request|Query)Schema$',
      message:
        'Name the endpoint (src/contract/endpoints.ts), not its schemas: they read and type the request.',
    }),
  },
  // One way to bind a field: a form uses the field of its kind (src/components/form), its limit and
  // label from its table. The cost sheet's own fields (their messages are the sheet's rules) are
  // the exception, named here.
  {
    files: ['src/features/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: [...TESTS, 'src/features/preReview/components/{SheetInput,SheetSelect,LineCell}.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-hook-form',
              importNames: ['Controller', 'useController'],
              message:
                'Bind a field with its kind’s field from src/components/form (TextField, SelectField…).',
            },
          ],
          patterns: [
            {
              regex: 'components/form/(FormField|FieldFrame)$',
              importNames: ['FormField', 'FieldFrame'],
              message:
                'Bind a field with its kind’s field from src/components/form (TextField, SelectField…).',
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
  { files: ['scripts/**', 'e2e/**', 'bench/**'], rules: { 'no-console': 'off' } },
);
