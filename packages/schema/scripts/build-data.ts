/**
 * Converts the shared raw data (`<repo>/../shared/data/`, or `$EGOV_SHARED_DIR`)
 * into the project's own data files under `packages/schema/data/`:
 *
 *   geography/pre2025.areas.json    63 provinces, 696 districts, 10,035 communes (until 2025-06-30)
 *   geography/post2025.areas.json   34 provinces, 3,321 communes (since 2025-07-01)
 *   geography/lineage-2025.json     old → new links of the 1 July 2025 reorganisation
 *   indices/index-observations.json published provincial index rankings / scores
 *   licenses/                        upstream license texts
 *
 * Run from the repository root with `npx pnpm@10.34.8 data:build`. Output is
 * deterministic (sorted, no timestamps): re-running it must not change a byte.
 * Every correction of upstream data is a named decision below and is printed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { AreaLevel, AreaRecord, Geography } from '../src/geography/area.types.js';
import { searchKey } from '../src/geography/fold-name.js';
import type {
  IndexDataset,
  IndexObservation,
  IndexSource,
  LineageKind,
  LineageRecord,
} from '../src/geography/geography.data.js';
import { INDEX_COMPONENTS, type IndexComponent } from '../src/indicators/dimension.js';
import { isIndicatorCode, type IndicatorCode } from '../src/indicators/indicator.vocabulary.js';

// ---------------------------------------------------------------------------
// Locations

const SCHEMA_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = path.resolve(SCHEMA_DIR, '../..');
/** Default output directory: `packages/schema/data`. */
export const DEFAULT_OUT_DIR = path.join(SCHEMA_DIR, 'data');

/**
 * The shared raw-data directory (the one holding `admin-units/` and `indices/`).
 * `EGOV_SHARED_DIR` may name either that directory or its parent (`shared/`).
 */
export function resolveSharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.EGOV_SHARED_DIR;
  if (override) {
    const dir = path.resolve(override);
    return existsSync(path.join(dir, 'admin-units')) ? dir : path.join(dir, 'data');
  }
  return path.resolve(REPO_ROOT, '../shared/data');
}

const PRE2025_VALID_TO = '2025-06-30';
const POST2025_VALID_FROM = '2025-07-01';

const EXPECTED = {
  pre2025: { PROVINCE: 63, DISTRICT: 696, COMMUNE: 10035 },
  post2025: { PROVINCE: 34, DISTRICT: 0, COMMUNE: 3321 },
} as const;

const LEVEL_ORDER: Record<AreaLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

// ---------------------------------------------------------------------------
// Decisions about known discrepancies (see data/geography/lineage-2025.decisions.md)

/**
 * D1. dvhcvn/20250701's old list (daohoangson/dvhcvn v20250301) has 12 communes that
 * thanglequoc v2.4.1 (our pre-2025 list, state after NQ 1365/NQ-UBTVQH15 of
 * 01/03/2025) does not have; they were merged into neighbours just before. Their
 * lineage rows are dropped (the absorbing commune carries the lineage). Any other
 * unknown old code fails the build.
 */
const OLD_COMMUNES_NOT_IN_PRE2025 = new Set([
  '07693', '07732', '07744', '16387', '16411', '18448', '20176', '20674', '25102', '25174', '25177', '25186',
]);

/**
 * D2. The new commune codes of Xã Ba Chẽ (Quảng Ninh) and Xã Ia Mơ (Gia Lai) differ
 * between sources: dvhcvn/20250701 (transcribing CV 1027/CTK-CSCL) uses 06970 and
 * 23737, which are also the OLD codes of Thị trấn Ba Chẽ and Xã Ia Mơ Nông;
 * thanglequoc v3.0.2, our post-2025 list, uses 06978 and 23938. The lineage uses
 * the post-2025 list's codes so that every toCode resolves; not verified against
 * the official CV 1027/CTK-CSCL.
 */
const NEW_COMMUNE_CODE_FIXES: ReadonlyArray<{ from: string; to: string; province: string; fullNameVi: string }> = [
  { from: '06970', to: '06978', province: '22', fullNameVi: 'Xã Ba Chẽ' },
  { from: '23737', to: '23938', province: '52', fullNameVi: 'Xã Ia Mơ' },
];

/**
 * D3. Rows whose new commune lies in a different new province than the old
 * commune's province went to are wrong. Known: old An Giang 30622 Xã Tân Phú →
 * 30259 Xã Tân Phú Trung (new Đồng Tháp, 82), evidently confused with Đồng Tháp's
 * own 30274 Xã Tân Phú. The row is dropped; 30622 is left without a successor
 * rather than guessed. Any other cross-province row fails the build.
 */
const KNOWN_CROSS_PROVINCE_ROWS = new Set(['30622->30259']);

/**
 * D4. The 5 island districts without communes map directly to post-2025 special
 * zones (đặc khu, commune level). Kept with `level: 'DISTRICT'` (the level of the
 * old unit).
 */
const EXPECTED_DISTRICT_ROWS = 5;

// ---------------------------------------------------------------------------
// Index tables

