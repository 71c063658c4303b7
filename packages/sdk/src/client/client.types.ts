import type { DocumentTypeDecoration } from '../graphql/document.js';
import type { RequestOptions } from '../graphql/graphql-request.js';
import type { IndicatorCode } from '../generated/vocabulary.js';
import type { Area, AreaDetail } from '../model/area.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import type { Ranking } from '../model/ranking.js';
import type { Series } from '../model/series.js';
import type { Source } from '../model/source.js';
import type { PagedList } from '../pagination/paged-list.js';
import type { ListOptions } from '../pagination/connection-page.js';
import type { AreaOptions, AreasOptions } from '../resources/areas.resource.js';
import type { IndicatorOptions, IndicatorsOptions } from '../resources/indicators.resource.js';
import type { ObservationFilter, ObservationListOptions } from '../resources/observations.resource.js';
import type { RankingOptions } from '../resources/ranking.resource.js';
import type { SeriesOptions } from '../resources/series.resource.js';
import type { TransportOptions } from '../transport/transport.js';

/** Options of `createClient()`: the transport's (endpoint, fetch, headers, timeoutMs, retries). */
export type ClientOptions = TransportOptions;

/** `[variables, options?]`, or `[variables?, options?]` when the document needs no variable. */
export type VariablesArgs<Variables> = {} extends Variables
  ? [variables?: Variables, options?: RequestOptions]
  : [variables: Variables, options?: RequestOptions];

/** `client.query`: a typed document gives typed variables and result; a string gives `unknown` (or the type you pass). */
export interface QueryFunction {
  <Result, Variables>(
    document: DocumentTypeDecoration<Result, Variables> & object,
    ...args: VariablesArgs<NoInfer<Variables>>
  ): Promise<Result>;
  <Result = unknown>(document: string, variables?: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<Result>;
}

/**
 * The egov-vn client. Every method takes `RequestOptions` (signal, headers,
 * timeoutMs, retries) last, alone or within its options; results are plain
 * objects, each figure with its provenance.
 */
export interface EgovClient {
  /** The GraphQL endpoint this client talks to. */
  readonly endpoint: string;

  /**
   * Any GraphQL query. Written with `graphql()`, its variables and result are
   * typed from the schema; a plain string gives `unknown` (or the type you pass).
   *
   * @example
   * import { createClient, graphql } from '@egov-vn/sdk';
   * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
   * const Coverage = graphql(`query ($code: String!) { indicator(code: $code) { coverage { years } } }`);
   * const data = await egov.query(Coverage, { code: 'dti_score' });
   * console.log(data.indicator?.coverage?.years);
   */
  query: QueryFunction;

  /**
   * The indicator vocabulary, with what the data covers.
   *
   * @example
   * const telecom = await egov.indicators({ category: 'TELECOM' });
   * console.log(telecom.map((i) => `${i.code}: ${i.coverage.observationCount}`));
   */
  indicators(options?: IndicatorsOptions, init?: RequestOptions): Promise<Indicator[]>;

  /**
   * One indicator; `EgovGraphQLError` with `serverCode` NOT_FOUND for an unknown code.
   *
   * @example
   * const dti = await egov.indicator('dti_rank');
   * console.log(dti.nameEn, dti.higherIsBetter); // 'Provincial DTI rank' false
   */
  indicator<C extends IndicatorCode>(code: C, options?: IndicatorOptions): Promise<Indicator<C>>;

  /**
   * Administrative units by level, parent or name (search ignores diacritics and
   * looks names up across time); `asOf` gives the units in force on a date.
   *
   * Listed page by page as you iterate, like `observations()`. Without `level`,
   * `parent` or `search`, the provinces.
   *
   * @example
   * const [hoaBinh] = await egov.areas({ search: 'hoa binh', level: 'PROVINCE' }).toArray({ limit: 1 });
   * for await (const district of egov.areas({ parent: '17' })) console.log(district.name);
   * const provinces2020 = await egov.areas({ asOf: '2020-01-01' }).count(); // 63
   */
  areas(options?: AreasOptions, list?: ListOptions): PagedList<Area>;

  /**
   * One unit with its ancestors, children, predecessors and successors across the
   * 2025 reorganisation; NOT_FOUND when unknown, AMBIGUOUS_AREA when a reused code
   * names two units and no `asOf` says which.
   *
   * @example
   * const area = await egov.area('17', { asOf: '2020-01-01' });
   * console.log(area.fullName, area.successors[0]?.area.name); // 'Tỉnh Hoà Bình' 'Phú Thọ'
   */
  area(code: string, options?: AreaOptions): Promise<AreaDetail>;

  /**
   * The series of one indicator slice for one area, by period, split into
   * segments where the methodology changes.
   *
   * @example
   * const s = await egov.series({ indicator: 'dti_score', area: '48' });
   * if (!s.comparable) console.log(s.segments.map((seg) => seg.methodology));
   */
  series<C extends IndicatorCode>(options: SeriesOptions<C>, init?: RequestOptions): Promise<Series<C>>;

  /**
   * Units ranked by one indicator in one period (ties share a rank).
   *
   * @example
   * const dti = await egov.ranking({ indicator: 'dti_rank', period: 2022 });
   * console.log(dti.entries.slice(0, 3).map((e) => `${e.rank}. ${e.area.name}`));
   */
  ranking<C extends IndicatorCode>(options: RankingOptions<C>, init?: RequestOptions): Promise<Ranking<C>>;

  /**
   * Every figure matching `filter`, fetched page by page as you iterate.
   *
   * @example
   * for await (const o of egov.observations({ indicator: 'officials_with_computer_pct', area: '17' })) {
   *   console.log(o.dimensions.govLevel, o.qualifier, o.value, o.provenance.title);
   * }
   * const all = await egov.observations({ within: '17' }).toArray({ limit: 1000 });
   */
  observations<C extends IndicatorCode = IndicatorCode>(filter?: ObservationFilter<C>, options?: ObservationListOptions): PagedList<Observation<C>>;

  /**
   * One version of a figure by id, or `null` when there is none. Ids are
   * version-pinned: an id printed in an article keeps its value after a
   * correction, and `supersededBy` names the newer version.
   *
   * @example
   * const [figure] = await egov.observations({ area: '17' }).toArray({ limit: 1 });
   * const pinned = await egov.observation(figure!.id); // e.g. an id stored with an article
   * console.log(pinned?.value, pinned?.supersededBy, pinned?.provenance.citation);
   */
  observation(id: string, options?: RequestOptions): Promise<Observation | null>;

  /**
   * A source document, with its full text, by id or content hash (12+ hex digits).
   *
   * @example
   * const [figure] = await egov.observations({ area: '17' }).toArray({ limit: 1 });
   * const source = await egov.source(figure!.provenance.sourceId);
   * console.log(source.text.slice(figure!.provenance.quoteStart, figure!.provenance.quoteEnd));
   */
  source(id: string, options?: RequestOptions): Promise<Source>;
}
