// `npm run openapi`: writes docs/openapi.json and docs/api.md from the contract (src/contract).
// A Vitest test fails when the committed files differ from what the contract generates.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { loadTs } from './loadTs.mjs';

const [{ openApiDocument, apiReferenceMarkdown }] = await loadTs(['/src/contract/openapi.ts']);
// Formatted as `prettier --check` expects them, with the project's own settings.
const json = await format(JSON.stringify(openApiDocument()), {
  ...(await resolveConfig('docs/openapi.json')),
  parser: 'json',
});
const markdown = await format(apiReferenceMarkdown(), {
  ...(await resolveConfig('docs/api.md')),
  parser: 'markdown',
});
writeFileSync('docs/openapi.json', json);
writeFileSync('docs/api.md', markdown);
const document = JSON.parse(json);
const operations = Object.values(document.paths).reduce((sum, path) => sum + Object.keys(path).length, 0);
console.log(
  `docs/openapi.json: ${operations} operations on ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas; docs/api.md`,
);
