// The cycle check reads type-only imports too: the kind ESLint's no-cycle rule lets through.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHECK = path.resolve('scripts/importCycles.mjs');
let project = '';

function projectWith(files: Record<string, string>): string {
  project = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  const tsconfig = {
    compilerOptions: { moduleResolution: 'bundler', module: 'ESNext', paths: { '@/*': ['./src/*'] } },
  };
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
  mkdirSync(path.join(project, 'src'));
  mkdirSync(path.join(project, 'mocks'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(project, name), text);
  return project;
}

const check = (root: string) => spawnSync('node', [CHECK, root], { encoding: 'utf8' });

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('import cycles', () => {
  it('finds a cycle made only of type imports, across @/ and relative paths', () => {
    const result = check(
      projectWith({
        'src/record.ts':
          "import type { Store } from '../mocks/store';\nexport type Row = { store: Store };\n",
        'mocks/store.ts': "import type { Row } from '@/record';\nexport type Store = Row[];\n",
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /cycle: (src\/record\.ts → mocks\/store\.ts|mocks\/store\.ts → src\/record\.ts)/,
    );
  });

  it('passes imports that only go one way', () => {
    const result = check(
      projectWith({
        'src/record.ts': 'export type Row = { id: string };\n',
        'mocks/store.ts': "import type { Row } from '@/record';\nexport type Store = Row[];\n",
      }),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 files, 1 imports (type-only included): 0 cycles');
  });
});