/** Source address of each single-source table (from indices/SOURCE.md). */
const TABLE_FILES = [
  { file: 'dti_2022_provincial_ranking.csv', index: 'DTI', year: 2022, url: 'https://dti.gov.vn/xep-hang-2022' },
  { file: 'dti_2022_provincial_detail_top5.csv', index: 'DTI', year: 2022, url: 'https://dti.gov.vn/xep-hang-2022' },
  {
    file: 'egov_it_application_ranking_2017.csv',
    index: 'EGOV_IT_APPLICATION_RANKING',
    year: 2017,
    url: 'http://www.vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_detail.aspx?ItemID=1504',
  },
] as const;
const REPORTED_FILE = 'reported_province_index_values.csv';
/** Not rankings of provinces (national aggregates): not converted. */
const UNUSED_INDEX_FILES = ['national_reference_values.csv'];

type IndexFamily = 'DTI' | 'EGOV_IT_APPLICATION_RANKING' | 'VN_ICT_INDEX' | 'VN_IT_INDUSTRY_INDEX';

const INDICATORS_BY_INDEX: Record<IndexFamily, { rank: IndicatorCode; score: IndicatorCode }> = {
  DTI: { rank: 'dti_rank', score: 'dti_score' },
  EGOV_IT_APPLICATION_RANKING: { rank: 'egov_it_rank', score: 'egov_it_score' },
  VN_ICT_INDEX: { rank: 'ict_index_rank', score: 'ict_index_score' },
  VN_IT_INDUSTRY_INDEX: { rank: 'it_industry_index_rank', score: 'it_industry_index_score' },
};

/** Component names used in the CSVs → INDEX_COMPONENTS. Unknown names fail the build. */
const COMPONENTS: Record<string, { component: IndexComponent; geography: Geography }> = {
  overall: { component: 'OVERALL', geography: 'pre2025' },
  pdti: { component: 'OVERALL', geography: 'pre2025' },
  /** DTI 2024 was published for the 34 merged provinces: the code is a post-2025 code. */
  pdti_34_province_basis: { component: 'OVERALL', geography: 'post2025' },
  nhan_thuc_so: { component: 'DIGITAL_AWARENESS', geography: 'pre2025' },
  the_che_so: { component: 'DIGITAL_INSTITUTIONS', geography: 'pre2025' },
  ha_tang_so: { component: 'DIGITAL_INFRASTRUCTURE', geography: 'pre2025' },
  nhan_luc_so: { component: 'DIGITAL_HUMAN_RESOURCES', geography: 'pre2025' },
  an_toan_thong_tin_mang: { component: 'CYBERSECURITY', geography: 'pre2025' },
  hoat_dong_chinh_quyen_so: { component: 'DIGITAL_GOVERNMENT', geography: 'pre2025' },
  chinh_quyen_so: { component: 'DIGITAL_GOVERNMENT', geography: 'pre2025' },
  hoat_dong_kinh_te_so: { component: 'DIGITAL_ECONOMY', geography: 'pre2025' },
  kinh_te_so: { component: 'DIGITAL_ECONOMY', geography: 'pre2025' },
  hoat_dong_xa_hoi_so: { component: 'DIGITAL_SOCIETY', geography: 'pre2025' },
  xa_hoi_so: { component: 'DIGITAL_SOCIETY', geography: 'pre2025' },
  ha_tang_ky_thuat: { component: 'INFRASTRUCTURE', geography: 'pre2025' },
  ha_tang_ky_thuat_cntt: { component: 'INFRASTRUCTURE', geography: 'pre2025' },
  ha_tang_nhan_luc: { component: 'HUMAN_RESOURCES', geography: 'pre2025' },
  ung_dung_cntt: { component: 'APPLICATION', geography: 'pre2025' },
  ung_dung_cntt_noi_bo_co_quan_nha_nuoc: { component: 'INTERNAL_APPLICATION', geography: 'pre2025' },
  ung_dung_cntt_hoat_dong_noi_bo: { component: 'INTERNAL_APPLICATION', geography: 'pre2025' },
  dich_vu_cong_truc_tuyen: { component: 'ONLINE_SERVICES', geography: 'pre2025' },
  website_portal: { component: 'WEBSITE_PORTAL', geography: 'pre2025' },
};

function mapComponent(name: string, where: string): { component: IndexComponent; geography: Geography } {
  const mapped = COMPONENTS[name];
  if (!mapped) throw new Error(`${where}: component "${name}" has no mapping to INDEX_COMPONENTS`);
  if (!(INDEX_COMPONENTS as readonly string[]).includes(mapped.component)) {
    throw new Error(`${where}: ${mapped.component} is not in INDEX_COMPONENTS`);
  }
  return mapped;
}

const DTI_METHODOLOGY: Record<number, string> = {
  2020: '3 pillars, 108 component indexes (DTI 2020)',
  2021: '9 main indices, 98 component indicators',
  2022: '8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)',
  2023: '8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)',
  2024: '8 main indices, 47 component indicators (QĐ 405/QĐ-BKHCN), 34-province basis',
};

