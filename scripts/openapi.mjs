// `npm run openapi`: writes docs/openapi.json and docs/api.md from the contract (src/contract).
// A Vitest test fails when the committed files differ from what the contract generates.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { loadTs } from './loadTs.mjs';

const [{ openApiDocument, apiReferenceMarkdown }] = await loadTs(['/src/contract/openapi.ts']);
const json = await format(JSON.stringify(openApiDocument()), { parser: 'json' });
const markdown = await format(apiReferenceMarkdown(), { parser: 'markdown' });
writeFileSync('docs/openapi.json', json);
writeFileSync('docs/api.md', markdown);
const document = JSON.parse(json);
const operations = Object.values(document.paths).reduce((sum, path) => sum + Object.keys(path).length, 0);
console.log(
  `docs/openapi.json: ${operations} operations on ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas; docs/api.md`,
);
