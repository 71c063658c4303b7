/**
 * Stage of `build-data`: the provincial index tables of ../shared/data/indices/
 * → `indices/index-observations.json` (one source per page address, one
 * observation per rank or score) and a report of what was not converted and why.
 *
 * Decisions (indices/SOURCE.md):
 * - Two passes of transcription: `reported_province_index_values.csv` (first)
 *   and `dti_provincial_reported_values.csv` + `egov_other_indices_reported_values.csv`
 *   (second, re-reading the same pages). A slice (page, index, year, geography,
 *   province, component) in both passes is kept once, from the second pass; a
 *   disagreement between the passes is reported (none at the time of writing).
 * - Rows without a province (provincial means) and rows without a rank or a value
 *   (membership stated without a position, "up N places") are not figures: they
 *   are listed in the report with their note, never turned into values.
 * - Notes (ties, inconsistencies, weak provenance) travel with the figure.
 */
import path from 'node:path';
import type { IndexDataset, IndexObservation, IndexSource } from '../../src/geography/geography.data.js';
import type { AreaRecord, Geography } from '../../src/geography/area.types.js';
import { searchKey } from '../../src/geography/fold-name.js';
import { INDEX_COMPONENTS, type IndexComponent } from '../../src/indicators/dimension.js';
import { findIndicator, type IndicatorCode, isIndicatorCode } from '../../src/indicators/indicator.vocabulary.js';
import { assert, compare, type CsvLine, readCsvLines } from '../csv-lines.js';
import {
  COMPONENT_LABELS,
  edition,
  INDICATORS_BY_INDEX,
  type IndexFamily,
  isIndexFamily,
  isMeanComponent,
  mapComponent,
  methodology,
  TABLE_NAMES,
  type TableKind,
} from './index-families.js';
import { pageFacts, pageHost } from './index-pages.js';

/** Source address of each single-source table (from indices/SOURCE.md). */
const TABLE_FILES = [
  { file: 'dti_2022_provincial_ranking.csv', index: 'DTI', year: 2022, url: 'https://dti.gov.vn/xep-hang-2022', table: 'ranking' },
  { file: 'dti_2022_provincial_detail_top5.csv', index: 'DTI', year: 2022, url: 'https://dti.gov.vn/xep-hang-2022', table: 'detail' },
  {
    file: 'egov_it_application_ranking_2017.csv',
    index: 'EGOV_IT_APPLICATION_RANKING',
    year: 2017,
    url: 'http://www.vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_detail.aspx?ItemID=1504',
    table: 'ranking',
  },
] as const;
const FIRST_PASS_FILE = 'reported_province_index_values.csv';
const SECOND_PASS_FILES = ['dti_provincial_reported_values.csv', 'egov_other_indices_reported_values.csv'];
/** Not rankings of provinces (national aggregates): not converted. */
const UNUSED_INDEX_FILES = ['national_reference_values.csv'];

/** Date each page or table was published, only where indices/SOURCE.md states it. */
const PUBLISHED_AT: Record<string, string> = {
  // "MIC ... 2017 (published 05/07/2018)"
  'http://www.vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_detail.aspx?ItemID=1504': '2018-07-05',
  // DTI 2022 announced 12/07/2023 (indices/SOURCE.md, second-pass notes)
  'https://dti.gov.vn/xep-hang-2022': '2023-07-12',
};

/** Published-name aliases that fold differently from the official name, per geography and code. */
const PROVINCE_NAME_ALIASES: Record<Geography, Record<string, string[]>> = {
  pre2025: {
    '01': ['hanoi'],
    '66': ['dac lac'],
    '46': ['thua thien hue', 'thua thien-hue', 'hue'], // Tỉnh Thừa Thiên Huế became Thành phố Huế on 2025-01-01
    '79': ['hcmc', 'hcm', 'tphcm', 'hcm city', 'ho chi minh city'],
    '48': ['former da nang'],
    '49': ['former quang nam'],
  },
  post2025: {
    '01': ['hanoi'],
    '46': ['thua thien hue', 'thua thien-hue'],
    '79': ['hcmc', 'hcm city', 'ho chi minh city'],
    '48': ['new da nang'],
  },
};

const DECIMAL = /^\d+(\.\d+)?$/;

interface PendingRow extends CsvLine {
  url: string;
  file: string;
  header: string;
  index: IndexFamily;
  year: number;
  table: TableKind;
  pass: 0 | 1 | 2;
}

export interface IndexReport {
  /** Rows that are not a province's figure (no province, or neither rank nor value), with the reason and the transcriber's note. */
  skipped: string[];
  /** First-pass rows re-read in the second pass (kept once, from the second pass). */
  superseded: number;
  /** Slices the two passes give different figures for. */
  disagreements: string[];
  /** Observations per indicator code. */
  counts: Record<string, number>;
}

