import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../src/graphql/print-schema.js';

const schemaPath = fileURLToPath(SCHEMA_FILE);

function lint(rules: Linter.RulesRecord): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    readFileSync(schemaPath, 'utf8'),
    [
      {
        files: ['**/*.graphql'],
        languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: schemaPath } } },
        plugins: { '@graphql-eslint': graphqlPlugin as any },
        rules,
      },
    ],
    schemaPath,
  );
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

describe('schema.graphql lint', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    const problems = lint({
      '@graphql-eslint/require-description': [
        'error',
        { types: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
    });
    expect(problems).toEqual([]);
  });
});
