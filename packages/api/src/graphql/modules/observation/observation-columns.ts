import { collectSubFields } from '@graphql-tools/utils';
import { type FieldNode, getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { ObservationColumn } from '../../../repositories/observation.repository.js';

/** Read by every figure whatever is asked: its identity (global id, cursor scope) and what loaders are keyed by. */
const ALWAYS: readonly ObservationColumn[] = ['id', 'natural_key', 'revision', 'indicator_code', 'area_id', 'source_id', 'period'];

/**
 * The columns each `Observation` field's resolver reads (observation.type.ts). A field missing here (citation,
 * revisions, selection, via, any added later) makes the list read every column: a missing entry costs speed, never
 * a wrong answer.
 */
const COLUMNS_OF_FIELD: Readonly<Record<string, readonly ObservationColumn[]>> = {
  __typename: [],
  id: [],
  figureKey: [],
  revision: [],
  indicatorCode: [],
  indicator: [],
  area: [],
  period: [],
  source: [],
  dimensions: ['dimensions'],
  value: ['value'],
  valueText: ['value'],
  unit: ['unit'],
  qualifier: ['qualifier'],
  status: ['status'],
  reviewStatus: ['review_status'],
  quote: ['quote'],
  transcribedRow: ['transcribed_row'],
  quoteStart: ['quote_start'],
  quoteEnd: ['quote_end'],
  locator: ['locator'],
  locatorEn: ['locator_en'],
  edition: ['edition'],
  methodology: ['methodology'],
  note: ['note'],
  isCurrent: ['superseded_at'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  supersededBy: ['superseded_by'],
};

type Fields = Map<string, FieldNode[]>;

function subFields(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: FieldNode[]): Fields {
  return collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes).fields;
}

/** The type of `name` on `parent`, when it is an object type. */
function objectTypeOf(parent: GraphQLObjectType, name: string): GraphQLObjectType | undefined {
  const type = parent.getFields()[name] && getNamedType(parent.getFields()[name]!.type);
  return type && isObjectType(type) ? type : undefined;
}

/**
 * The observation columns a connection field's selection needs (`nodes { … }` and `edges { node { … } }`), or
 * undefined for all of them. Fragments and @include/@skip count as the executor counts them (graphql-tools'
 * collectSubFields, memoized per field node, so a list of areas computes it once).
 */
export function observationColumns(info: GraphQLResolveInfo): ObservationColumn[] | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const nodeSelections: { type: GraphQLObjectType; nodes: FieldNode[] }[] = [];
  for (const [, nodes] of subFields(info, connection, [...info.fieldNodes])) {
    const name = nodes[0]!.name.value;
    const type = objectTypeOf(connection, name);
    if (name === 'nodes' && type) nodeSelections.push({ type, nodes });
    if (name === 'edges' && type) {
      for (const [, edgeNodes] of subFields(info, type, nodes)) {
        const node = objectTypeOf(type, edgeNodes[0]!.name.value);
        if (edgeNodes[0]!.name.value === 'node' && node) nodeSelections.push({ type: node, nodes: edgeNodes });
      }
    }
  }
  const columns = new Set(ALWAYS);
  for (const { type, nodes } of nodeSelections) {
    for (const [, fieldNodes] of subFields(info, type, nodes)) {
      const needs = COLUMNS_OF_FIELD[fieldNodes[0]!.name.value];
      if (!needs) return undefined;
      for (const column of needs) columns.add(column);
    }
  }
  return [...columns];
}
