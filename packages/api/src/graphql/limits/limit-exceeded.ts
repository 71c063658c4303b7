import { GraphQLError } from 'graphql';

/** A request over one of the limits of `config.ts` (`QueryLimits`): 400, with the limit named. */
export const LIMIT_ERROR_CODES = { LIMIT_EXCEEDED: 400 } as const;

/** The limits a request can exceed, as named in `extensions.limit`. */
export type LimitName = 'depth' | 'cost' | 'aliases' | 'tokens' | 'directives' | 'batch' | 'nodeIds';

export function limitExceeded(limit: LimitName, max: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, max, actual, http: { status: LIMIT_ERROR_CODES.LIMIT_EXCEEDED } },
  });
}

/**
 * GraphQL Armor's rules reject with a plain "Syntax Error: … limit …" error:
 * this gives it our code and names the limit (its message says the numbers).
 */
export function nameLimit(limit: LimitName, max: number) {
  return (_context: unknown, error: GraphQLError) => {
    Object.assign(error.extensions as Record<string, unknown>, { code: 'LIMIT_EXCEEDED', limit, max });
  };
}