function sourceKey(url: string, hash: (s: string) => string): string {
  return `${pageHost(url)}-${hash(url).slice(0, 8)}`;
}

function sliceKey(r: PendingRow, geography: string, component: string): string {
  return [r.url, r.index, r.year, geography, r.record.gso_code ?? r.record.gso_code_pre2025, component].join('|');
}

export function buildIndexObservations(
  indicesDir: string,
  pre: readonly AreaRecord[],
  post: readonly AreaRecord[],
  hash: (s: string) => string,
  log: (line: string) => void,
): { dataset: IndexDataset; report: IndexReport } {
  const provinces: Record<Geography, Map<string, AreaRecord>> = {
    pre2025: new Map(pre.filter((a) => a.level === 'PROVINCE').map((a) => [a.code, a])),
    post2025: new Map(post.filter((a) => a.level === 'PROVINCE').map((a) => [a.code, a])),
  };
  const skipped: string[] = [];
  const rows: PendingRow[] = [];
  for (const t of TABLE_FILES) {
    const csv = readCsvLines(path.join(indicesDir, t.file));
    for (const r of csv.rows) rows.push({ ...r, url: t.url, file: t.file, header: csv.header, index: t.index, year: t.year, table: t.table, pass: 0 });
  }
  for (const [pass, file] of [[1, FIRST_PASS_FILE] as const, ...SECOND_PASS_FILES.map((f) => [2, f] as const)]) {
    const csv = readCsvLines(path.join(indicesDir, file));
    for (const r of csv.rows) {
      const index = r.record.index ?? '';
      assert(isIndexFamily(index), `${file}:${r.lineNo}: unknown index "${index}"`);
      const year = Number(r.record.year);
      assert(Number.isInteger(year) && year > 2000 && year < 2100, `${file}:${r.lineNo}: bad year`);
      const url = r.record.source_url ?? '';
      assert(/^https?:\/\//.test(url), `${file}:${r.lineNo}: bad url`);
      const code = r.record.gso_code ?? r.record.gso_code_pre2025 ?? '';
      const component = r.record.component ?? '';
      const note = r.record.note ? ` — note: ${r.record.note}` : '';
      if (!code || isMeanComponent(component)) {
        skipped.push(`${file}:${r.lineNo} (${index} ${year}, ${r.record.province_name_as_published}, ${component}): not a province's figure${note}`);
        continue;
      }
      if (!r.record.rank && !r.record.value) {
        skipped.push(`${file}:${r.lineNo} (${index} ${year}, ${r.record.province_name_as_published}, ${component}): neither rank nor value stated${note}`);
        continue;
      }
      rows.push({ ...r, url, file, header: csv.header, index, year, table: 'reported', pass });
    }
  }

  // Second pass over first pass: the same page re-read gives a slice once.
  const geographyOf = (r: PendingRow, component: string): string =>
    r.record.geography || mapComponent(component, `${r.file}:${r.lineNo}`).geography;
  const secondPass = new Map<string, PendingRow>();
  for (const r of rows) {
    if (r.pass !== 2) continue;
    const c = r.record.component ?? '';
    const key = sliceKey(r, geographyOf(r, c), mapComponent(c, `${r.file}:${r.lineNo}`).component);
    assert(!secondPass.has(key), `${r.file}:${r.lineNo}: a second row for the slice ${key}`);
    secondPass.set(key, r);
  }
  let superseded = 0;
  const disagreements: string[] = [];
  const kept = rows.filter((r) => {
    if (r.pass !== 1) return true;
    const c = r.record.component ?? '';
    const again = secondPass.get(sliceKey(r, geographyOf(r, c), mapComponent(c, `${r.file}:${r.lineNo}`).component));
    if (!again) return true;
    superseded++;
    if ((again.record.rank ?? '') !== (r.record.rank ?? '') || (again.record.value ?? '') !== (r.record.value ?? '')) {
      disagreements.push(`${r.file}:${r.lineNo} "${r.line}" vs ${again.file}:${again.lineNo} "${again.line}"`);
    }
    return false;
  });

  // One source per address; its text is the header + rows of each file, files separated by a blank line.
  const byUrl = new Map<string, PendingRow[]>();
  for (const r of kept) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);

  const sources: IndexSource[] = [];
  const observations: IndexObservation[] = [];
  const nameErrors: string[] = [];
  for (const [url, urlRows] of byUrl) {
    const key = sourceKey(url, hash);
    assert(!sources.some((s) => s.key === key), `source key collision: ${key}`);
    let text = '';
    const offsets = new Map<PendingRow, number>();
    const files = [...new Set(urlRows.map((r) => r.file))];
    files.forEach((file, i) => {
      const fileRows = urlRows.filter((r) => r.file === file);
      if (i > 0) text += '\n';
      text += `${fileRows[0]?.header ?? ''}\n`;
      for (const r of fileRows) {
        offsets.set(r, text.length);
        text += `${r.line}\n`;
      }
    });
    sources.push(indexSource(url, key, text, urlRows));

    for (const r of urlRows) {
      const start = offsets.get(r);
      assert(start !== undefined && text.slice(start, start + r.line.length) === r.line, `quote offsets broken for ${r.line}`);
      const codes = INDICATORS_BY_INDEX[r.index];
      const ed = edition(r.index, r.year);
      const observation = (indicator: IndicatorCode, value: string, column: string, rank: string): IndexObservation => {
        const mapped = mapComponent(column, `${r.file}:${r.lineNo}`);
        const geography = (r.record.geography || mapped.geography) as Geography;
        assert(geography === 'pre2025' || geography === 'post2025', `${r.file}:${r.lineNo}: geography "${geography}"`);
        const areaCode = r.record.gso_code ?? r.record.gso_code_pre2025 ?? '';
        const province = provinces[geography].get(areaCode);
        if (!province) throw new Error(`${r.file}:${r.lineNo}: no ${geography} province ${areaCode}`);
        const published = r.record.province_name_as_published ?? '';
        const names = [searchKey(province.nameVi), ...(PROVINCE_NAME_ALIASES[geography][areaCode] ?? [])];
        if (!names.includes(searchKey(published))) {
          nameErrors.push(`${r.file}:${r.lineNo}: "${published}" is not ${geography} province ${areaCode} ${province.nameVi}`);
        }
        const range = findIndicator(indicator)!;
        assert(
          DECIMAL.test(value) && Number(value) >= range.min && (range.max === null || Number(value) <= range.max),
          `${r.file}:${r.lineNo}: ${indicator} value "${value}" outside [${range.min}, ${range.max}]`,
        );
        const where = locator(r.table, ed, published, mapped.component, rank);
        return {
          sourceKey: key,
          indicator,
          dimensions: { component: mapped.component },
          geography,
          areaCode,
          period: r.year,
          value,
          qualifier: 'EXACT' as const,
          status: 'ACTUAL' as const,
          quote: r.line,
          quoteStart: start,
          quoteEnd: start + r.line.length,
          edition: ed.en,
          editionPublishedAt: r.record.published && /^\d{4}-\d{2}-\d{2}$/.test(r.record.published) ? r.record.published : null,
          methodology: methodology(r.index, r.year),
          locator: where.vi,
          locatorEn: where.en,
          note: r.record.note ? r.record.note : null,
        };
      };
      const rankValue = r.record.rank ?? '';
      if (r.file === 'dti_2022_provincial_ranking.csv') {
        observations.push(observation(codes.rank, rankValue, 'pdti', rankValue));
      } else if (r.file === 'dti_2022_provincial_detail_top5.csv') {
        // `rank` here is the overall rank, already an observation from the ranking table of the same source.
        for (const column of Object.keys(r.record)) {
          if (column === 'rank' || column === 'province_name_as_published' || column === 'gso_code_pre2025') continue;
          observations.push(observation(codes.score, r.record[column] ?? '', column, rankValue));
        }
      } else if (r.file === 'egov_it_application_ranking_2017.csv') {
        observations.push(observation(codes.rank, rankValue, 'overall', rankValue));
        observations.push(observation(codes.score, r.record.overall_score ?? '', 'overall', rankValue));
      } else {
        const component = r.record.component ?? '';
        if (rankValue) {
          assert(/^[1-9]\d*$/.test(rankValue), `${r.file}:${r.lineNo}: bad rank "${rankValue}"`);
          observations.push(observation(codes.rank, rankValue, component, rankValue));
        }
        if (r.record.value) observations.push(observation(codes.score, r.record.value, component, rankValue));
      }
    }
  }

  // Every name that does not match, at once: each is a decision (an alias above) or a transcription error.
  assert(nameErrors.length === 0, nameErrors.join('\n'));
  sources.sort((a, b) => compare(a.key, b.key));
  const componentOrder = (c: IndexComponent) => INDEX_COMPONENTS.indexOf(c);
  observations.sort(
    (a, b) =>
      compare(a.sourceKey, b.sourceKey) ||
      a.quoteStart - b.quoteStart ||
      compare(a.indicator, b.indicator) ||
      componentOrder(a.dimensions.component) - componentOrder(b.dimensions.component),
  );
  for (const o of observations) assert(isIndicatorCode(o.indicator), `unknown indicator ${o.indicator}`);
  const counts: Record<string, number> = {};
  for (const o of [...observations].sort((a, b) => compare(a.indicator, b.indicator))) counts[o.indicator] = (counts[o.indicator] ?? 0) + 1;

  log(`indices: ${sources.length} sources, ${observations.length} observations`);
  log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  log(`  ${superseded} first-pass rows re-read in the second pass (kept once); ${disagreements.length} disagreements`);
  for (const d of disagreements) log(`  passes disagree: ${d}`);
  for (const s of skipped) log(`  not a figure: ${s}`);
  for (const f of UNUSED_INDEX_FILES) log(`  not converted: ${f} (national aggregates, not provincial rankings)`);
  return { dataset: { sources, observations }, report: { skipped, superseded, disagreements, counts } };
}

