// Type tests: checked by `pnpm --filter @egov-vn/sdk typecheck` (tsc over test/),
// which the root `pnpm test` runs; `// @ts-expect-error` lines fail it when they compile.
import type * as Schema from '@egov-vn/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Area,
  type AreaDetail,
  createClient,
  type EgovError,
  type GovLevel,
  type HistoricalAttribution,
  type Indicator,
  type IndicatorCode,
  type Observation,
  type ObservationRow,
  type PagedList,
  type Provenance,
  type Qualifier,
  type Ranking,
  type Series,
  type ServiceLevel,
  type Source,
  toCsv,
  toRows,
} from '../src/index.js';

const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });

describe('high-level results are typed', () => {
  it('indicator() keeps the literal code', () => {
    expectTypeOf(egov.indicator('dti_rank')).resolves.toEqualTypeOf<Indicator<'dti_rank'>>();
    expectTypeOf<Indicator<'dti_rank'>['code']>().toEqualTypeOf<'dti_rank'>();
    expectTypeOf(egov.indicators()).resolves.toEqualTypeOf<Indicator[]>();
  });

  it('areas', () => {
    expectTypeOf(egov.areas({ search: 'hoa binh', level: 'PROVINCE' })).toEqualTypeOf<PagedList<Area>>();
    expectTypeOf(egov.areas().toArray({ limit: 5 })).resolves.toEqualTypeOf<Area[]>();
    expectTypeOf(egov.area('17')).resolves.toEqualTypeOf<AreaDetail>();
    expectTypeOf<Area['isoCode']>().toEqualTypeOf<string | null>();
    expectTypeOf<Area['level']>().toEqualTypeOf<'PROVINCE' | 'DISTRICT' | 'COMMUNE'>();
  });

  it('series and ranking carry the indicator and full observations', () => {
    expectTypeOf(egov.series({ indicator: 'dti_score', area: '48' })).resolves.toEqualTypeOf<Series<'dti_score'>>();
    expectTypeOf(egov.ranking({ indicator: 'dti_rank', period: 2022 })).resolves.toEqualTypeOf<Ranking<'dti_rank'>>();
    expectTypeOf<Ranking<'dti_rank'>['entries'][number]['observation']>().toEqualTypeOf<Observation<'dti_rank'>>();
  });

  it('observations are an async iterable of typed figures with provenance', () => {
    const list = egov.observations({ indicator: 'officials_with_computer_pct', area: '17' });
    expectTypeOf(list).toEqualTypeOf<PagedList<Observation<'officials_with_computer_pct'>>>();
    expectTypeOf(list.toArray({ limit: 10 })).resolves.toEqualTypeOf<Observation<'officials_with_computer_pct'>[]>();
    expectTypeOf(egov.observations()).toEqualTypeOf<PagedList<Observation<IndicatorCode>>>();
    expectTypeOf<Observation['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<Observation['period']>().toEqualTypeOf<number | null>();
    expectTypeOf<Observation['value']>().toEqualTypeOf<number>();
    expectTypeOf<Observation['dimensions']['govLevel']>().toEqualTypeOf<GovLevel | undefined>();
    expectTypeOf<Observation['dimensions']['serviceLevel']>().toEqualTypeOf<ServiceLevel | undefined>();
    expectTypeOf<Observation['provenance']>().toEqualTypeOf<Provenance>();
    expectTypeOf<Provenance['title']>().toEqualTypeOf<string>();
    expectTypeOf<Provenance['publishedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf(egov.observation('id')).resolves.toEqualTypeOf<Observation | null>();
    expectTypeOf(egov.source('id')).resolves.toEqualTypeOf<Source>();
  });

  it('tidy rows and CSV', () => {
    expectTypeOf(toRows([] as Observation[])).toEqualTypeOf<ObservationRow[]>();
    expectTypeOf(toCsv([] as ObservationRow[], { columns: ['indicator', 'value'] })).toEqualTypeOf<string>();
    // @ts-expect-error not a column of the rows
    toCsv([] as ObservationRow[], { columns: ['nope'] });
  });

  it('errors have a stable code union', () => {
    expectTypeOf<EgovError['code']>().toEqualTypeOf<
      'NETWORK_ERROR' | 'TIMEOUT' | 'HTTP_ERROR' | 'GRAPHQL_ERROR' | 'INVALID_RESPONSE' | 'PAGINATION_STALLED'
    >();
  });
});

describe('wrong codes and dimensions do not compile', () => {
  it('indicator codes are a union', () => {
    // @ts-expect-error a typo in an indicator code
    void egov.indicator('dti_rnak');
    // @ts-expect-error not an indicator code
    void egov.observations({ indicator: 'gdp_per_capita' });
    // @ts-expect-error one bad code in a list
    void egov.observations({ indicators: ['dti_rank', 'dti_rnak'] });
    // @ts-expect-error not an indicator code
    void egov.ranking({ indicator: 'dti', period: 2022 });
  });

  it('dimension values and dimensions are checked against the indicator', () => {
    void egov.series({ indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'PROVINCE' } });
    // @ts-expect-error not a gov level
    void egov.series({ indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'NATION' } });
    // @ts-expect-error dti_rank has no govLevel dimension
    void egov.series({ indicator: 'dti_rank', area: '48', dimensions: { govLevel: 'ALL' } });
    // @ts-expect-error computers_internet_pct has no dimension at all
    void egov.observations({ indicator: 'computers_internet_pct', dimensions: { component: 'OVERALL' } });
    void egov.ranking({ indicator: 'online_services_pct', period: 2012, dimensions: { serviceLevel: '3' } });
    // @ts-expect-error online_services_pct needs a service level
    void egov.ranking({ indicator: 'online_services_pct', period: 2012 });
    // @ts-expect-error service levels are "1" to "4"
    void egov.ranking({ indicator: 'online_services_pct', period: 2012, dimensions: { serviceLevel: '5' } });
    // @ts-expect-error not a qualifier
    void egov.observations({ qualifiers: ['ABOUT'] });
  });

  it('a code only known at run time is accepted once narrowed to IndicatorCode', () => {
    const code = 'dti_rank' as IndicatorCode;
    expectTypeOf(egov.indicator(code)).resolves.toEqualTypeOf<Indicator<IndicatorCode>>();
    void egov.series({ indicator: code, area: '17' });
  });

  it('toArray needs a limit', () => {
    // @ts-expect-error the limit is required
    void egov.observations().toArray();
  });
});

