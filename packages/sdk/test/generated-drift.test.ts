import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_COLUMNS_FILE, ERROR_CODES_FILE, generateAll, GRAPHQL_ENV_FILE, SCHEMA_FILE, VOCABULARY_FILE } from '../scripts/generate.js';

// The SDK's types come from committed contracts: packages/api/schema.graphql
// (through gql.tada), the vocabulary of @egov-vn/schema, the API's error codes
// and the record type of its downloads. Regenerating them in
// memory must give the committed files; otherwise run the generator.
describe('generated types match their sources (run `pnpm --filter @egov-vn/sdk generate` when this fails)', () => {
  for (const { file, contents } of generateAll()) {
    it(file.pathname.split('/packages/sdk/')[1]!, () => {
      expect(readFileSync(file, 'utf8')).toBe(contents);
    });
  }

  it('covers every generated file and reads the committed schema', () => {
    expect(generateAll().map((g) => g.file.href)).toEqual([GRAPHQL_ENV_FILE.href, VOCABULARY_FILE.href, ERROR_CODES_FILE.href, DOWNLOAD_COLUMNS_FILE.href]);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toContain('type Query');
  });
});