function edition(index: IndexFamily, year: number): string {
  switch (index) {
    case 'DTI':
      return `DTI ${year}`;
    case 'VN_ICT_INDEX':
      return `Vietnam ICT Index ${year}`;
    case 'VN_IT_INDUSTRY_INDEX':
      return `IT industry index ${year}`;
    case 'EGOV_IT_APPLICATION_RANKING':
      return `IT application & e-government ranking ${year}`;
  }
}

function methodology(index: IndexFamily, year: number): string {
  switch (index) {
    case 'DTI': {
      const m = DTI_METHODOLOGY[year];
      if (!m) throw new Error(`no DTI methodology known for ${year}`);
      return m;
    }
    case 'VN_ICT_INDEX': {
      const base = `Vietnam ICT Index ${year} (MIC & VAIP): sub-indices technical infrastructure, human resources, IT application`;
      if (year === 2019) return `${base}; online public services listed separately`;
      if (year === 2023) return `${base}; IT application split into internal application in state agencies and online public services`;
      return base;
    }
    // Methodology not documented in indices/SOURCE.md: the edition's name.
    case 'VN_IT_INDUSTRY_INDEX':
    case 'EGOV_IT_APPLICATION_RANKING':
      return edition(index, year);
  }
}

/** Published date of a source, only where indices/SOURCE.md states it. */
const PUBLISHED_AT: Record<string, string> = {
  // "MIC ... 2017 (published 05/07/2018)"
  'http://www.vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_detail.aspx?ItemID=1504': '2018-07-05',
};

/** Published-name aliases that fold differently from the pre-2025 name. */
const PROVINCE_NAME_ALIASES: Record<string, string[]> = {
  '46': ['thua thien hue'], // Tỉnh Thừa Thiên Huế became Thành phố Huế on 2025-01-01
};

// ---------------------------------------------------------------------------
// Helpers

type Log = (line: string) => void;

function readJsonFile<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Lines of a CSV file, each a complete record (no embedded newlines), parsed one by one. */
function readCsvLines(file: string): { header: string; columns: string[]; rows: Array<{ line: string; record: Record<string, string> }> } {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) throw new Error(`${file}: unexpected CR line endings`);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines.shift();
  if (header === undefined) throw new Error(`${file}: empty`);
  const columns = parseCsvLine(header, file);
  const rows = lines.map((line, i) => {
    const values = parseCsvLine(line, `${file}:${i + 2}`);
    if (values.length !== columns.length) {
      throw new Error(`${file}:${i + 2}: ${values.length} fields, header has ${columns.length}`);
    }
    const record: Record<string, string> = {};
    columns.forEach((c, j) => (record[c] = values[j] ?? ''));
    return { line, record };
  });
  return { header, columns, rows };
}

function parseCsvLine(line: string, where: string): string[] {
  const records = parse(line, { relax_column_count: false }) as string[][];
  const first = records[0];
  if (records.length !== 1 || !first) throw new Error(`${where}: not exactly one CSV record`);
  return first;
}

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
}