describe('the SDK vocabulary is the one of @egov-vn/schema', () => {
  it('unions are equal', () => {
    expectTypeOf<IndicatorCode>().toEqualTypeOf<Schema.IndicatorCode>();
    expectTypeOf<GovLevel>().toEqualTypeOf<Schema.GovLevel>();
    expectTypeOf<ServiceLevel>().toEqualTypeOf<Schema.ServiceLevel>();
    expectTypeOf<Qualifier>().toEqualTypeOf<Schema.Qualifier>();
    expectTypeOf<import('../src/index.js').IndexComponent>().toEqualTypeOf<Schema.IndexComponent>();
    expectTypeOf<import('../src/index.js').ObservationStatus>().toEqualTypeOf<Schema.ObservationStatus>();
    expectTypeOf<import('../src/index.js').ReviewStatus>().toEqualTypeOf<Schema.ReviewStatus>();
    expectTypeOf<import('../src/index.js').AreaLevel>().toEqualTypeOf<Schema.AreaLevel>();
    expectTypeOf<import('../src/index.js').Geography>().toEqualTypeOf<Schema.Geography>();
    expectTypeOf<import('../src/index.js').IndicatorCategory>().toEqualTypeOf<Schema.IndicatorCategory>();
    expectTypeOf<import('../src/index.js').IndicatorUnit>().toEqualTypeOf<Schema.IndicatorUnit>();
    expectTypeOf<import('../src/index.js').SourceKind>().toEqualTypeOf<Schema.SourceKind>();
  });
});

describe('geography over time is typed', () => {
  it('area lineage and historical observations', async () => {
    const area = await egov.area('17', { asOf: '2020-01-01' });
    expectTypeOf(area.successors[0]!.kind).toEqualTypeOf<'FULL' | 'PARTIAL'>();
    expectTypeOf(area.predecessors[0]!.area.ref).toEqualTypeOf<string>();
    const [figure] = await egov.observations({ area: '25', geographyMode: 'HISTORICAL', asOf: '2026-01-01' }).toArray({ limit: 1 });
    expectTypeOf(figure!.via).toEqualTypeOf<HistoricalAttribution | null>();
    // @ts-expect-error only AS_REPORTED and HISTORICAL
    void egov.observations({ geographyMode: 'MERGED' });
    // @ts-expect-error asOf is an ISO date string
    void egov.areas({ asOf: new Date() });
  });
});
