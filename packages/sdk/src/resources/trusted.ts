/**
 * `T` without nulls, deeply. The printed schema leaves most fields nullable
 * (GraphQL's default), but the API fills every field the SDK's result types
 * declare non-null; the few that can be null stay `| null` there. Converting
 * raw results through this type keeps the compiler checking that each
 * selection still matches its result type, at no runtime cost.
 */
export type Trusted<T> = T extends readonly (infer U)[]
  ? Trusted<U>[]
  : T extends object
    ? { [K in keyof T]-?: Trusted<NonNullable<T[K]>> }
    : NonNullable<T>;

/** The raw result, typed as `Trusted` (no runtime work). */
export const trusted = <T>(raw: T) => raw as Trusted<T>;