function jsonArray(items: readonly unknown[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`;
}

function byLevelThenCode(a: AreaRecord, b: AreaRecord): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compare(a.code, b.code);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function countLevels(areas: readonly AreaRecord[]): Record<AreaLevel, number> {
  const counts: Record<AreaLevel, number> = { PROVINCE: 0, DISTRICT: 0, COMMUNE: 0 };
  for (const a of areas) counts[a.level]++;
  return counts;
}

// ---------------------------------------------------------------------------
// Geography

interface UnitType {
  Id: number;
  FullName: string;
  FullNameEn: string;
}

interface RawUnit {
  Code: string;
  Name: string;
  NameEn: string;
  FullName: string;
  FullNameEn: string;
  AdministrativeUnitId: number;
}
interface RawPre2025Province extends RawUnit {
  District: Array<RawUnit & { ProvinceCode: string; Ward: Array<RawUnit & { DistrictCode: string }> | null }>;
}
interface RawPost2025Province extends RawUnit {
  AdministrativeUnitFullName: string;
  AdministrativeUnitFullNameEn: string;
  Wards: Array<RawUnit & { ProvinceCode: string; AdministrativeUnitFullName: string; AdministrativeUnitFullNameEn: string }>;
}

function area(
  geography: Geography,
  level: AreaLevel,
  raw: RawUnit,
  unitType: { vi: string; en: string },
  parentCode: string | null,
  isoCode: string | null,
): AreaRecord {
  // Property order = AreaRecord's declaration order, so the JSON reads the same way.
  return {
    geography,
    code: raw.Code,
    level,
    nameVi: raw.Name,
    nameEn: raw.NameEn,
    fullNameVi: raw.FullName,
    fullNameEn: raw.FullNameEn,
    unitTypeVi: unitType.vi,
    unitTypeEn: unitType.en,
    parentCode,
    isoCode,
    validFrom: geography === 'pre2025' ? null : POST2025_VALID_FROM,
    validTo: geography === 'pre2025' ? PRE2025_VALID_TO : null,
  };
}

function checkAreas(geography: Geography, areas: readonly AreaRecord[]): void {
  const counts = countLevels(areas);
  for (const level of Object.keys(counts) as AreaLevel[]) {
    assert(counts[level] === EXPECTED[geography][level], `${geography}: ${counts[level]} ${level}, expected ${EXPECTED[geography][level]}`);
  }
  const byCode = new Map(areas.map((a) => [a.code, a]));
  assert(byCode.size === areas.length, `${geography}: duplicate codes`);
  for (const a of areas) {
    assert(/^\d+$/.test(a.code) && a.code.length === { PROVINCE: 2, DISTRICT: 3, COMMUNE: 5 }[a.level], `${geography} ${a.code}: bad code`);
    assert(a.nameVi && a.nameEn && a.fullNameVi && a.fullNameEn && a.unitTypeVi && a.unitTypeEn, `${geography} ${a.code}: empty name`);
    const parentLevel: AreaLevel | null =
      a.level === 'PROVINCE' ? null : a.level === 'DISTRICT' || geography === 'post2025' ? 'PROVINCE' : 'DISTRICT';
    if (parentLevel === null) assert(a.parentCode === null, `${geography} ${a.code}: province with parent`);
    else assert(a.parentCode !== null && byCode.get(a.parentCode)?.level === parentLevel, `${geography} ${a.code}: bad parent ${a.parentCode}`);
  }
}

function buildPre2025(adminDir: string, log: Log): AreaRecord[] {
  const dir = path.join(adminDir, 'pre2025_63_provinces');
  const units = new Map(readJsonFile<UnitType[]>(path.join(dir, 'administrative_units.json')).map((u) => [u.Id, { vi: u.FullName, en: u.FullNameEn }]));
  const unitType = (raw: RawUnit) => {
    const t = units.get(raw.AdministrativeUnitId);
    if (!t) throw new Error(`pre2025 ${raw.Code}: unknown AdministrativeUnitId ${raw.AdministrativeUnitId}`);
    return t;
  };
  const isoCodes = buildIsoCodes(adminDir, log);
  const provinces = readJsonFile<RawPre2025Province[]>(path.join(dir, 'vn_units_full_v2.4.1.json'));
  const areas: AreaRecord[] = [];
  let islandDistricts = 0;
  for (const p of provinces) {
    const iso = isoCodes.get(p.Code);
    if (!iso) throw new Error(`pre2025 province ${p.Code} ${p.Name}: no ISO 3166-2 code`);
    areas.push(area('pre2025', 'PROVINCE', p, unitType(p), null, iso));
    for (const d of p.District) {
      assert(d.ProvinceCode === p.Code, `pre2025 district ${d.Code}: ProvinceCode ${d.ProvinceCode} under ${p.Code}`);
      areas.push(area('pre2025', 'DISTRICT', d, unitType(d), p.Code, null));
      if (d.Ward === null) islandDistricts++;
      for (const w of d.Ward ?? []) {
        assert(w.DistrictCode === d.Code, `pre2025 commune ${w.Code}: DistrictCode ${w.DistrictCode} under ${d.Code}`);
        areas.push(area('pre2025', 'COMMUNE', w, unitType(w), d.Code, null));
      }
    }
  }
  areas.sort(byLevelThenCode);
  checkAreas('pre2025', areas);
  log(`pre2025: ${JSON.stringify(countLevels(areas))}; ${islandDistricts} districts without communes`);
  return areas;
}

/** GSO province code → ISO 3166-2 code, from the crosswalk, checked against the Debian iso-codes entries. */
function buildIsoCodes(adminDir: string, log: Log): Map<string, string> {
  const crosswalk = readCsv(path.join(adminDir, 'provinces_63_to_34_crosswalk.csv'));
  const debian = readJsonFile<Array<{ code: string; name: string }>>(
    path.join(adminDir, 'iso3166_2', 'iso_3166-2_VN_from_debian_iso-codes_4.15.0.json'),
  );
  const debianByCode = new Map(debian.map((d) => [d.code, d.name]));
  const result = new Map<string, string>();
  for (const row of crosswalk) {
    const gso = row.gso_code_pre2025 ?? '';
    const iso = row.iso_3166_2 ?? '';
    const isoName = debianByCode.get(iso);
    assert(/^VN-[0-9A-Z]{2}$/.test(iso) && isoName !== undefined, `crosswalk ${gso}: ISO code "${iso}" not in iso-codes`);
    const names = [searchKey(row.name_vi ?? ''), ...(PROVINCE_NAME_ALIASES[gso] ?? [])];
    if (!names.includes(searchKey(isoName))) {
      throw new Error(`crosswalk ${gso} ${row.name_vi}: ISO ${iso} is "${isoName}"`);
    }
    if (searchKey(isoName) !== names[0]) log(`  iso: ${gso} ${row.name_vi} = ${iso} "${isoName}" (accepted alias)`);
    result.set(gso, iso);
  }
  assert(result.size === 63 && new Set(result.values()).size === 63, 'ISO codes: expected 63 distinct');
  return result;
}

function buildPost2025(adminDir: string): AreaRecord[] {
  const provinces = readJsonFile<RawPost2025Province[]>(
    path.join(adminDir, 'post2025_34_provinces', 'vn_units_full_v3.0.2.json'),
  );
  const areas: AreaRecord[] = [];
  for (const p of provinces) {
    areas.push(area('post2025', 'PROVINCE', p, { vi: p.AdministrativeUnitFullName, en: p.AdministrativeUnitFullNameEn }, null, null));
    for (const w of p.Wards) {
      assert(w.ProvinceCode === p.Code, `post2025 commune ${w.Code}: ProvinceCode ${w.ProvinceCode} under ${p.Code}`);
      areas.push(area('post2025', 'COMMUNE', w, { vi: w.AdministrativeUnitFullName, en: w.AdministrativeUnitFullNameEn }, p.Code, null));
    }
  }
  areas.sort(byLevelThenCode);
  checkAreas('post2025', areas);
  // Cross-check the 34 province codes with the official list (Công văn 915/CTK-CSCL).
  const official = readCsv(path.join(adminDir, 'merger_2025_mapping', '915_CTK-CSCL_34_province_codes.csv')).map((r) => r['Mã số'] ?? '');
  const ours = areas.filter((a) => a.level === 'PROVINCE').map((a) => a.code);
  assert(JSON.stringify([...official].sort()) === JSON.stringify(ours), 'post2025 province codes differ from CV 915/CTK-CSCL');
  return areas;
}

// ---------------------------------------------------------------------------
// Lineage

interface MergeEntry {
  old_id: string;
  name: string;
  type: LineageKind;
}
interface MergesFile {
  data: Array<{ level1_id: string; name: string; merges: MergeEntry[]; level2s: Array<{ level2_id: string; name: string; merges: MergeEntry[] }> }>;
}
interface SplitsFile {
  data: Array<{
    level1_id: string;
    splits: Array<{ new_id: string }>;
    level2s?: Array<{ level2_id: string; splits: Array<{ new_id: string }> }>;
    level3s: Array<{ level3_id: string; splits: Array<{ new_id: string }> }>;
  }>;
}

export interface LineageReport {
  dropped: string[];
  fixed: string[];
}

function buildLineage(adminDir: string, pre: readonly AreaRecord[], post: readonly AreaRecord[], log: Log): { records: LineageRecord[]; report: LineageReport } {
  const dir = path.join(adminDir, 'merger_2025_mapping');
  const merges = readJsonFile<MergesFile>(path.join(dir, 'merges_new_to_old.json'));
  const splits = readJsonFile<SplitsFile>(path.join(dir, 'splits_old_to_new.json'));
  const preByCode = new Map(pre.map((a) => [a.code, a]));
  const postByCode = new Map(post.map((a) => [a.code, a]));
  const report: LineageReport = { dropped: [], fixed: [] };
  const records: LineageRecord[] = [];

  // merges (new → old, with full/partial) and splits (old → new) must describe the same links.
  const mergePairs = new Set<string>();
  for (const p of merges.data) {
    for (const m of p.merges) mergePairs.add(`${m.old_id}->${p.level1_id}`);
    for (const c of p.level2s) for (const m of c.merges) mergePairs.add(`${m.old_id}->${c.level2_id}`);
  }
  const splitPairs = new Set<string>();
  for (const p of splits.data) {
    for (const s of p.splits) splitPairs.add(`${p.level1_id}->${s.new_id}`);
    for (const u of [...(p.level2s ?? []).map((d) => ({ id: d.level2_id, splits: d.splits })), ...p.level3s.map((c) => ({ id: c.level3_id, splits: c.splits }))]) {
      for (const s of u.splits) splitPairs.add(`${u.id}->${s.new_id}`);
    }
  }
  assert(mergePairs.size === splitPairs.size && [...mergePairs].every((k) => splitPairs.has(k)), 'merges_new_to_old and splits_old_to_new disagree');

  // Provinces.
  const newProvinceOf = new Map<string, string>();
  for (const p of merges.data) {
    assert(postByCode.get(p.level1_id)?.level === 'PROVINCE', `lineage: new province ${p.level1_id} not in post2025`);
    for (const m of p.merges) {
      assert(preByCode.get(m.old_id)?.level === 'PROVINCE', `lineage: old province ${m.old_id} not in pre2025`);
      assert(!newProvinceOf.has(m.old_id), `lineage: old province ${m.old_id} mapped twice`);
      newProvinceOf.set(m.old_id, p.level1_id);
      records.push({ level: 'PROVINCE', fromCode: m.old_id, toCode: p.level1_id, kind: m.type });
    }
  }
  assert(newProvinceOf.size === 63, `lineage: ${newProvinceOf.size} old provinces mapped, expected 63`);
  const crosswalk = readCsv(path.join(adminDir, 'provinces_63_to_34_crosswalk.csv'));
  for (const row of crosswalk) {
    assert(newProvinceOf.get(row.gso_code_pre2025 ?? '') === row.gso_code_2025, `lineage: crosswalk disagrees for ${row.gso_code_pre2025}`);
  }

  // Communes (and the 5 island districts).
  const provinceOfOld = (code: string): string | undefined => {
    let a = preByCode.get(code);
    while (a && a.parentCode !== null) a = preByCode.get(a.parentCode);
    return a?.code;
  };
  let districtRows = 0;
  for (const p of merges.data) {
    for (const c of p.level2s) {
      let toCode = c.level2_id;
      const fix = NEW_COMMUNE_CODE_FIXES.find((f) => f.from === toCode && f.province === p.level1_id);
      if (fix && postByCode.get(toCode)?.level !== 'COMMUNE') {
        const target = postByCode.get(fix.to);
        assert(target?.fullNameVi === fix.fullNameVi && target.parentCode === p.level1_id && c.name === fix.fullNameVi, `lineage: fix ${fix.from}→${fix.to} does not match the data`);
        report.fixed.push(`new commune ${fix.from} "${c.name}" (province ${p.level1_id}) → ${fix.to}: the post-2025 list's code for it (${c.merges.length} rows)`);
        toCode = fix.to;
      }
      const target = postByCode.get(toCode);
      assert(target?.level === 'COMMUNE' && target.parentCode === p.level1_id, `lineage: new commune ${toCode} "${c.name}" not in post2025 province ${p.level1_id}`);
      for (const m of c.merges) {
        const old = preByCode.get(m.old_id);
        if (!old) {
          assert(OLD_COMMUNES_NOT_IN_PRE2025.has(m.old_id), `lineage: old unit ${m.old_id} "${m.name}" not in pre2025 and not a known case`);
          report.dropped.push(`${m.old_id} "${m.name}" → ${toCode} "${c.name}": old commune not in the pre-2025 list (dissolved before 2025-03-01)`);
          continue;
        }
        if (old.level === 'DISTRICT') {
          assert(!pre.some((a) => a.parentCode === old.code), `lineage: district ${old.code} has communes but is mapped directly`);
          districtRows++;
        } else {
          assert(old.level === 'COMMUNE', `lineage: old unit ${m.old_id} is a ${old.level}`);
        }
        const expectedProvince = newProvinceOf.get(provinceOfOld(old.code) ?? '');
        if (expectedProvince !== p.level1_id) {
          const key = `${m.old_id}->${toCode}`;
          assert(KNOWN_CROSS_PROVINCE_ROWS.has(key), `lineage: ${m.old_id} "${m.name}" → ${toCode} "${c.name}" crosses into province ${p.level1_id}, expected ${expectedProvince}`);
          report.dropped.push(
            `${m.old_id} "${m.name}" (old province ${provinceOfOld(old.code)}) → ${toCode} "${c.name}": new commune lies in province ${p.level1_id}, but the old province went to ${expectedProvince}; wrong row, successor unknown`,
          );
          continue;
        }
        records.push({ level: old.level, fromCode: m.old_id, toCode, kind: m.type });
      }
    }
  }
  assert(districtRows === EXPECTED_DISTRICT_ROWS, `lineage: ${districtRows} district rows, expected ${EXPECTED_DISTRICT_ROWS}`);
  assert(report.dropped.length === OLD_COMMUNES_NOT_IN_PRE2025.size + KNOWN_CROSS_PROVINCE_ROWS.size, 'lineage: a documented drop did not occur');
  assert(report.fixed.length === NEW_COMMUNE_CODE_FIXES.length, 'lineage: a documented fix did not occur');

  records.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compare(a.fromCode, b.fromCode) || compare(a.toCode, b.toCode));
  const keys = new Set(records.map((r) => `${r.level}:${r.fromCode}->${r.toCode}`));
  assert(keys.size === records.length, 'lineage: duplicate records');

  // kind must agree with the number of successors: one → full, several → partial.
  const successors = new Map<string, LineageRecord[]>();
  for (const r of records) successors.set(`${r.level}:${r.fromCode}`, [...(successors.get(`${r.level}:${r.fromCode}`) ?? []), r]);
  for (const [key, rs] of successors) {
    const expected: LineageKind = rs.length === 1 ? 'full' : 'partial';
    assert(rs.every((r) => r.kind === expected), `lineage: ${key} has ${rs.length} successors but kinds ${rs.map((r) => r.kind).join(',')}`);
  }
  const orphansOld = pre.filter((a) => a.level === 'COMMUNE' && !successors.has(`COMMUNE:${a.code}`)).map((a) => `${a.code} ${a.fullNameVi}`);
  const withPredecessor = new Set(records.filter((r) => r.level !== 'PROVINCE').map((r) => r.toCode));
  const orphansNew = post.filter((a) => a.level === 'COMMUNE' && !withPredecessor.has(a.code)).map((a) => `${a.code} ${a.fullNameVi}`);
  log(`lineage: ${records.length} records (${records.filter((r) => r.level === 'PROVINCE').length} province, ${records.filter((r) => r.level === 'COMMUNE').length} commune, ${districtRows} island district → special zone)`);
  for (const f of report.fixed) log(`  fixed: ${f}`);
  for (const d of report.dropped) log(`  dropped: ${d}`);
  log(`  pre2025 communes without successor: ${orphansOld.join('; ') || 'none'}`);
  log(`  post2025 communes without predecessor: ${orphansNew.join('; ') || 'none'}`);
  return { records, report };
}

