// Nullable stays nullable (checked by tsc over test/): results are the raw query results, typed from
// the schema, with no cast that strips `null` (the former `trusted()` did); these checks keep a model
// type from declaring non-null a field the schema says can be null. Each public result type is
// compared with the raw result of its query.
import { describe, expectTypeOf, it } from 'vitest';
import type { Area, AreaDetail, Change, Indicator, Observation, Provenance, Ranking, Release, Series, Source } from '../src/index.js';
import type { AreaResult, AreasResult, IndicatorResult, RankingResult, RawChange, RawObservation, RawRelease, SeriesResult, SourceResult } from '../src/resources/query-results.types.js';

/** Paths (".a.b[]") of fields that may be null in `Raw` but not in `Model` (fields of the same name). */
type NullStripped<Raw, Model, P extends string = ''> = Raw extends readonly (infer R)[]
  ? Model extends readonly (infer M)[]
    ? NullStripped<R, M, `${P}[]`>
    : never
  : Raw extends object
    ? {
        [K in keyof Raw & keyof Model & string]:
          | (null extends Raw[K] ? (null extends Model[K] ? never : undefined extends Model[K] ? never : `${P}.${K}`) : never)
          | NullStripped<NonNullable<Raw[K]>, NonNullable<Model[K]>, `${P}.${K}`>;
      }[keyof Raw & keyof Model & string]
    : never;

describe('no result type strips null from a field the schema says can be null', () => {
  it('holds for every result, nested ones included (a dimension the indicator lacks is absent, not null)', () => {
    expectTypeOf<NullStripped<NonNullable<AreaResult['area']>, AreaDetail>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<NonNullable<AreasResult['areas']>['edges'][number]['node'], Area>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<NonNullable<IndicatorResult['indicator']>, Indicator>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<NonNullable<RankingResult['rankingTable']>, Ranking>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<NonNullable<SeriesResult['series']>, Series>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<NonNullable<SourceResult['source']>, Source>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<RawObservation, Observation>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<RawObservation['source'], Provenance>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<RawRelease, Release>>().toEqualTypeOf<never>();
    expectTypeOf<NullStripped<RawChange, Change>>().toEqualTypeOf<never>();
  });

  it('names the fields that can be null', () => {
    expectTypeOf<Area['isoCode'] | Area['validFrom'] | Area['validTo']>().toEqualTypeOf<string | null>();
    expectTypeOf<Area['parent']>().toMatchTypeOf<object | null>();
    expectTypeOf<null>().toMatchTypeOf<Area['parent']>();
    expectTypeOf<Observation['period']>().toEqualTypeOf<number | null>();
    expectTypeOf<Observation['methodology'] | Observation['edition'] | Observation['note'] | Observation['supersededBy']>().toEqualTypeOf<string | null>();
    expectTypeOf<null>().toMatchTypeOf<Observation['via']>();
    expectTypeOf<Provenance['publisher'] | Provenance['publishedAt'] | Provenance['url'] | Provenance['quote'] | Provenance['locator']>().toEqualTypeOf<string | null>();
    expectTypeOf<Source['publisher'] | Source['publishedAt'] | Source['url'] | Source['attribution']>().toEqualTypeOf<string | null>();
    expectTypeOf<Ranking['geography']>().toEqualTypeOf<'pre2025' | 'post2025' | null>();
    expectTypeOf<Change['before']>().toEqualTypeOf<Observation | null>();
    expectTypeOf<Change['by'] | Change['reason']>().toEqualTypeOf<string | null>();
    expectTypeOf<Release['license']['attribution']>().toEqualTypeOf<string | null>();
  });
});