function locator(table: TableKind, ed: { vi: string; en: string }, province: string, component: IndexComponent, rank: string) {
  const name = TABLE_NAMES[table];
  const label = COMPONENT_LABELS[component];
  const row = table === 'ranking' ? { vi: `hạng ${rank}`, en: `rank ${rank}` } : { vi: `dòng ${province}`, en: `row ${province}` };
  const column = table === 'ranking' ? null : { vi: `, ${label.vi}`, en: `, ${label.en}` };
  return { vi: `${ed.vi}, ${name.vi}, ${row.vi}${column?.vi ?? ''}`, en: `${ed.en}, ${name.en}, ${row.en}${column?.en ?? ''}` };
}

function indexSource(url: string, key: string, text: string, rows: PendingRow[]): IndexSource {
  const facts = pageFacts(url);
  // Each edition once: `edition()` returns a fresh object per row, so a Set of them would keep every row's.
  const editions = [...new Map(rows.map((r) => [`${r.index}:${r.year}`, edition(r.index, r.year)])).values()];
  const vi = editions.map((e) => e.vi).join('; ');
  const en = editions.map((e) => e.en).join('; ');
  const by = facts.publisher ?? facts.host;
  const isDti = facts.host === 'dti.gov.vn';
  const table = rows.some((r) => r.table === 'ranking');
  const titles = isDti
    ? {
        vi: `${vi}: bảng xếp hạng cấp tỉnh (63 tỉnh) và điểm chi tiết hạng 1–5 (bản chép lại từ dti.gov.vn)`,
        en: `${en}: provincial ranking (63 provinces) and detailed scores of ranks 1–5, transcribed from dti.gov.vn`,
      }
    : table
      ? { vi: `${vi}: bảng xếp hạng cấp tỉnh (hạng 1–53/63), chép lại từ ${by}`, en: `${en}: provincial ranking (ranks 1–53 of 63), transcribed from ${by}` }
      : { vi: `${vi}: giá trị cấp tỉnh do ${by} đưa tin (bản chép lại)`, en: `${en}: provincial values reported by ${by}, transcribed` };
  const weak = rows.some((r) => /mirror|copy of|content copy/i.test(r.record.note ?? ''));
  return {
    key,
    kind: 'TABLE',
    // The title in the language of the page the table was read from.
    title: facts.language === 'en' ? titles.en : titles.vi,
    titleEn: titles.en,
    language: facts.language,
    role: facts.role,
    publisher: facts.publisher,
    publishedAt: PUBLISHED_AT[url] ?? null,
    url,
    text,
    attribution: isDti
      ? `Published by Bộ Thông tin và Truyền thông at ${url}. Figures transcribed by hand by the egov-vn project from the stored page text (facts only; no page text reproduced). Verify against the primary publication.`
      : `Figures as published at ${url} (${by}); the rankings are published by Bộ TT&TT / Bộ KH&CN / Bộ Nội vụ. Transcribed by hand by the egov-vn project (facts only; no page text reproduced). ${weak ? 'Weak provenance: the page copies or mirrors another outlet. ' : ''}Verify against the primary publication.`,
  };
}

/** The report committed beside the data: counts per indicator and every row that is not a figure, with its note. */
export function indexReportMarkdown(report: IndexReport): string {
  const lines = [
    '# Provincial index values: what was converted',
    '',
    'Generated by `packages/schema/scripts/build-data.ts` from `../shared/data/indices/` (do not edit).',
    '',
    '| indicator | observations |',
    '| --- | ---: |',
    ...Object.entries(report.counts).map(([code, n]) => `| \`${code}\` | ${n} |`),
    '',
    `First-pass rows re-read in the second pass (kept once, from the second pass): ${report.superseded}.`,
    `Slices the two passes disagree on: ${report.disagreements.length}.`,
    ...report.disagreements.map((d) => `- ${d}`),
    '',
    '## Rows that are not a province\'s figure (listed here with their notes, never served as values)',
    '',
    ...report.skipped.map((s) => `- ${s}`),
    '',
  ];
  return lines.join('\n');
}
