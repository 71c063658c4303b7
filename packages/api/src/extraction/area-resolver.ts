import { AREA_ALIASES, type AreaLevel, type AreaRecord } from '@egov-vn/schema';
import { canonicalize, type CanonicalText } from './canonical-text.js';

/**
 * A lookup over one geography's administrative units, built once from the
 * records (e.g. `loadAreas('pre2025')`) and reused for every document.
 */
export interface AreaIndex {
  readonly records: readonly AreaRecord[];
  readonly byCode: ReadonlyMap<string, AreaRecord>;
  /** Folded short name ("hoa binh") → every unit with that name, provinces first. */
  readonly byName: ReadonlyMap<string, readonly AreaRecord[]>;
  /** Folded spellings that include their own prefix or abbreviate ("tp hcm", "thua thien hue") → province code. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Longest name, in words. */
  readonly maxWords: number;
}

/** The kind of unit a prefix word announces. */
export type PrefixKind = 'PROVINCE' | 'CITY' | 'RURAL_DISTRICT' | 'URBAN_DISTRICT' | 'TOWN' | 'COMMUNE' | 'WARD' | 'TOWNLET';

// Folded prefix → kind. Longest first so "thanh pho" wins over "pho".
const PREFIXES: ReadonlyArray<[string, PrefixKind]> = [
  ['thanh pho', 'CITY'],
  ['thi tran', 'TOWNLET'],
  ['thi xa', 'TOWN'],
  ['tinh', 'PROVINCE'],
  ['tp', 'CITY'],
  ['tx', 'TOWN'],
  ['huyen', 'RURAL_DISTRICT'],
  ['quan', 'URBAN_DISTRICT'],
  ['phuong', 'WARD'],
  ['xa', 'COMMUNE'],
];

// Common spellings that the official short names do not cover. Keys are folded.
const PROVINCE_ALIASES: ReadonlyArray<[string, string]> = [
  ['tp hcm', '79'],
  ['tphcm', '79'],
  ['tp ho chi minh', '79'],
  ['hcm', '79'],
  ['sai gon', '79'],
  ['tp hn', '01'],
  ['thua thien hue', '46'],
  ['thua thien', '46'],
  ['tt hue', '46'],
  ['brvt', '77'],
  ['ba ria vung tau', '77'],
  ['dac lac', '66'],
  ['daklak', '66'],
  ['dak lak', '66'],
  ['dac nong', '67'],
  ['daknong', '67'],
  ['kontum', '62'],
  ['dak nong', '67'],
];

const TYPE_BY_PREFIX: Record<PrefixKind, (r: AreaRecord) => boolean> = {
  PROVINCE: (r) => r.level === 'PROVINCE' && r.unitTypeVi === 'Tỉnh',
  CITY: (r) => r.unitTypeVi.startsWith('Thành phố'),
  RURAL_DISTRICT: (r) => r.level === 'DISTRICT' && r.unitTypeVi === 'Huyện',
  URBAN_DISTRICT: (r) => r.level === 'DISTRICT' && r.unitTypeVi === 'Quận',
  TOWN: (r) => r.level === 'DISTRICT' && r.unitTypeVi === 'Thị xã',
  COMMUNE: (r) => r.level === 'COMMUNE' && r.unitTypeVi === 'Xã',
  WARD: (r) => r.level === 'COMMUNE' && r.unitTypeVi === 'Phường',
  TOWNLET: (r) => r.level === 'COMMUNE' && r.unitTypeVi === 'Thị trấn',
};

const LEVEL_BY_PREFIX: Record<PrefixKind, readonly AreaLevel[]> = {
  PROVINCE: ['PROVINCE'],
  CITY: ['PROVINCE', 'DISTRICT'],
  RURAL_DISTRICT: ['DISTRICT'],
  URBAN_DISTRICT: ['DISTRICT'],
  TOWN: ['DISTRICT'],
  COMMUNE: ['COMMUNE'],
  WARD: ['COMMUNE'],
  TOWNLET: ['COMMUNE'],
};

const LEVEL_ORDER: Record<AreaLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

