/**
 * `operation` followed by the fragments it spreads, typed as the literal
 * text (so gql.tada can read it). A call marked pure: a document nothing uses
 * is dropped by bundlers, which a template literal with substitutions is not.
 */
export const withFragments = <const Operation extends string, const Fragments extends string>(
  operation: Operation,
  fragments: Fragments,
) => `${operation}\n${fragments}` as `${Operation}\n${Fragments}`;
