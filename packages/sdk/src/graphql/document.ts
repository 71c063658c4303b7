/**
 * The type marker typed documents carry (gql.tada, GraphQL Code Generator's
 * `TypedDocumentNode` and `TypedDocumentString`): the SDK reads the result and
 * variables types from it.
 */
export interface DocumentTypeDecoration<Result, Variables> {
  readonly __apiType?: (variables: Variables) => Result;
}

/** A document the SDK can send: its text is a string, a `String` object, or `loc.source.body`. */
export type DocumentInput =
  | string
  | String
  | { readonly loc?: { readonly source: { readonly body: string } } | undefined; readonly kind?: string };

/** A document with result and variables types, e.g. one made by `graphql()`. */
export type TypedDocument<Result = unknown, Variables = Record<string, unknown>> = DocumentTypeDecoration<Result, Variables> &
  DocumentInput;

/** The text of a document; a parsed document must keep its source (`graphql()`, graphql-tag and `parse` do). */
export function documentSource(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  const body = (document as { loc?: { source?: { body?: unknown } } } | null)?.loc?.source?.body;
  if (typeof body === 'string') return body;
  throw new TypeError(
    'Cannot send this document: it has no source text. Pass a string, a document made by graphql() from @egov-vn/sdk, or print() it first.',
  );
}

/** The name of the first operation, for error reports. */
export function operationNameOf(source: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(source)?.[1];
}
