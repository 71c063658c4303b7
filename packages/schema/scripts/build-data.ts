/**
 * Converts the shared raw data (`<repo>/../shared/data/`, or `$EGOV_SHARED_DIR`)
 * into the project's own data files under `packages/schema/data/`:
 *
 *   geography/pre2025.areas.json    63 provinces, 696 districts, 10,035 communes (until 2025-06-30)
 *   geography/post2025.areas.json   34 provinces, 3,321 communes (since 2025-07-01)
 *   geography/lineage-2025.json     old → new links of the 1 July 2025 reorganisation
 *   indices/index-observations.json published provincial index rankings / scores
 *   indices/index-observations.report.md what was converted per indicator, and each row that was not (and why)
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
import type { LineageKind, LineageRecord } from '../src/geography/geography.data.js';
import { assert, compare } from './csv-lines.js';
import { buildIndexObservations, indexReportMarkdown, type IndexReport } from './indices/build-index-observations.js';

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
// Helpers

type Log = (line: string) => void;

function readJsonFile<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
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

/** ISO names that fold differently from the pre-2025 name. */
const ISO_NAME_ALIASES: Record<string, string[]> = {
  '46': ['thua thien hue'], // Tỉnh Thừa Thiên Huế became Thành phố Huế on 2025-01-01
};

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
    const names = [searchKey(row.name_vi ?? ''), ...(ISO_NAME_ALIASES[gso] ?? [])];
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
  const indices = buildIndexObservations(indicesDir, pre, post, (t) => createHash('sha256').update(t).digest('hex'), log);

  const files: Array<[string, string]> = [
    ['geography/pre2025.areas.json', `${jsonArray(pre)}\n`],
    ['geography/post2025.areas.json', `${jsonArray(post)}\n`],
    ['geography/lineage-2025.json', `${jsonArray(lineage.records)}\n`],
    [
      'indices/index-observations.json',
      `{\n"sources": ${jsonArray(indices.dataset.sources)},\n"observations": ${jsonArray(indices.dataset.observations)}\n}\n`,
    ],
    ['indices/index-observations.report.md', indexReportMarkdown(indices.report)],
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