function fold(text: string): string {
  return canonicalize(text).folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Builds the index. Cost is linear in the number of records (~11k for pre2025).
 *
 * @example
 * const index = buildAreaIndex(loadAreas('pre2025'));
 * index.byName.get('ca mau')?.[0]?.code // '96'
 */
export function buildAreaIndex(records: readonly AreaRecord[]): AreaIndex {
  const byCode = new Map<string, AreaRecord>();
  const byName = new Map<string, AreaRecord[]>();
  let maxWords = 1;
  for (const r of records) {
    byCode.set(r.code, r);
    const key = fold(r.nameVi);
    if (key.length === 0) continue;
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  for (const list of byName.values()) list.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
  const aliases = new Map<string, string>();
  // The shared alias list of the schema package ("Hanoi", "HCMC"), then the spellings only texts use.
  const geography = records[0]?.geography;
  const shared = AREA_ALIASES.flatMap((a) =>
    a.refs.filter((ref) => ref.startsWith(`${geography}:`)).map((ref): [string, string] => [fold(a.alias), ref.slice(ref.indexOf(':') + 1)]),
  );
  for (const [alias, code] of [...shared, ...PROVINCE_ALIASES]) {
    if (byCode.has(code) && !aliases.has(alias)) aliases.set(alias, code);
    maxWords = Math.max(maxWords, alias.split(' ').length);
  }
  return { records, byCode, byName, aliases, maxWords };
}

/**
 * Resolves a user's `--area` hint: a GSO code ("17", "064") or a name with or
 * without its unit type ("Hòa Bình", "tỉnh Hoà Bình", "huyện Chợ Đồn",
 * "TP.HCM"). Prefers provinces, then districts, then communes; `undefined`
 * when nothing matches or a district/commune name is shared by several units.
 */
export function findAreaByHint(index: AreaIndex, hint: string): AreaRecord | undefined {
  const trimmed = hint.trim();
  if (/^\d{2}$|^\d{3}$|^\d{5}$/.test(trimmed)) return index.byCode.get(trimmed);
  const key = fold(trimmed);
  const alias = index.aliases.get(key) ?? index.aliases.get(key.replace(/ /g, ''));
  if (alias) return index.byCode.get(alias);
  let prefix: PrefixKind | null = null;
  let name = key;
  for (const [p, kind] of PREFIXES) {
    if (key.startsWith(`${p} `)) {
      prefix = kind;
      name = key.slice(p.length + 1);
      break;
    }
  }
  const candidates = (index.byName.get(name) ?? []).filter((r) => (prefix ? TYPE_BY_PREFIX[prefix](r) : true));
  const provinces = candidates.filter((r) => r.level === 'PROVINCE');
  if (provinces.length === 1) return provinces[0];
  const districts = candidates.filter((r) => r.level === 'DISTRICT');
  if (districts.length === 1) return districts[0];
  if (districts.length === 0) {
    const communes = candidates.filter((r) => r.level === 'COMMUNE');
    if (communes.length === 1) return communes[0];
  }
  return undefined;
}

/** A place name found in the text, before deciding which unit it is. */
export interface RawAreaMention {
  /** Canonical offsets of the name (with its prefix, if any). */
  start: number;
  end: number;
  nameStart: number;
  prefix: PrefixKind | null;
  /** Units whose name (or alias) matches; already filtered by the prefix's unit type. */
  candidates: readonly AreaRecord[];
  /** True when the mention is an alias that names a province by itself ("TP.HCM"). */
  alias: boolean;
}

/**
 * Scans a document for place names. Names must be capitalised as proper
 * nouns (each word starting with a capital or a digit), which keeps ordinary
 * words that fold to a place name ("ha nam", "long an") out. Names are
 * matched diacritic- and tone-placement-insensitively.
 */
export function scanAreaMentions(c: CanonicalText, index: AreaIndex): RawAreaMention[] {
  const words: Word[] = [];
  for (const m of c.folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    words.push({ start, end: start + m[0].length, text: m[0] });
  }
  const mentions: RawAreaMention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !isCapitalised(c, first.start)) {
      i += 1;
      continue;
    }
    // "TỈNH BẮC GIANG": a capitalised unit word is a prefix when a name follows it, not the start of a name ("Tịnh Bắc").
    const prefixWords = prefixLength(words, i);
    if (prefixWords > 0 && i + prefixWords < words.length && matchAt(c, index, words, i + prefixWords)) {
      i += prefixWords;
      continue;
    }
    const found = matchAt(c, index, words, i);
    if (!found) {
      i += 1;
      continue;
    }
    const nameStart = first.start;
    const last = words[i + found.n - 1];
    const end = last ? last.end : first.end;
    const prefix = readPrefix(c.folded, nameStart);
    let candidates = found.candidates;
    // "Quận 1", "Phường 2": a number is a name only after its unit word.
    if (!prefix) candidates = candidates.filter((r) => !/^\d/.test(r.nameVi));
    // A one-word name written with its diacritics must be that name: "Huệ" (a person) is not "Huế".
    const written = c.lower.slice(nameStart, end);
    if (found.n === 1 && !found.alias && written !== c.folded.slice(nameStart, end)) {
      candidates = candidates.filter((r) => canonicalize(r.nameVi).lower === written);
    }
    if (prefix && !found.alias) {
      // Units change type over time ("huyện Mộc Châu" became a thị xã): fall back to the prefix's level.
      const exact = candidates.filter((r) => TYPE_BY_PREFIX[prefix.kind](r));
      candidates = exact.length > 0 ? exact : candidates.filter((r) => LEVEL_BY_PREFIX[prefix.kind].includes(r.level));
    }
    if (candidates.length > 0) {
      mentions.push({
        start: prefix ? prefix.start : nameStart,
        end,
        nameStart,
        prefix: prefix && !found.alias ? prefix.kind : null,
        candidates,
        alias: found.alias,
      });
    }
    i += found.n;
  }
  // A dateline ("Hanoi (VNA) -", "Hà Nội (TTXVN 18/4/2024)") says where the agency wrote, not what the text is about.
  return mentions.filter((m) => !DATELINE_AFTER.test(c.cased.slice(m.end, m.end + 40)));
}

