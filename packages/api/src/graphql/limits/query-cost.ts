import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { DIMENSION_CODES, DIMENSION_VALUES, GEOGRAPHIES } from '@egov-vn/schema';
import type { DataSizes } from '../../repositories/data-sizes.repository.js';

/**
 * The cost of a query: how many fields its answer can hold at most, every
 * list counted at the size it can have —
 * - a connection (`edges`, `nodes`) at its page size, from `first`/`last`
 *   (variables included) or the default page, but an area's or a source's
 *   figures at most as many as the data holds for one area (source);
 * - `nodes(ids:)` at the number of ids, a mutation's list at its input's;
 * - every other list at the largest the data holds (`DataSizes`), or the
 *   default page when that is not known.
 * So `areas { children { parent { children … } } }` multiplies out before it
 * runs, and a query's cost bounds its answer's size, memory and time.
 */
export interface QueryCostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  /** The request's variables, as sent. */
  variables?: Record<string, unknown> | null;
  /** Undefined until read: lists are then counted at the default page. */
  sizes: DataSizes | undefined;
  page: { default: number; max: number };
}

export interface QueryCost {
  cost: number;
  /** The most ids one `nodes(ids:)` of the query asks for (0 without `nodes`). */
  nodeIds: number;
}

type Args = Record<string, unknown>;
interface Scope {
  /** Items of the connection whose selection this is. */
  connectionItems?: number;
  /** Arguments of the field whose selection this is (e.g. the ranking's level for its entries). */
  parentArgs: Args;
  /** The level of the units this selection is about, when the query says it (`areas(level:)`). */
  areaLevel?: unknown;
}

/** `areas` lists provinces unless it is given a level, a search or a parent (see its description). */
const listedLevel = (args: Args): unknown => args.level ?? (args.search != null || args.parent != null ? undefined : 'PROVINCE');

const length = (value: unknown) => (Array.isArray(value) ? value.length : value == null ? 0 : 1);

