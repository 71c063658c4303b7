import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** One GraphQL request as a client sends it. */
export interface FuzzOperation {
  query: string;
  variables?: unknown;
  operationName?: string;
  /** Whether it is a mutation (sent by POST only, sometimes with an API key). */
  mutation: boolean;
}

type Gen = fc.GeneratorValue;

/** One of `items` (schema objects are cyclic: fast-check cannot compare them as constants, so an index is drawn). */
const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;

/** Strings a client may send: realistic codes, empty, long, and odd characters (NUL, controls, lone surrogates, LIKE wildcards, SQL). */
const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('01', '79', 'HN', 'pre2025', 'post2025', 'PCI', 'PAPI', 'DTI', 'SIPAS', '2024', '2020-13-45', 'Hà Nội', 'egov', '') },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '%', '_', '\\', "'; select 1; --", '\ud800', '\uffff', '\u202e', '0'.repeat(400)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 3_000 }) },
  );

const integer = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -2, max: 600 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 1e20, 65_535, 100_000) },
  );

/** Any JSON value: what a careless client puts where something else was expected. */
const junk = (): fc.Arbitrary<unknown> => fc.oneof(fc.jsonValue({ maxDepth: 2 }), text(), fc.double(), fc.constant(null));

/**
 * A value of `type` as a JavaScript value (for variables). `careful`: of the
 * right kind and size, as a client who read the schema sends; otherwise
 * sometimes of the wrong kind, too large or odd.
 */
function valueOf(g: Gen, type: GraphQLInputType, careful: boolean, depth = 0): unknown {
  if (!careful && g(fc.integer, { min: 0, max: 19 }) === 0) return g(junk);
  if (isNonNullType(type)) return valueOf(g, type.ofType, careful, depth);
  if (isListType(type)) {
    const length = careful ? g(fc.integer, { min: 1, max: 3 }) : g(() => fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 101, 700)));
    const item = valueOf(g, type.ofType, careful, depth + 1);
    return Array.from({ length }, (_, i) => (i < 3 ? valueOf(g, type.ofType, careful, depth + 1) : item));
  }
  if (isEnumType(type)) return careful ? pick(g, type.getValues()).name : g(fc.constantFrom, ...type.getValues().map((v) => v.name), 'NOPE');
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (depth < 3 && (isNonNullType(field.type) || g(fc.boolean))) object[field.name] = valueOf(g, field.type, careful, depth + 1);
    }
    return object;
  }
  if (isScalarType(type) && careful) {
    switch (type.name) {
      case 'Int':
        return g(fc.integer, { min: 1, max: 20 });
      case 'Float':
        return g(fc.double, { min: 0, max: 100, noNaN: true });
      case 'Boolean':
        return g(fc.boolean);
      case 'Date':
        return g(fc.constantFrom, '2020-01-01', '2024-12-31', '2025-07-01');
      default:
        return g(fc.constantFrom, '01', '79', 'HN', 'PCI', 'PAPI', 'DTI', 'SIPAS', 'Hà Nội', '2024');
    }
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return g(integer);
      case 'Float':
        return g(() => fc.oneof(fc.double({ noNaN: true }), integer()));
      case 'Boolean':
        return g(fc.boolean);
      case 'ID':
        return g(() => fc.oneof(text(), fc.constantFrom('Area:pre2025:01', 'Observation:1', 'Source:abc').map((s) => Buffer.from(s).toString('base64'))));
      case 'Date':
        return g(() => fc.oneof(fc.constantFrom('2024-01-31', '2020-13-45', '2021-02-29', '1899-12-31', '2024-1-1'), text()));
      default:
        return g(text);
    }
  }
  return g(junk);
}

