// Import cycles in src/ and mocks/, type-only imports included (ESLint's import-x/no-cycle skips
// those, and madge 8 does not install beside TypeScript 6). Imports are read and resolved by the
// TypeScript compiler with the project's tsconfig, so `@/` paths and relative ones are the same.
// `node scripts/importCycles.mjs [root]` prints every cycle and exits 1 when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE.test(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every project file under `folders` of `root`, with the project files it imports. */
export function importGraph(root, folders = ['src', 'mocks']) {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = folders.flatMap((folder) => sourceFiles(path.join(root, folder)));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      const target = resolved && path.resolve(resolved.resolvedFileName);
      if (target && known.has(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The cycles of `graph` (Tarjan's strongly connected components with more than one file, or a self-import). */
export function findCycles(graph) {
  let index = 0;
  const indices = new Map();
  const lowest = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (file) => {
    indices.set(file, index);
    lowest.set(file, index);
    index += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowest.set(file, Math.min(lowest.get(file), lowest.get(next)));
      } else if (onStack.has(next)) lowest.set(file, Math.min(lowest.get(file), indices.get(next)));
    }
    if (lowest.get(file) === indices.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.reverse());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const graph = importGraph(root);
  const cycles = findCycles(graph);
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  for (const cycle of cycles) console.error(`cycle: ${cycle.map((f) => path.relative(root, f)).join(' → ')}`);
  console.log(`${graph.size} files, ${edges} imports (type-only included): ${cycles.length} cycles`);
  process.exit(cycles.length === 0 ? 0 : 1);
}