// ---------------------------------------------------------------------------
// Index observations

interface PendingRow {
  url: string;
  file: string;
  header: string;
  line: string;
  record: Record<string, string>;
  index: IndexFamily;
  year: number;
}

function sourceKey(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return `${host}-${createHash('sha256').update(url).digest('hex').slice(0, 8)}`;
}

const DECIMAL = /^\d+(\.\d+)?$/;

export interface IndexReport {
  skipped: string[];
}

function buildIndexObservations(indicesDir: string, pre: readonly AreaRecord[], post: readonly AreaRecord[], log: Log): { dataset: IndexDataset; report: IndexReport } {
  const provinces: Record<Geography, Map<string, AreaRecord>> = {
    pre2025: new Map(pre.filter((a) => a.level === 'PROVINCE').map((a) => [a.code, a])),
    post2025: new Map(post.filter((a) => a.level === 'PROVINCE').map((a) => [a.code, a])),
  };
  const rows: PendingRow[] = [];
  for (const t of TABLE_FILES) {
    const csv = readCsvLines(path.join(indicesDir, t.file));
    for (const r of csv.rows) rows.push({ url: t.url, file: t.file, header: csv.header, line: r.line, record: r.record, index: t.index, year: t.year });
  }
  const reported = readCsvLines(path.join(indicesDir, REPORTED_FILE));
  for (const r of reported.rows) {
    const index = r.record.index ?? '';
    if (!(index in INDICATORS_BY_INDEX)) throw new Error(`${REPORTED_FILE}: unknown index "${index}"`);
    const year = Number(r.record.year);
    assert(Number.isInteger(year) && year > 2000 && year < 2100, `${REPORTED_FILE}: bad year in ${r.line}`);
    const url = r.record.source_url ?? '';
    assert(/^https?:\/\//.test(url), `${REPORTED_FILE}: bad url in ${r.line}`);
    rows.push({ url, file: REPORTED_FILE, header: reported.header, line: r.line, record: r.record, index: index as IndexFamily, year });
  }

  // One source per address; its text is the header + rows of each file, files separated by a blank line.
  const byUrl = new Map<string, PendingRow[]>();
  for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);

  const sources: IndexSource[] = [];
  const observations: IndexObservation[] = [];
  const skipped: string[] = [];
  for (const [url, urlRows] of byUrl) {
    const key = sourceKey(url);
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

    const editions = [...new Set(urlRows.map((r) => edition(r.index, r.year)))];
    const host = new URL(url).hostname.replace(/^www\./, '');
    const isDti = host === 'dti.gov.vn';
    const title = isDti
      ? `${editions.join('; ')}: provincial ranking (63 provinces) and detailed scores of ranks 1-5, transcribed from dti.gov.vn`
      : files.includes(REPORTED_FILE)
        ? `${editions.join('; ')}: provincial values reported by ${host}, transcribed`
        : `${editions.join('; ')}: provincial ranking (ranks 1-53 of 63), transcribed from ${host}`;
    const attribution = isDti
      ? `Published by Bộ Thông tin và Truyền thông at ${url}. Figures transcribed by hand by the egov-vn project from the stored page text (facts only; no page text reproduced). Verify against the primary publication.`
      : `Figures as published at ${url} (${host}); the rankings are published by Bộ TT&TT / Bộ KH&CN. Transcribed by hand by the egov-vn project (facts only; no page text reproduced). Verify against the primary publication.`;
    sources.push({
      key,
      kind: 'TABLE',
      title,
      publisher: isDti ? 'Bộ Thông tin và Truyền thông' : null,
      publishedAt: PUBLISHED_AT[url] ?? null,
      url,
      text,
      attribution,
    });

    for (const r of urlRows) {
      const start = offsets.get(r);
      assert(start !== undefined && text.slice(start, start + r.line.length) === r.line, `quote offsets broken for ${r.line}`);
      const codes = INDICATORS_BY_INDEX[r.index];
      const observation = (
        indicator: IndicatorCode,
        value: string,
        component: { component: IndexComponent; geography: Geography },
      ): IndexObservation => {
        const areaCode = r.record.gso_code_pre2025 ?? '';
        const province = provinces[component.geography].get(areaCode);
        if (!province) throw new Error(`${r.file}: "${r.line}": no ${component.geography} province ${areaCode}`);
        const published = r.record.province_name_as_published ?? '';
        const names = [searchKey(province.nameVi), ...(component.geography === 'pre2025' ? (PROVINCE_NAME_ALIASES[areaCode] ?? []) : [])];
        if (!names.includes(searchKey(published))) {
          throw new Error(`${r.file}: "${r.line}": "${published}" is not ${component.geography} province ${areaCode} ${province.nameVi}`);
        }
        return {
          sourceKey: key,
          indicator,
          dimensions: { component: component.component },
          geography: component.geography,
          areaCode,
          period: r.year,
          value,
          qualifier: 'EXACT' as const,
          status: 'ACTUAL' as const,
          quote: r.line,
          quoteStart: start,
          quoteEnd: start + r.line.length,
          edition: edition(r.index, r.year),
          methodology: methodology(r.index, r.year),
          note: r.record.note ? r.record.note : null,
        };
      };
      const rank = (value: string, component: { component: IndexComponent; geography: Geography }) => {
        assert(/^[1-9]\d*$/.test(value), `${r.file}: bad rank "${value}" in ${r.line}`);
        observations.push(observation(codes.rank, value, component));
      };
      const score = (value: string, component: { component: IndexComponent; geography: Geography }) => {
        assert(DECIMAL.test(value) && Number(value) >= 0 && Number(value) <= 1, `${r.file}: bad score "${value}" in ${r.line}`);
        observations.push(observation(codes.score, value, component));
      };

      if (r.file === 'dti_2022_provincial_ranking.csv') {
        rank(r.record.rank ?? '', mapComponent('pdti', r.file));
      } else if (r.file === 'dti_2022_provincial_detail_top5.csv') {
        // `rank` here is the overall rank, already an observation from the ranking table of the same source.
        for (const column of Object.keys(r.record)) {
          if (column === 'rank' || column === 'province_name_as_published' || column === 'gso_code_pre2025') continue;
          score(r.record[column] ?? '', mapComponent(column, r.file));
        }
      } else if (r.file === 'egov_it_application_ranking_2017.csv') {
        rank(r.record.rank ?? '', mapComponent('overall', r.file));
        score(r.record.overall_score ?? '', mapComponent('overall', r.file));
      } else {
        if (!r.record.gso_code_pre2025) {
          skipped.push(`${r.file}: ${r.line}`);
          continue;
        }
        const component = mapComponent(r.record.component ?? '', `${r.file}: ${r.line}`);
        const rankValue = r.record.rank ?? '';
        const value = r.record.value ?? '';
        if (!rankValue && !value) throw new Error(`${r.file}: neither rank nor value in ${r.line}`);
        if (rankValue) rank(rankValue, component);
        if (value) score(value, component);
      }
    }
  }

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

  log(`indices: ${sources.length} sources, ${observations.length} observations`);
  const byIndicator = new Map<string, number>();
  for (const o of observations) byIndicator.set(o.indicator, (byIndicator.get(o.indicator) ?? 0) + 1);
  log(`  ${[...byIndicator].sort(([a], [b]) => compare(a, b)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const s of skipped) log(`  skipped (no province code, not a province observation): ${s}`);
  for (const f of UNUSED_INDEX_FILES) log(`  not converted: ${f} (national aggregates, not provincial rankings)`);
  return { dataset: { sources, observations }, report: { skipped } };
}

// ---------------------------------------------------------------------------
// Entry point

export interface BuildOptions {
  /** The shared raw-data directory (holding `admin-units/` and `indices/`). */
  sharedDataDir?: string;
  /** Where to write; defaults to `packages/schema/data`. */
  outDir?: string;
  log?: Log;
}

export interface BuildResult {
  files: string[];
  counts: Record<string, number>;
  lineage: LineageReport;
  indices: IndexReport;
}

const LICENSES = ['LICENSE.thanglequoc-MIT.txt', 'LICENSE.dvhcvn-20250701-MIT.txt'];

export function buildData(options: BuildOptions = {}): BuildResult {
  const sharedDataDir = options.sharedDataDir ?? resolveSharedDataDir();
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const log = options.log ?? ((line: string) => console.log(line));
  const adminDir = path.join(sharedDataDir, 'admin-units');
  const indicesDir = path.join(sharedDataDir, 'indices');
  assert(existsSync(adminDir) && existsSync(indicesDir), `shared data not found at ${sharedDataDir} (set EGOV_SHARED_DIR)`);
  log(`reading ${sharedDataDir}`);

  const pre = buildPre2025(adminDir, log);
  const post = buildPost2025(adminDir);
  log(`post2025: ${JSON.stringify(countLevels(post))}`);
  const lineage = buildLineage(adminDir, pre, post, log);
  const indices = buildIndexObservations(indicesDir, pre, post, log);

  const files: Array<[string, string]> = [
    ['geography/pre2025.areas.json', `${jsonArray(pre)}\n`],
    ['geography/post2025.areas.json', `${jsonArray(post)}\n`],
    ['geography/lineage-2025.json', `${jsonArray(lineage.records)}\n`],
    [
      'indices/index-observations.json',
      `{\n"sources": ${jsonArray(indices.dataset.sources)},\n"observations": ${jsonArray(indices.dataset.observations)}\n}\n`,
    ],
  ];
  const written: string[] = [];
  for (const [rel, content] of files) {
    const file = path.join(outDir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push(rel);
  }
  mkdirSync(path.join(outDir, 'licenses'), { recursive: true });
  for (const license of LICENSES) {
    // Read + write rather than copy: the shared files are read-only and the copy must stay writable.
    writeFileSync(path.join(outDir, 'licenses', license), readFileSync(path.join(adminDir, license)));
    written.push(`licenses/${license}`);
  }
  log(`wrote ${written.map((f) => path.join(path.relative(process.cwd(), outDir) || '.', f)).join(', ')}`);
  return {
    files: written,
    counts: {
      pre2025: pre.length,
      post2025: post.length,
      lineage: lineage.records.length,
      indexSources: indices.dataset.sources.length,
      indexObservations: indices.dataset.observations.length,
    },
    lineage: lineage.report,
    indices: indices.report,
  };
}

function isMain(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return import.meta.url === pathToFileURL(argv1).href;
  }
}

if (isMain()) {
  try {
    buildData();
  } catch (error) {
    console.error(error instanceof Error ? `build-data failed: ${error.message}` : error);
    process.exitCode = 1;
  }
}