/** The same value written in the document (a literal). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const named = type && getNamedType(type);
  if (typeof value === 'string' && named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
  return `{${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
}

class OperationBuilder {
  private readonly declarations: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private aliasCount = 0;

  /** Half the operations are written by a careful client: no slips, the schema's fields, values of the right kind. */
  private readonly careful: boolean;

  constructor(
    private readonly g: Gen,
    private readonly schema: GraphQLSchema,
  ) {
    this.careful = g(fc.boolean);
  }

  /** A mistake `1 / odds` of the time, never by a careful client. */
  private slip(odds: number): boolean {
    return !this.careful && this.g(fc.integer, { min: 1, max: odds }) === 1;
  }

  build(): FuzzOperation {
    const { g } = this;
    const mutation = g(fc.integer, { min: 0, max: 5 }) === 0;
    const root = mutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const maxDepth = g(fc.integer, { min: 1, max: 7 });
    const selection = this.selectionOf(root, 0, maxDepth);
    const name = g(fc.boolean) ? `Op${g(fc.integer, { min: 0, max: 9 })}` : '';
    const header = `${mutation ? 'mutation' : 'query'} ${name}${this.declarations.length ? `(${this.declarations.join(', ')})` : ''}`;
    let query = `${header} ${selection}`;
    // A slip of the keyboard: a cut, a stray character, a word dropped.
    const slip = this.careful ? -1 : g(fc.integer, { min: 0, max: 9 });
    if (slip === 0) query = query.slice(0, g(fc.integer, { min: 0, max: query.length }));
    if (slip === 1) {
      const at = g(fc.integer, { min: 0, max: query.length });
      query = `${query.slice(0, at)}${g(fc.constantFrom, '{', '}', '(', ')', '$', '"', '@', '...', '\u0000', ':', '#', '\\')}${query.slice(at)}`;
    }
    const wrongName = this.slip(20);
    return {
      query,
      variables: this.slip(15) ? g(junk) : this.variables,
      ...(name || wrongName ? { operationName: wrongName ? 'Other' : name } : {}),
      mutation,
    };
  }

  private selectionOf(type: GraphQLNamedType, depth: number, maxDepth: number): string {
    const { g } = this;
    if (isUnionType(type)) {
      const members = type.getTypes();
      const chosen = [...new Set([pick(g, members), pick(g, members)])];
      return `{ __typename ${chosen.map((m) => `... on ${m.name} ${this.selectionOf(m, depth + 1, maxDepth)}`).join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values((type as GraphQLObjectType).getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const pool = depth >= maxDepth ? leaves : fields;
    const count = g(fc.integer, { min: 1, max: depth === 0 ? 3 : 4 });
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const roll = g(fc.integer, { min: 0, max: 29 });
      if (roll === 0 || pool.length === 0) parts.push('__typename');
      else if (roll === 1 && !this.careful) parts.push(g(fc.constantFrom, 'nope', 'code { x }', '__schema { types { name } }', 'password'));
      else parts.push(this.fieldOf(pick(g, pool), depth, maxDepth));
    }
    if (isInterfaceType(type) && g(fc.boolean)) {
      const impl = pick(g, this.schema.getPossibleTypes(type));
      parts.push(`... on ${impl.name} ${this.selectionOf(impl, depth + 1, maxDepth) || '{ __typename }'}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  private fieldOf(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const { g } = this;
    const alias = g(fc.integer, { min: 0, max: 4 }) === 0 ? `a${(this.aliasCount += 1)}: ` : '';
    const args = field.args.filter((a) => isNonNullType(a.type) || g(fc.integer, { min: 0, max: 2 }) === 0).map((a) => this.argumentOf(a));
    if (this.slip(40)) args.push(`bogus: ${literal(g(junk), undefined)}`);
    const directive = g(fc.integer, { min: 0, max: 19 }) === 0 ? this.directive() : '';
    const named = getNamedType(field.type);
    const sub = isLeafType(named) ? '' : this.selectionOf(named, depth + 1, maxDepth) || '{ __typename }';
    return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive} ${sub}`;
  }

  private argumentOf(arg: GraphQLArgument): string {
    const { g } = this;
    const value = valueOf(g, arg.type, this.careful);
    if (g(fc.integer, { min: 0, max: 2 }) > 0) return `${arg.name}: ${literal(value, arg.type)}`;
    const name = `v${this.declarations.length}`;
    // Declared with its type, or (a client's mistake) with another one.
    const declared = this.slip(10) ? g(fc.constantFrom, 'String', 'Int!', '[ID!]!', 'Boolean', 'Nope') : String(arg.type);
    this.declarations.push(`$${name}: ${declared}`);
    if (!this.slip(10)) this.variables[name] = value;
    return `${arg.name}: $${name}`;
  }

  private directive(): string {
    const { g } = this;
    const name = `v${this.declarations.length}`;
    if (g(fc.boolean)) return ` @${g(fc.constantFrom, 'include', 'skip')}(if: ${g(fc.boolean)})`;
    this.declarations.push(`$${name}: Boolean!`);
    this.variables[name] = this.careful ? g(fc.boolean) : g(() => fc.oneof(fc.boolean(), junk()));
    return ` @include(if: $${name})`;
  }
}

/**
 * GraphQL operations generated from the schema: fields chosen at random with
 * aliases, nesting, fragments and directives; arguments as literals or
 * variables of random values and sizes (odd strings, huge numbers, long lists,
 * wrong kinds); and the mistakes clients make (unknown fields and arguments,
 * wrong variable types, missing variables, cut or garbled documents). Many are
 * valid, many are not: the API must answer every one with data or a coded 4xx.
 */
export function operationArbitrary(schema: GraphQLSchema): fc.Arbitrary<FuzzOperation> {
  return fc.oneof(
    { weight: 19, arbitrary: fc.gen().map((g) => new OperationBuilder(g, schema).build()) },
    { weight: 1, arbitrary: fc.record({ query: fc.string({ unit: 'binary', maxLength: 300 }), variables: junk(), mutation: fc.constant(false) }) },
  );
}