type Word = { start: number; end: number; text: string };

/** The longest unit name (or alias) starting at word `i`, capitalised and unbroken. */
function matchAt(
  c: CanonicalText,
  index: AreaIndex,
  words: readonly Word[],
  i: number,
): { n: number; candidates: AreaRecord[]; alias: boolean } | null {
  for (let n = Math.min(index.maxWords, words.length - i); n >= 1; n -= 1) {
    const span = words.slice(i, i + n);
    if (!wordsAreAdjacent(c, span) || !span.every((w) => isCapitalised(c, w.start))) continue;
    const key = span.map((w) => w.text).join(' ');
    const aliasCode = index.aliases.get(key);
    if (aliasCode) {
      const r = index.byCode.get(aliasCode);
      if (r) return { n, candidates: [r], alias: true };
      continue;
    }
    const list = index.byName.get(key);
    if (list) return { n, candidates: [...list], alias: false };
  }
  return null;
}

/** Number of words of a unit prefix ("thành phố", "tỉnh") starting at word `i`, or 0. */
function prefixLength(words: readonly Word[], i: number): number {
  const one = words[i]?.text ?? '';
  const two = `${one} ${words[i + 1]?.text ?? ''}`;
  for (const [p] of PREFIXES) {
    if (p.includes(' ') ? two === p : one === p) return p.split(' ').length;
  }
  return 0;
}

function isCapitalised(c: CanonicalText, at: number): boolean {
  const ch = c.cased[at] ?? '';
  return /[\p{Lu}\p{N}]/u.test(ch);
}

function wordsAreAdjacent(c: CanonicalText, span: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let k = 1; k < span.length; k += 1) {
    const prev = span[k - 1];
    const cur = span[k];
    if (!prev || !cur) return false;
    const gap = c.folded.slice(prev.end, cur.start);
    // "Bà Rịa - Vũng Tàu", "TP.HCM"; never across a comma, full stop or line.
    if (!/^(?: |\s?[-–]\s?|\.)$/u.test(gap)) return false;
  }
  return true;
}

