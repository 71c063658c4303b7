import type { Observation } from '../model/observation.js';

/** One observation as a flat record: one row per figure, provenance included. Column names are snake_case for R, pandas and spreadsheets. */
export interface ObservationRow {
  id: string;
  figure_key: string;
  revision: number;
  indicator: string;
  area_code: string;
  area_ref: string;
  area_name: string;
  area_level: string;
  geography: string;
  period: number | null;
  value: number;
  value_text: string;
  unit: string;
  qualifier: string;
  status: string;
  gov_level: string | null;
  service_level: string | null;
  service_mode: string | null;
  settlement: string | null;
  component: string | null;
  methodology: string | null;
  edition: string | null;
  note: string | null;
  source_id: string;
  source_title: string;
  source_publisher: string | null;
  source_published_at: string | null;
  source_url: string | null;
  quote: string | null;
  locator: string | null;
  citation: string;
}

/** The columns of `ObservationRow`, in order. */
export const OBSERVATION_COLUMNS = [
  'id', 'figure_key', 'revision', 'indicator', 'area_code', 'area_ref', 'area_name', 'area_level', 'geography',
  'period', 'value', 'value_text', 'unit', 'qualifier', 'status', 'gov_level', 'service_level', 'service_mode', 'settlement', 'component',
  'methodology', 'edition', 'note', 'source_id', 'source_title', 'source_publisher', 'source_published_at',
  'source_url', 'quote', 'citation', 'locator',
] as const satisfies readonly (keyof ObservationRow)[];

/**
 * Observations as tidy records: one row per figure, dimensions and
 * provenance as columns. Pass the rows to `toCsv()`, `console.table()`, a data
 * frame...
 *
 * @example
 * import { createClient, toRows } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * const rows = toRows(await egov.observations({ within: '17' }).toArray({ limit: 1000 }));
 * console.table(rows, ['indicator', 'period', 'value', 'source_title']);
 */
export function toRows(observations: Iterable<Observation>): ObservationRow[] {
  const rows: ObservationRow[] = [];
  for (const o of observations) {
    const p = o.provenance;
    rows.push({
      id: o.id,
      figure_key: o.figureKey,
      revision: o.revision,
      indicator: o.indicator,
      area_code: o.area.code,
      area_ref: o.area.ref,
      area_name: o.area.name,
      area_level: o.area.level,
      geography: o.area.geography,
      period: o.period,
      value: o.value,
      value_text: o.valueText,
      unit: o.unit,
      qualifier: o.qualifier,
      status: o.status,
      gov_level: o.dimensions.govLevel ?? null,
      service_level: o.dimensions.serviceLevel ?? null,
      service_mode: o.dimensions.serviceMode ?? null,
      settlement: o.dimensions.settlement ?? null,
      component: o.dimensions.component ?? null,
      methodology: o.methodology,
      edition: o.edition,
      note: o.note,
      source_id: p.sourceId,
      source_title: p.title,
      source_publisher: p.publisher,
      source_published_at: p.publishedAt,
      source_url: p.url,
      quote: p.quote,
      citation: p.citation,
      locator: p.locator,
    });
  }
  return rows;
}
