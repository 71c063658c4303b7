import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { Linter } from 'eslint';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isListType,
  type GraphQLInputField,
  type GraphQLArgument,
  type GraphQLField,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../src/graphql/print-schema.js';

const schemaPath = fileURLToPath(SCHEMA_FILE);
const sdl = readFileSync(schemaPath, 'utf8');

/** ESLint messages of `rules` (from @graphql-eslint) on the printed schema. */
function lint(rules: Linter.RulesRecord): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    sdl,
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
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message}`);
}

type Member = GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField;

/** Every field, argument and input field of the schema, as "Type.field" or "Type.field(arg)". */
function members(): [string, Member][] {
  const out: [string, Member][] = [];
  for (const type of Object.values(buildSchema(sdl).getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push([`${type.name}.${field.name}`, field]);
        for (const arg of field.args) out.push([`${type.name}.${field.name}(${arg.name})`, arg]);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) out.push([`${type.name}.${field.name}`, field]);
  }
  return out;
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

  it('gives every paged list the one Relay connection shape: edges, nodes, pageInfo, first/after and last/before', () => {
    const problems = lint({
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
    });
    expect(problems).toEqual([]);
  });

  it('pages every list, or says in its description why it is bounded ("not paged")', () => {
    // A connection's `edges` and `nodes` are its page; every other list is either a connection or small by nature.
    const unbounded = members()
      .filter(([path, m]) => 'args' in m && !path.includes('(') && isListType(getNullableType(m.type)))
      .filter(([path]) => !/^\w+Connection\.(edges|nodes)$/.test(path))
      .filter(([, m]) => !/not paged/.test(m.description ?? ''))
      .map(([path]) => path);
    expect(unbounded).toEqual([]);
  });

  it('types every date as Date and every moment as DateTime, in output as in input', () => {
    // Names that say "a date or a moment": at, createdAt, publishedAt, effectiveOn, validFrom, asOf, updatedSince…
    const dateLike = /^(at|asOf|valid(From|To))$|(At|On|Since)$/;
    const wrong = members()
      .filter(([, m]) => dateLike.test(m.name))
      .filter(([, m]) => !['Date', 'DateTime'].includes(getNamedType(m.type).name))
      .map(([path, m]) => `${path}: ${String(m.type)}`);
    expect(wrong).toEqual([]);
  });
});
