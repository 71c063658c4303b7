import type { GovLevel } from '@egov-vn/schema';

/**
 * Which tier of government a figure counts, read from its subject phrase
 * ("70% CBCC cấp huyện" → DISTRICT). A subject that names one tier gets that
 * tier; a subject that names several ("các sở, ban, ngành cấp tỉnh và UBND các
 * huyện"), a range ("từ tỉnh đến cơ sở"), generic agencies next to a tier
 * ("các cơ quan, đơn vị, xã, thị trấn"), or no tier at all gets `ALL`.
 *
 * Back-references to the area ("toàn huyện", "của tỉnh") are not tiers.
 */
const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const EXPLICIT: ReadonlyArray<[GovLevel, RegExp]> = [
  ['PROVINCE', new RegExp(`${B}(?:cấp tỉnh|cấp thành phố trực thuộc trung ương)${E}`, 'u')],
  ['DISTRICT', new RegExp(`${B}cấp huyện${E}`, 'u')],
  ['COMMUNE', new RegExp(`${B}(?:cấp xã|cấp cơ sở)${E}`, 'u')],
];

const LISTED: ReadonlyArray<[GovLevel, RegExp]> = [
  ['PROVINCE', new RegExp(`${B}(?:(?:các )?sở,? (?:ban,? )?ngành|các sở|sở, ban|ubnd tỉnh|văn phòng ubnd tỉnh)${E}`, 'u')],
  [
    'DISTRICT',
    new RegExp(
      `${B}(?:(?:ubnd |uỷ ban nhân dân |ủy ban nhân dân )?các huyện|ubnd huyện|(?:quận|huyện),? (?:thị xã|thành phố|quận|huyện|thị)|phòng,? ban (?:chuyên môn )?(?:cấp huyện|thuộc ubnd huyện))${E}`,
      'u',
    ),
  ],
  [
    'COMMUNE',
    new RegExp(`${B}(?:(?:ubnd )?các xã|ubnd xã|xã,? (?:phường|thị trấn)|phường,? (?:xã|thị trấn)|(?:các )?thị trấn)${E}`, 'u'),
  ],
];

// The subject's own head noun names a tier: "100% xã", "100% số huyện", "100% các sở".
const HEAD_TIER: ReadonlyArray<[GovLevel, RegExp]> = [
  ['COMMUNE', /^\s*(?:(?:số|các|toàn bộ)\s+)?(?:ubnd\s+)?(?:xã|phường|thị trấn)(?![\p{L}])/u],
  ['DISTRICT', /^\s*(?:(?:số|các|toàn bộ)\s+)?(?:ubnd\s+)?(?:huyện|quận|thị xã)(?![\p{L}])/u],
  ['PROVINCE', /^\s*(?:(?:số|các|toàn bộ)\s+)?(?:sở|ban,\s*ngành)(?![\p{L}])/u],
];

const GENERIC = new RegExp(`${B}(?:cơ quan|đơn vị)${E}`, 'u');
const RANGE = new RegExp(`${B}(?:từ (?:cấp )?tỉnh (?:đến|tới|xuống) (?:cấp )?(?:huyện|xã|cơ sở)|các cấp|từ (?:cấp )?huyện (?:đến|tới|xuống) (?:cấp )?(?:xã|cơ sở))${E}`, 'u');

/**
 * @example
 * readGovLevel('cán bộ, công chức (cbcc) cấp tỉnh, ') // 'PROVINCE'
 * readGovLevel('các sở, ngành, huyện, thành phố')   // 'ALL'
 */
export function readGovLevel(subject: string): GovLevel {
  if (RANGE.test(subject)) return 'ALL';
  const explicit = new Set<GovLevel>();
  for (const [level, re] of EXPLICIT) if (re.test(subject)) explicit.add(level);
  const listed = new Set<GovLevel>();
  for (const [level, re] of LISTED) if (re.test(subject)) listed.add(level);
  for (const [level, re] of HEAD_TIER) if (re.test(subject)) listed.add(level);
  const all = new Set<GovLevel>([...explicit, ...listed]);
  if (all.size !== 1) return 'ALL';
  // "các cơ quan, đơn vị, xã, thị trấn": generic agencies beside a listed tier mix tiers.
  if (explicit.size === 0 && GENERIC.test(subject)) return 'ALL';
  const [only] = all;
  return only ?? 'ALL';
}

const TIER_WORD: ReadonlyArray<[GovLevel, RegExp]> = [
  ['PROVINCE', /^(?:tỉnh|sở)$/u],
  ['DISTRICT', /^(?:huyện|quận|thị xã|thành phố)$/u],
  ['COMMUNE', /^(?:xã|phường|thị trấn)$/u],
];
const TIER = '(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)';
// "cấp tỉnh, huyện, thành phố", "cấp tỉnh và cấp huyện": tiers enumerated after "cấp".
const TIER_LIST = new RegExp(`${B}cấp ${TIER}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:cấp\\s+)?${TIER}${E})+`, 'u');
// "từ cấp huyện trở lên": the district tier and the province above it.
const DISTRICT_AND_ABOVE = new RegExp(`${B}(?:từ\\s+)?cấp huyện trở lên${E}`, 'u');

/**
 * The tiers a subject names one by one, each its own figure (corpus convention: "100% cơ quan nhà nước từ cấp
 * huyện trở lên" → PROVINCE and DISTRICT; "100% đơn vị cấp tỉnh, huyện, thành phố" → PROVINCE and DISTRICT);
 * otherwise the one tier of `readGovLevel`.
 *
 * @example
 * readGovLevels('cơ quan nhà nước từ cấp huyện trở lên') // ['PROVINCE', 'DISTRICT']
 */
export function readGovLevels(subject: string): GovLevel[] {
  if (RANGE.test(subject)) return ['ALL'];
  if (DISTRICT_AND_ABOVE.test(subject)) return ['PROVINCE', 'DISTRICT'];
  const list = TIER_LIST.exec(subject);
  if (!list) return [readGovLevel(subject)];
  const tiers = new Set<GovLevel>();
  for (const word of list[0].replace(/^cấp\s+/u, '').split(/\s*,\s*|\s+và\s+/u)) {
    const tier = TIER_WORD.find(([, re]) => re.test(word.replace(/^cấp\s+/u, '').trim()))?.[0];
    if (tier) tiers.add(tier);
  }
  // Tiers listed beside the enumeration ("từ cấp quận, huyện, thành phố, Sở, Ban, ngành").
  for (const [level, re] of LISTED) if (re.test(subject)) tiers.add(level);
  const order: GovLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
  return tiers.size >= 2 ? order.filter((t) => tiers.has(t)) : [readGovLevel(subject)];
}