// Compiled once: a pattern built per mention made the scan slow on number-heavy texts.
// A unit word is a prefix only on the name's own line and sentence: "các tỉnh.\nBắc Giang" is no "tỉnh Bắc Giang".
// Only the abbreviations take a dot ("TP. Huế", "TX.Sơn Tây").
const PREFIX_PATTERNS: ReadonlyArray<[RegExp, PrefixKind]> = PREFIXES.map(([p, kind]) => [
  new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(' ', '\\s+')}${p === 'tp' || p === 'tx' ? '\\.?[^\\S\\n]*' : '[^\\S\\n]*'}$`, 'u'),
  kind,
]);

function readPrefix(folded: string, nameStart: number): { kind: PrefixKind; start: number } | null {
  const before = folded.slice(Math.max(0, nameStart - 12), nameStart);
  for (const [re, kind] of PREFIX_PATTERNS) {
    const m = re.exec(before);
    if (m) return { kind, start: nameStart - (before.length - (m.index ?? 0)) };
  }
  return null;
}

/** What a resolved mention refers to. */
export type AreaReference =
  | { kind: 'AREA'; area: AreaRecord }
  /** A unit is named but which one is unclear: the figures it governs are dropped rather than misattributed. */
  | { kind: 'UNRESOLVED' }
  /** "cả nước", "các Bộ, ngành": figures about the nation or ministries belong to no province. */
  | { kind: 'NATION' }
  /** "toàn tỉnh", "của huyện": refers back to the province / district in context. */
  | { kind: 'BACKREF'; level: 'PROVINCE' | 'DISTRICT' | 'CITY' };

export interface AreaMention {
  start: number;
  end: number;
  ref: AreaReference;
  /** True for a named unit (not a back-reference or a marker). */
  named: boolean;
}

/** Context for resolving names that several units share. */
export interface AreaContext {
  province?: AreaRecord | undefined;
  district?: AreaRecord | undefined;
}

/**
 * Picks the unit a raw mention refers to. Order of preference: provinces;
 * then districts (a bare district name only inside the context province);
 * then communes, which need their prefix and the context district (or a
 * single match inside the context province). Returns `UNRESOLVED` when a
 * prefixed name cannot be pinned down, and `null` when a bare name is better
 * read as an ordinary word.
 */
export function resolveMention(index: AreaIndex, m: RawAreaMention, ctx: AreaContext): AreaReference | null {
  const inProvince = (r: AreaRecord): boolean =>
    ctx.province !== undefined && (r.parentCode === ctx.province.code || r.code === ctx.province.code);
  const provinces = m.candidates.filter((r) => r.level === 'PROVINCE');
  const districts = m.candidates.filter((r) => r.level === 'DISTRICT');
  const communes = m.candidates.filter((r) => r.level === 'COMMUNE');
  if (m.alias && provinces[0]) return { kind: 'AREA', area: provinces[0] };
  if (m.prefix === null) {
    if (provinces.length === 1 && provinces[0]) return { kind: 'AREA', area: provinces[0] };
    const local = districts.filter(inProvince);
    if (local.length === 1 && local[0]) return { kind: 'AREA', area: local[0] };
    if (ctx.district && districts.some((d) => d.code === ctx.district?.code)) return { kind: 'AREA', area: ctx.district };
    return null;
  }
  if (m.prefix === 'PROVINCE' || (m.prefix === 'CITY' && provinces.length > 0)) {
    if (provinces.length === 1 && provinces[0]) return { kind: 'AREA', area: provinces[0] };
  }
  if (districts.length > 0) {
    if (districts.length === 1 && districts[0]) return { kind: 'AREA', area: districts[0] };
    const local = districts.filter(inProvince);
    if (local.length === 1 && local[0]) return { kind: 'AREA', area: local[0] };
    return { kind: 'UNRESOLVED' };
  }
  if (communes.length > 0) {
    if (ctx.district) {
      const inDistrict = communes.filter((r) => r.parentCode === ctx.district?.code);
      if (inDistrict.length === 1 && inDistrict[0]) return { kind: 'AREA', area: inDistrict[0] };
    }
    if (ctx.province) {
      const provinceCode = ctx.province.code;
      const inProv = communes.filter((r) => r.parentCode !== null && index.byCode.get(r.parentCode)?.parentCode === provinceCode);
      if (inProv.length === 1 && inProv[0]) return { kind: 'AREA', area: inProv[0] };
    }
    return { kind: 'UNRESOLVED' };
  }
  return { kind: 'UNRESOLVED' };
}

const DATELINE_AFTER = /^\s*\(\s*(?:VNA|TTXVN|VNS|VOV|VTV|VNExpress|Chinhphu\.vn|Xinhua)(?:\s*[\d/.-]+)?\s*\)/u;

// Back-references and markers, on the canonical lower-case text.
const NATION_MARKERS =
  /(?<![\p{L}])(?:trên cả nước|cả nước|toàn quốc|trung bình cả nước|các bộ,\s*ngành|các bộ ngành|bộ,\s*ngành(?:,\s*địa phương)?(?!\s+(?:của\s+)?(?:tỉnh|huyện))|các bộ,\s*cơ quan ngang bộ|các tỉnh,\s*thành(?: phố)?|63 tỉnh|các tỉnh(?! [\p{Lu}]))(?![\p{L}])/gu;
const PROVINCE_BACKREF =
  /(?<![\p{L}])(?:toàn tỉnh|của tỉnh|tỉnh nhà|trên địa bàn tỉnh|trong toàn tỉnh|trong tỉnh|ubnd tỉnh|ủy ban nhân dân tỉnh|uỷ ban nhân dân tỉnh)(?![\p{L}])/gu;
const DISTRICT_BACKREF =
  /(?<![\p{L}])(?:toàn huyện|của huyện|huyện nhà|trên địa bàn huyện|trong huyện|trong toàn huyện|toàn quận|của quận|trên địa bàn quận|toàn thị xã|của thị xã|trên địa bàn thị xã)(?![\p{L}])/gu;
// "Tỉnh đặt mục tiêu ...", "..., huyện đã triển khai ...": the unit word alone as a clause's subject.
const SUBJECT_VERBS = '(?:đặt|sẽ|đã|đang|phấn đấu|tiếp tục|triển khai|đề ra|có|đạt|hiện|cũng|vừa)';
const PROVINCE_SUBJECT = new RegExp(`(?<=(?:^|[.;:,\\n])\\s*)tỉnh(?=\\s+${SUBJECT_VERBS}(?![\\p{L}]))`, 'gu');
const DISTRICT_SUBJECT = new RegExp(`(?<=(?:^|[.;:,\\n])\\s*)huyện(?=\\s+${SUBJECT_VERBS}(?![\\p{L}]))`, 'gu');
const CITY_BACKREF = /(?<![\p{L}])(?:toàn thành phố|của thành phố|trên địa bàn thành phố|thành phố nhà)(?![\p{L}])/gu;

/**
 * All area references of a document, sorted by position: named units
 * (resolved with `ctx`), back-references ("toàn tỉnh") and nation markers.
 */
export function resolveAreaMentions(
  c: CanonicalText,
  index: AreaIndex,
  raw: readonly RawAreaMention[],
  ctx: AreaContext,
): AreaMention[] {
  const out: AreaMention[] = [];
  const taken: Array<[number, number]> = [];
  let previous: { end: number; area: AreaRecord } | null = null;
  for (const m of raw) {
    const ref = resolveMention(index, m, ctx);
    if (!ref) continue;
    taken.push([m.start, m.end]);
    // "huyện Chợ Mới (Bắc Kạn)", "xã Hòa Bình, huyện Đồng Hỷ": a parent named right after a unit only locates it.
    if (
      ref.kind === 'AREA' &&
      previous &&
      isAncestor(index, ref.area, previous.area) &&
      /^\s*(?:\(|,|-|–)?\s*$/u.test(c.lower.slice(previous.end, m.start))
    ) {
      continue;
    }
    out.push({ start: m.start, end: m.end, ref, named: ref.kind === 'AREA' });
    previous = ref.kind === 'AREA' ? { end: m.end, area: ref.area } : null;
  }
  const overlapsName = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const addMarkers = (pattern: RegExp, ref: AreaReference): void => {
    for (const m of c.lower.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "UBND tỉnh Cà Mau" is a named mention, not a back-reference.
      if (overlapsName(start, end) || followedByName(raw, end)) continue;
      out.push({ start, end, ref, named: false });
    }
  };
  addMarkers(NATION_MARKERS, { kind: 'NATION' });
  addMarkers(PROVINCE_BACKREF, { kind: 'BACKREF', level: 'PROVINCE' });
  addMarkers(DISTRICT_BACKREF, { kind: 'BACKREF', level: 'DISTRICT' });
  addMarkers(CITY_BACKREF, { kind: 'BACKREF', level: 'CITY' });
  addMarkers(PROVINCE_SUBJECT, { kind: 'BACKREF', level: 'PROVINCE' });
  addMarkers(DISTRICT_SUBJECT, { kind: 'BACKREF', level: 'DISTRICT' });
  return out.sort((a, b) => a.start - b.start);
}

function isAncestor(index: AreaIndex, ancestor: AreaRecord, area: AreaRecord): boolean {
  let cur = area.parentCode ? index.byCode.get(area.parentCode) : undefined;
  while (cur) {
    if (cur.code === ancestor.code) return true;
    cur = cur.parentCode ? index.byCode.get(cur.parentCode) : undefined;
  }
  return false;
}

function followedByName(raw: readonly RawAreaMention[], end: number): boolean {
  return raw.some((m) => m.nameStart >= end && m.nameStart <= end + 2);
}

/** The name to show for a unit: its short name, or its full name when that is a number ("Quận 1"). */
export function areaDisplayName(area: AreaRecord): string {
  return /^\d/.test(area.nameVi) ? area.fullNameVi : area.nameVi;
}

/** The province a unit belongs to (itself for a province). */
export function provinceOf(index: AreaIndex, area: AreaRecord): AreaRecord | undefined {
  let cur: AreaRecord | undefined = area;
  while (cur && cur.level !== 'PROVINCE') cur = cur.parentCode ? index.byCode.get(cur.parentCode) : undefined;
  return cur;
}

/** The district a unit belongs to (itself for a district; `undefined` for a province). */
export function districtOf(index: AreaIndex, area: AreaRecord): AreaRecord | undefined {
  if (area.level === 'DISTRICT') return area;
  if (area.level === 'COMMUNE' && area.parentCode) return index.byCode.get(area.parentCode);
  return undefined;
}