/** Returns undefined when the operation or its variables are invalid: execution reports that. */
export function queryCost(options: QueryCostOptions): QueryCost | undefined {
  const { schema, document, sizes, page } = options;
  const operation = getOperationAST(document, options.operationName ?? undefined);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {}, { maxErrors: 1 });
  if ('errors' in coerced && coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  let nodeIds = 0;

  const pageOf = (args: Args) => {
    const n = Number(args.first ?? args.last ?? page.default);
    return Number.isFinite(n) ? Math.min(Math.max(n, 0), page.max) : page.default;
  };
  // What the data holds at most; the default page while that is not known.
  const fromData = (value: number | undefined) => (sizes === undefined || value === undefined ? page.default : value);
  const capped = (items: number, dataMax: number | undefined) => (sizes === undefined || dataMax === undefined ? items : Math.min(items, dataMax));
  const maxOf = (byLevel: Record<string, number> | undefined) => Math.max(0, ...Object.values(byLevel ?? {}));
  const byLevel = (values: Record<string, number> | undefined, level: unknown) =>
    fromData(values && (typeof level === 'string' && level in values ? values[level] : maxOf(values)));

  function connectionItems(parent: string, field: string, args: Args): number {
    const items = pageOf(args);
    switch (`${parent}.${field}`) {
      case 'Area.observations':
        return capped(items, sizes?.maxObservationsPerArea);
      case 'Source.observations':
        return capped(items, sizes?.maxObservationsPerSource);
      case 'Query.observations':
        return capped(items, sizes?.observations);
      case 'Query.indicators':
        return capped(items, sizes?.indicators);
      case 'Query.sources':
        return capped(items, sizes?.sources);
      case 'Query.areas': {
        const level = listedLevel(args);
        return capped(items, typeof level === 'string' ? sizes?.maxAreasByLevel[level] : sizes?.areas);
      }
      default:
        return items;
    }
  }

  function listItems(parent: string, field: string, args: Args, scope: Scope): number {
    if (scope.connectionItems !== undefined && (field === 'edges' || field === 'nodes')) return scope.connectionItems;
    switch (`${parent}.${field}`) {
      case 'Query.nodes': {
        nodeIds = Math.max(nodeIds, length(args.ids));
        return length(args.ids);
      }
      case 'Mutation.approveFigures':
      case 'Mutation.rejectFigures':
        return length(args.figureKeys);
      case 'Area.children':
        return byLevel(sizes?.maxChildrenByLevel, scope.areaLevel);
      case 'Area.ancestors':
        return 2; // province and district above a commune
      case 'Area.aliases':
        return fromData(sizes?.maxAliases);
      case 'Area.predecessors':
      case 'Area.predecessorLinks':
      case 'Area.successors':
      case 'Area.successorLinks':
      case 'DerivedTotal.inputs': // one figure per predecessor
        return byLevel(sizes?.maxLinksByLevel, scope.areaLevel);
      case 'Area.derivedTotals':
      case 'Series.observations':
      case 'Series.segments':
      case 'SeriesSegment.observations':
        return fromData(sizes?.maxObservationsPerArea);
      case 'Observation.revisions':
        return fromData(sizes?.maxRevisions);
      case 'Query.ranking':
        return byLevel(sizes?.maxAreasByLevel, args.level ?? 'PROVINCE');
      case 'RankingTable.entries':
      case 'RankingTable.unranked':
        return byLevel(sizes?.maxAreasByLevel, scope.parentArgs.level ?? 'PROVINCE');
      case 'Coverage.areas':
        return fromData(sizes && Math.min(sizes.areas, sizes.observations));
      case 'Coverage.years':
      case 'GeographyCoverage.years':
        return fromData(sizes?.periods);
      case 'Coverage.geographies':
      case 'Coverage.byGeography':
        return GEOGRAPHIES.length;
      case 'Indicator.dimensions':
        return DIMENSION_CODES.length;
      case 'Dimension.values':
        return Math.max(...Object.values(DIMENSION_VALUES).map((values) => values.length));
      default:
        return page.default;
    }
  }

  function selectionCost(set: SelectionSetNode, type: GraphQLNamedType | undefined, scope: Scope): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        cost += 1;
        // Introspection answers are bounded by the schema, not by the data.
        if (name.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? (type.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
        if (!field) continue;
        let args: Args = {};
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          // Invalid arguments: execution refuses them.
        }
        const named = getNamedType(field.type);
        const items = isListType(getNullableType(field.type)) ? listItems(type!.name, name, args, scope) : 1;
        const isConnection = isObjectType(named) && 'pageInfo' in named.getFields() && 'edges' in named.getFields();
        if (selection.selectionSet) {
          // A list of units of one level says it; other units (parents, children, links) are of any level.
          const areaLevel =
            type!.name === 'Query' && name === 'areas'
              ? listedLevel(args)
              : named.name === 'Area' && !/(Connection|Edge)$/.test(type!.name)
                ? undefined
                : scope.areaLevel;
          const inner: Scope = {
            parentArgs: args,
            areaLevel,
            connectionItems: isConnection ? connectionItems(type!.name, name, args) : undefined,
          };
          cost += items * selectionCost(selection.selectionSet, named, inner);
        } else if (items !== 1) {
          cost += items - 1;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(selection.selectionSet, on ?? undefined, scope);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}|${scope.connectionItems}|${JSON.stringify(scope.parentArgs.level ?? null)}|${String(scope.areaLevel)}`;
        const known = memo.get(key);
        if (known !== undefined) {
          cost += known;
          continue;
        }
        // A fragment cycle is invalid (validation refuses it): count it once.
        if (visiting.has(key)) continue;
        visiting.add(key);
        const fragmentCost = selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, scope);
        visiting.delete(key);
        memo.set(key, fragmentCost);
        cost += fragmentCost;
      }
    }
    return cost;
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  const cost = selectionCost(operation.selectionSet, root, { parentArgs: {} });
  return { cost, nodeIds };
}
