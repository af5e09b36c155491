// The import boundaries hold on resolved paths: a relative import that crosses one fails lint as
// surely as an `@/` one does.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Vitest runs from the project's root, where eslint.config.js is.
const eslint = new ESLint({ cwd: process.cwd() });

/** The boundary messages ESLint gives `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

/**
 * The file a probe's `export * from '…'` names, as the build resolves it, or null: a row whose
 * import names no file would pass whatever the rules say (no rule can match a missing path).
 */
function importedFile(filePath: string, code: string): string | null {
  const specifier = /from '([^']+)'/.exec(code)?.[1] ?? '';
  const base = specifier.startsWith('@/')
    ? join('src', specifier.slice(2))
    : specifier.startsWith('@mocks/')
      ? join('mocks', specifier.slice('@mocks/'.length))
      : join(dirname(filePath), specifier);
  const candidates = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending);
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

describe('import boundaries', () => {
  it.each([
    ['src/lib/probe.ts', "export * from '@/features/auth/model/roleLabels';", 'src/components and src/lib'],
    ['src/components/probe.ts', "export * from '@/app/actor';", 'src/components and src/lib'],
    [
      'src/features/preReview/components/probe.ts',
      "export * from '../../filing/api/agencies';",
      'Feature folders',
    ],
    [
      'src/features/filing/components/probe.ts',
      "export * from '../../../app/actor';",
      'Features do not import src/app',
    ],
    ['src/features/customs/model/probe.ts', "export * from '../../../components/StatusTag';", 'holds no UI'],
    ['src/domain/preReview/probe.ts', "export * from '../../lib/storage';", 'shared with the service'],
    ['src/contract/probe.ts', "export * from '@/features/auth/model/roleLabels';", 'shared with the service'],
    ['src/values/probe.ts', "export * from '../lib/storage';", 'shared with the service'],
    ['src/contract/probe.ts', "export * from '@/domain/preReview/costSheet';", 'not the rules'],
    ['src/contract/probe.ts', "export * from '../domain/capabilities';", 'not the rules'],
    ['src/values/probe.ts', "export * from '../contract/http';", 'bottom layer'],
    ['src/values/probe.ts', "export * from '@/domain/verdict';", 'bottom layer'],
    ['src/app/probe.ts', "export * from '../../mocks/store/open';", 'never imports mocks/'],
    ['mocks/probe.ts', "export * from '../src/lib/storage';", 'mocks/ may import only the plain values'],
    [
      'mocks/handlers/probe.ts',
      "export * from '@/features/auth/model/roleLabels';",
      'mocks/ may import only',
    ],
    ['mocks/handlers/probe.ts', "export * from './auth';", 'never another handler'],
    // Tests are held to the zones too (their own block: they may drive the mock service).
    ['mocks/__tests__/probe.test.ts', "export * from '../../src/lib/storage';", 'mocks/ may import only'],
    [
      'src/features/filing/__tests__/probe.test.ts',
      "export * from '../../preReview/api/preReviews';",
      'Feature folders',
    ],
  ])(
    '%s: a relative import across a boundary fails (%s)',
    async (filePath, code, said) => {
      expect(importedFile(filePath, code), code).not.toBeNull();
      const errors = await boundaryErrors(filePath, code);
      expect(errors.join('\n')).toContain(said);
    },
    60_000,
  );

  it.each([
    ['src/features/preReview/components/probe.ts', "export * from '../model/lineCells';"],
    ['src/features/filing/components/probe.ts', "export * from '../../../domain/filing/filingRules';"],
    ['mocks/probe.ts', "export * from '../src/domain/filing/filingRules';"],
    ['mocks/probe.ts', "export * from '../src/contract/filing';"],
    ['src/domain/filing/probe.ts', "export * from '../../contract/filing';"],
    ['src/domain/probe.ts', "export * from '../values/uscc';"],
    ['src/contract/probe.ts', "export * from '../values/capabilities';"],
    ['mocks/probe.ts', "export * from '../src/values/files';"],
    ['mocks/handlers/index.ts', "export * from './auth';"],
    ['mocks/handlers/probe.ts', "export * from '../http/sessions';"],
    ['src/features/filing/__tests__/probe.test.ts', "export * from '../../../../mocks/http/runtime';"],
  ])(
    '%s: an import within the rules passes',
    async (filePath, code) => {
      expect(importedFile(filePath, code), code).not.toBeNull();
      expect(await boundaryErrors(filePath, code)).toEqual([]);
    },
    60_000,
  );

  // The endpoint is the only place its schemas are named (no-restricted-imports on the names).
  const restrictedImports = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };
  it.each([
    ['mocks/handlers/probe.ts', "import { issueRequestSchema } from '@/contract/verification';"],
    [
      'src/features/preReview/api/probe.ts',
      "import { preReviewQuerySchema } from '@/contract/preReviewQuery';",
    ],
  ])(
    "%s: naming an endpoint's schema fails (%s)",
    async (filePath, code) => {
      expect(importedFile(filePath, code), code).not.toBeNull();
      expect((await restrictedImports(filePath, `${code}\nexport const probe = [];\n`)).join('\n')).toContain(
        'Name the endpoint',
      );
    },
    60_000,
  );
  it("a handler may name the endpoint and the contract's other values", async () => {
    const code =
      "import { endpoints } from '@/contract/endpoints';\nimport { NO_SUCH_KIND } from '@/contract/review';\n";
    expect(await restrictedImports('mocks/handlers/probe.ts', code)).toEqual([]);
  }, 60_000);

  // One way to bind a field: no form holds react-hook-form's Controller or the adapter under the fields.
  it.each([
    ['src/features/filing/components/Probe.tsx', "import { Controller } from 'react-hook-form';"],
    ['src/features/customs/components/Probe.tsx', "import { useController } from 'react-hook-form';"],
    [
      'src/features/verification/components/Probe.tsx',
      "import { FormField } from '@/components/form/FormField';",
    ],
    ['src/app/Probe.tsx', "import { FieldFrame } from '../components/form/FieldFrame';"],
  ])(
    '%s: binding a field by hand fails (%s)',
    async (filePath, code) => {
      expect((await restrictedImports(filePath, `${code}\nexport const probe = [];\n`)).join('\n')).toContain(
        'Bind a field with its kind',
      );
    },
    60_000,
  );
  it('a form may use the fields and their helpers; the cost sheet its own fields', async () => {
    const form =
      "import { fromTable } from '@/components/form/FormField';\nimport { useForm } from 'react-hook-form';\n";
    expect(await restrictedImports('src/features/filing/components/Probe.tsx', form)).toEqual([]);
    const sheet = "import { useController } from 'react-hook-form';\n";
    expect(await restrictedImports('src/features/preReview/components/SheetSelect.tsx', sheet)).toEqual([]);
  }, 60_000);

  it('a row naming a file that does not exist is refused', () => {
    expect(
      importedFile('src/features/customs/components/probe.ts', "export * from '../model/reviewLabels';"),
    ).toBeNull();
    expect(
      importedFile('src/features/preReview/components/probe.ts', "export * from '../model/lineCells';"),
    ).toBe('src/features/preReview/model/lineCells.ts');
  });
});
