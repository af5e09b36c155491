// The committed API document and reference are what the contract generates (npm run openapi).
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import { apiReferenceMarkdown, openApiDocument } from './openapi';

describe('the OpenAPI document', () => {
  it('docs/openapi.json is what the contract generates: run `npm run openapi` after changing src/contract', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('docs/api.md is what the contract generates', async () => {
    const generated = await format(apiReferenceMarkdown(), {
      ...(await resolveConfig('docs/api.md')),
      parser: 'markdown',
    });
    expect(readFileSync('docs/api.md', 'utf8')).toBe(generated);
  });

  it('has one operation per endpoint, each with its answer, its errors and its session', () => {
    const document = openApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; responses: object; security: unknown[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path));
    expect(operations.map((o) => o.operationId).sort()).toEqual(Object.keys(endpoints).sort());
    expect(document.paths['/pre-reviews/{id}']?.get?.responses).toHaveProperty('404');
    expect(document.paths['/pre-reviews/{id}/actions']?.post?.responses).toHaveProperty('409');
    expect(document.paths['/auth/login']?.post?.security).toEqual([]);
    // Every $ref names a schema of the document.
    const refs = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map(
      (m) => m[1],
    );
    for (const id of new Set(refs)) expect(document.components.schemas).toHaveProperty(id as string);
  });
});
