import { INDICATORS, type IndicatorCode, type ServiceLevel, type ServiceMode } from '@egov-vn/schema';
import { canonicalPhrase } from './canonical-text.js';

/** What a number is: a share ("80%"), a count ("18 lớp"), or a service level ("tối thiểu mức độ 3"). */
export type FigureKind = 'percent' | 'count' | 'level';

/**
 * What a figure counts, read from the noun right after it ("80% cán bộ" →
 * PEOPLE) or after "tỷ lệ" / "số" before it. Indicators accept only some
 * subjects, which keeps "100% CBCC được trang bị máy tính kết nối internet"
 * (people) from becoming a share of computers.
 */
export type SubjectClass =
  | 'PEOPLE'
  | 'AGENCIES'
  | 'COMPUTERS'
  | 'DOCUMENTS'
  | 'APPLICATIONS'
  | 'SERVICES'
  | 'HOUSEHOLDS'
  | 'SUBSCRIBERS'
  | 'COURSES';

/** The noun phrase after a figure. */
export type HeadReading =
  /** A known subject noun. */
  | { type: 'SUBJECT'; subject: SubjectClass; length: number }
  /** The figure is followed by a verb or a bare tier: its subject is elided ("95% đã kết nối internet", "80% cấp huyện"). */
  | { type: 'VERB' }
  /** Punctuation, the end, or a connector: the figure closes its phrase ("... đạt 100%."). */
  | { type: 'END' }
  /** A noun outside the vocabulary ("80% doanh nghiệp", "45 tuổi", "100% kế hoạch"). */
  | { type: 'FOREIGN' };

const w = (phrase: string): string => canonicalPhrase(phrase).replace(/ /g, '\\s+');
const words = (list: readonly string[]): string =>
  [...list]
    .map(w)
    .sort((a, b) => b.length - a.length)
    .join('|');

const PEOPLE_NOUNS = [
  'cán bộ', 'công chức', 'viên chức', 'cbcc', 'cbccvc', 'cb-cc-vc', 'cb, cc, vc', 'cb,cc,vc', 'cbcnvc', 'cbcnv', 'ccvc',
  'cb-cc', 'cb,cc', 'cb, cc', 'cb-cc-vc', 'cbcc-vc', 'cc,vc', 'cc, vc', 'cbvc', 'người', 'nhân viên', 'chuyên viên', 'lãnh đạo', 'học viên', 'lượt người', 'lượt cán bộ', 'lượt cbcc',
  'lượt học viên', 'đại biểu', 'cán bộ chuyên trách', 'cán bộ, công chức', 'cán bộ công chức',
];
const AGENCY_NOUNS = [
  'cơ quan', 'đơn vị', 'sở', 'sở, ban, ngành', 'sở, ngành', 'ban, ngành', 'ubnd', 'ủy ban', 'uỷ ban', 'xã', 'phường',
  'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'địa phương', 'phòng, ban', 'phòng ban', 'phòng', 'cơ quan nhà nước',
  'cơ quan hành chính', 'xã, phường, thị trấn', 'đơn vị hành chính', 'cqnn', 'trụ sở',
];
const COMPUTER_NOUNS = ['máy tính', 'máy vi tính', 'máy trạm', 'pc', 'máy tính cá nhân', 'máy'];
const DOCUMENT_NOUNS = ['văn bản', 'công văn', 'tài liệu', 'văn bản đi', 'văn bản đến', 'văn bản đi, đến', 'văn bản điện tử'];
const APPLICATION_NOUNS = ['hồ sơ', 'hồ sơ thủ tục hành chính', 'hồ sơ tthc'];
const SERVICE_NOUNS = ['dịch vụ', 'dịch vụ công', 'thủ tục', 'thủ tục hành chính', 'tthc', 'dvc', 'dvctt'];
const HOUSEHOLD_NOUNS = ['hộ', 'hộ dân', 'hộ gia đình', 'gia đình'];
const SUBSCRIBER_NOUNS = ['thuê bao'];
const COURSE_NOUNS = ['lớp', 'khóa', 'khoá', 'đợt', 'lớp học', 'khóa học', 'khoá học'];
// Nouns that look like a subject but are not in the vocabulary, checked first.
const FOREIGN_NOUNS = [
  'người dân', 'doanh nghiệp', 'dân số', 'học sinh', 'sinh viên', 'giáo viên', 'trường', 'bệnh viện', 'người dùng',
  'kế hoạch', 'chỉ tiêu', 'dự án', 'vốn', 'kinh phí', 'khối lượng công việc', 'diện tích', 'tổng số', 'số lượng',
  'máy chủ', 'máy in', 'máy fax', 'máy photo', 'điểm', 'hạng', 'tuổi',
  // A kind of dossier is a subset, not the share of all applications.
  'hồ sơ đăng ký', 'hồ sơ cấp', 'hồ sơ thuế', 'hồ sơ khai thuế', 'hồ sơ hải quan', 'hồ sơ đất đai', 'hồ sơ xây dựng',
  'hồ sơ hộ tịch', 'hồ sơ bảo hiểm', 'hồ sơ kê khai', 'hồ sơ doanh nghiệp', 'hồ sơ kinh doanh', 'năm', 'tháng', 'ngày',
];
// Quantifiers between the number and its noun: "100% các sở", "15% khối lượng văn bản", "18 bộ thủ tục".
const QUANTIFIERS = [
  'các', 'những', 'toàn bộ', 'tổng số', 'số', 'số lượng', 'khối lượng', 'lượng', 'tỷ lệ', 'tỉ lệ', 'bộ', 'cái', 'chiếc',
  'trong tổng số', 'trong số', 'số các',
];
const VERBS = [
  'được', 'đã', 'đang', 'có', 'đều', 'thường xuyên', 'sử dụng', 'biết', 'kết nối', 'triển khai', 'trang bị', 'ứng dụng',
  'tham gia', 'nộp', 'thực hiện', 'đạt', 'là', 'truy cập', 'cài đặt', 'dùng', 'không', 'chưa', 'vẫn', 'cũng',
];
// After these, the figure closes its phrase.
const CONNECTORS = [
  'và', 'so với', 'trong', 'của', 'năm', 'vào', 'trở lên', 'trên tổng', 'trên', 'với', 'tại', 'ở', 'hoặc', 'hay', 'theo',
  'tổng', 'trở xuống', 'cho', 'do', 'thì', 'nhưng', 'còn', 'lên', 'xuống', 'đến', 'tới', 'so',
];

const HEAD_CLASSES: ReadonlyArray<[SubjectClass, readonly string[]]> = [
  ['SUBSCRIBERS', SUBSCRIBER_NOUNS],
  ['HOUSEHOLDS', HOUSEHOLD_NOUNS],
  ['APPLICATIONS', APPLICATION_NOUNS],
  ['SERVICES', SERVICE_NOUNS],
  ['DOCUMENTS', DOCUMENT_NOUNS],
  ['COMPUTERS', COMPUTER_NOUNS],
  ['COURSES', COURSE_NOUNS],
  ['PEOPLE', PEOPLE_NOUNS],
  ['AGENCIES', AGENCY_NOUNS],
];

const END = '(?![\\p{L}\\p{N}])';
const QUANTIFIER_RE = new RegExp(`^\\s*(?:(?:${words(QUANTIFIERS)})${END}\\s*)*`, 'u');
const FOREIGN_RE = new RegExp(`^(?:${words(FOREIGN_NOUNS)})${END}`, 'u');
const VERB_RE = new RegExp(`^(?:${words(VERBS)})${END}`, 'u');
const TIER_RE = /^(?:ở\s+)?cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở)(?![\p{L}])/u;
const CONNECTOR_RE = new RegExp(`^(?:${words(CONNECTORS)})${END}`, 'u');
const CLASS_RES: ReadonlyArray<[SubjectClass, RegExp]> = HEAD_CLASSES.map(([cls, nouns]) => [
  cls,
  new RegExp(`^(?:${words(nouns)})${END}`, 'u'),
]);

/**
 * Reads the noun after a figure. `after` starts right after the figure
 * (after "%" and any "trở lên").
 *
 * @example
 * readHead(' cán bộ, công chức (CBCC) cấp tỉnh') // { type: 'SUBJECT', subject: 'PEOPLE', ... }
 * readHead(' (trừ máy tính cần bảo mật)')        // { type: 'END' }
 */
export function readHead(after: string): HeadReading {
  const trimmed = after.replace(/^\s+/u, '');
  if (trimmed.length === 0 || /^[.,;:!?()[\]"“”'’…\-–—/]/u.test(trimmed)) return { type: 'END' };
  const quant = QUANTIFIER_RE.exec(trimmed);
  const rest = quant ? trimmed.slice(quant[0].length) : trimmed;
  const skipped = quant ? quant[0].length : 0;
  if (rest.length === 0 || /^[.,;:!?()[\]"“”]/u.test(rest)) return skipped > 0 ? { type: 'FOREIGN' } : { type: 'END' };
  // "80% năm 2012", "12% (tháng 6/2020)": a date closes the phrase; "5 năm" is a duration, not a subject.
  if (skipped === 0 && /^(?:năm|tháng|quý|đến năm|vào năm|trong năm)\s+[\divx]/u.test(rest)) return { type: 'END' };
  if (FOREIGN_RE.test(rest)) return { type: 'FOREIGN' };
  for (const [subject, re] of CLASS_RES) {
    const m = re.exec(rest);
    if (m) return { type: 'SUBJECT', subject, length: after.length - trimmed.length + skipped + m[0].length };
  }
  if (skipped === 0 && (VERB_RE.test(rest) || TIER_RE.test(rest))) return { type: 'VERB' };
  if (skipped === 0 && CONNECTOR_RE.test(rest)) return { type: 'END' };
  return { type: 'FOREIGN' };
}

/**
 * The subject named after "tỷ lệ" / "số" in the phrase before a figure
 * ("tỷ lệ máy tính được kết nối internet đạt 100%" → COMPUTERS), or `null`.
 */
export function readSubjectBefore(before: string): SubjectClass | null {
  const re = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ|số lượng|tổng số|số)\s+/gu;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return null;
  const head = readHead(before.slice(last.index + last[0].length - 1));
  return head.type === 'SUBJECT' ? head.subject : null;
}

/** One way an indicator shows up in a text. */
interface CueRule {
  indicator: IndicatorCode;
  kind: FigureKind;
  /** Regular-expression source, on canonical lower-case text. */
  pattern: string;
  /** Subjects the figure may count; `null` subject (unknown) allowed when `allowUnknown`. */
  subjects: readonly SubjectClass[];
  allowUnknown: boolean;
  /** Must also occur in the sentence (context words like "internet" for households). */
  requires?: string;
  /** Indicators that this cue overrides when both match for one figure. */
  suppresses?: readonly IndicatorCode[];
  /** The serviceMode the cue names ("toàn trình" FULL, "một phần" PARTIAL). */
  serviceMode?: ServiceMode;
  /** Names the figure that follows it only ("mức độ 3 là 312 thủ tục"), never one before it. */
  backwardOnly?: boolean;
}

const MAY_TINH = '(?:máy\\s+(?:vi\\s+)?tính|máy\\s+trạm)';
const EMAIL = '(?:thư\\s+điện\\s+tử|e-?mail|hộp\\s+thư(?:\\s+điện\\s+tử)?)';
const IT = '(?:cntt|công\\s+nghệ\\s+thông\\s+tin|tin\\s+học|cntt-tt|cntt&tt|cntt\\s*&\\s*tt)';
const TRAINING = '(?:tập\\s+huấn|đào\\s+tạo|bồi\\s+dưỡng|huấn\\s+luyện)';
const SERVICE_WORD = '(?:dịch\\s+vụ\\s+công|dịch\\s+vụ|dvc|dvctt|thủ\\s+tục(?:\\s+hành\\s+chính)?|tthc)';
const INTERNET = '(?:internet|in-tơ-nét|mạng)';
// "dịch vụ công trực tuyến mức độ 3"; a comma or a number between them breaks the link.
const SERVICE_LEVEL = `${SERVICE_WORD}[^.,;\\n\\d]{0,60}?mức(?:\\s+độ)?\\s+([1-4])`;
// "trong đó mức độ 3 là 312 thủ tục": the level named before the figure (the services noun comes after it).
const SERVICE_LEVEL_FIRST = 'mức(?:\\s+độ)?\\s+([1-4])(?=\\s*(?:là|có|đạt|:|gồm)\\s+(?:khoảng\\s+|gần\\s+|hơn\\s+|trên\\s+)?\\d)';
// Mobile subscriptions (3G/4G, "di động") are outside the vocabulary.
const NOT_MOBILE = '(?!\\s*(?:di\\s+động|3g|4g|5g|qua\\s+mạng\\s+di\\s+động))';

/** Cue words from the shared vocabulary, as literal patterns (they stay the single source of naming). */
function vocabularyCues(code: IndicatorCode, suffix = ''): string[] {
  const def = INDICATORS.find((i) => i.code === code);
  return def ? def.cueWords.map((cue) => `${w(cue)}${suffix}`) : [];
}

const PERCENT_AGENCY = { kind: 'percent', subjects: ['AGENCIES'], allowUnknown: true } as const;
const PERCENT_PEOPLE = { kind: 'percent', subjects: ['PEOPLE'], allowUnknown: true } as const;

const RULE_SPECS: ReadonlyArray<Omit<CueRule, 'pattern'> & { patterns: readonly string[] }> = [
  {
    indicator: 'officials_with_computer_pct',
    ...PERCENT_PEOPLE,
    patterns: [
      ...vocabularyCues('officials_with_computer_pct'),
      `(?:được\\s+)?trang\\s+bị\\s+(?:đầy\\s+đủ\\s+)?${MAY_TINH}`,
      `(?:có|được\\s+cấp|sử\\s+dụng)\\s+${MAY_TINH}\\s+(?:riêng|để\\s+làm\\s+việc|làm\\s+việc|phục\\s+vụ\\s+công\\s+việc|phục\\s+vụ\\s+công\\s+tác)`,
      // "91,77% cán bộ công chức có máy tính;": having a computer, said of the officials and nothing more.
      `có\\s+${MAY_TINH}(?=\\s*(?:[;.]|$))`,
    ],
  },
  {
    indicator: 'officials_it_proficient_pct',
    ...PERCENT_PEOPLE,
    patterns: [
      `biết\\s+sử\\s+dụng(?:\\s+và\\s+sử\\s+dụng)?(?:\\s+thành\\s+thạo)?\\s+(?:${MAY_TINH}|${IT})`,
      `sử\\s+dụng\\s+thành\\s+thạo(?:\\s+(?:${MAY_TINH}|${IT}))?`,
      `sử\\s+dụng\\s+được\\s+${MAY_TINH}`,
      `thành\\s+thạo\\s+(?:${MAY_TINH}|${IT})`,
      `(?:có\\s+)?(?:kỹ\\s+năng|trình\\s+độ)\\s+(?:sử\\s+dụng\\s+)?(?:${MAY_TINH}|tin\\s+học)\\s+(?:cơ\\s+bản|văn\\s+phòng)`,
    ],
  },
  {
    indicator: 'computers_internet_pct',
    kind: 'percent',
    subjects: ['COMPUTERS'],
    allowUnknown: true,
    patterns: [
      ...vocabularyCues('computers_internet_pct'),
      `${MAY_TINH}\\s+(?:(?:đã\\s+)?được\\s+|đã\\s+|có\\s+)?(?:kết\\s+nối|nối\\s+mạng|truy\\s+cập)\\s+(?:(?:với\\s+)?mạng\\s+)?internet`,
    ],
  },
  {
    indicator: 'computers_internet_pct',
    kind: 'percent',
    subjects: ['COMPUTERS'],
    allowUnknown: false,
    patterns: [`(?:kết\\s+nối|nối\\s+mạng|truy\\s+cập)\\s+(?:(?:với\\s+)?mạng\\s+)?internet`],
  },
  {
    indicator: 'agencies_lan_pct',
    ...PERCENT_AGENCY,
    patterns: [...vocabularyCues('agencies_lan_pct'), 'mạng\\s+(?:lan|nội\\s+bộ|cục\\s+bộ)', 'hệ\\s+thống\\s+mạng\\s+(?:lan|nội\\s+bộ)'],
  },
  {
    indicator: 'agencies_broadband_pct',
    ...PERCENT_AGENCY,
    patterns: [
      ...vocabularyCues('agencies_broadband_pct'),
      `${INTERNET}\\s+(?:băng\\s+(?:thông\\s+)?rộng|tốc\\s+độ\\s+cao)`,
      'băng\\s+(?:thông\\s+)?rộng',
    ],
  },
  {
    indicator: 'agencies_email_system_pct',
    ...PERCENT_AGENCY,
    patterns: [
      ...vocabularyCues('agencies_email_system_pct'),
      `triển\\s+khai(?:\\s+(?:sử\\s+dụng|ứng\\s+dụng))?\\s+(?:hệ\\s+thống\\s+)?${EMAIL}`,
      `(?:sử\\s+dụng|ứng\\s+dụng)\\s+hệ\\s+thống\\s+${EMAIL}`,
      `hệ\\s+thống\\s+${EMAIL}(?:\\s+công\\s+vụ)?[^.;\\n\\d]{0,30}?(?:được\\s+)?(?:triển\\s+khai|kết\\s+nối)`,
    ],
  },
  {
    indicator: 'officials_email_account_pct',
    ...PERCENT_PEOPLE,
    patterns: [
      ...vocabularyCues('officials_email_account_pct'),
      `được\\s+(?:cấp|cung\\s+cấp|tạo|cấp\\s+phát)\\s+(?:địa\\s+chỉ\\s+|tài\\s+khoản\\s+|hộp\\s+)?${EMAIL}`,
      `có\\s+(?:địa\\s+chỉ\\s+|tài\\s+khoản\\s+|hộp\\s+)${EMAIL}`,
      `cấp\\s+(?:địa\\s+chỉ\\s+|tài\\s+khoản\\s+)?(?:${EMAIL}|hộp\\s+thư)(?:\\s+công\\s+vụ)?\\s+cho`,
    ],
  },
  {
    indicator: 'officials_email_regular_pct',
    ...PERCENT_PEOPLE,
    patterns: [
      `thường\\s+xuyên\\s+sử\\s+dụng\\s+(?:hệ\\s+thống\\s+)?${EMAIL}`,
      `sử\\s+dụng\\s+${EMAIL}(?:\\s+công\\s+vụ)?\\s+(?:thường\\s+xuyên|trong\\s+(?:công\\s+việc|công\\s+tác|xử\\s+lý\\s+công\\s+việc))`,
    ],
  },
  {
    indicator: 'officials_email_regular_pct',
    ...PERCENT_PEOPLE,
    // "tỷ lệ sử dụng thường xuyên trên 85%" names email only earlier in the sentence.
    patterns: ['sử\\s+dụng\\s+thường\\s+xuyên'],
    requires: EMAIL,
  },
  {
    indicator: 'documents_electronic_pct',
    kind: 'percent',
    subjects: ['DOCUMENTS'],
    allowUnknown: true,
    patterns: [
      ...vocabularyCues('documents_electronic_pct'),
      'văn\\s+bản\\s+điện\\s+tử',
      `(?:gửi,?\\s*nhận|trao\\s+đổi|luân\\s+chuyển)\\s+(?:văn\\s+bản\\s+)?(?:điện\\s+tử|qua\\s+mạng|trên\\s+môi\\s+trường\\s+mạng)`,
      `văn\\s+bản(?:\\s+đi,?\\s*đến|\\s+đi|\\s+đến)?\\s+(?:được\\s+)?(?:trao\\s+đổi|gửi,?\\s*nhận|gửi|luân\\s+chuyển|chuyển|phát\\s+hành|xử\\s+lý)\\s+(?:qua|trên|dưới)\\s+(?:môi\\s+trường\\s+)?(?:mạng|hệ\\s+thống|thư\\s+điện\\s+tử|dạng\\s+điện\\s+tử|phần\\s+mềm)`,
      'dưới\\s+dạng\\s+(?:văn\\s+bản\\s+)?điện\\s+tử',
    ],
  },
  {
    indicator: 'documents_electronic_pct',
    kind: 'percent',
    subjects: ['DOCUMENTS'],
    allowUnknown: false,
    patterns: [`(?:được\\s+)?(?:trao\\s+đổi|gửi,?\\s*nhận|luân\\s+chuyển)\\s+(?:qua|trên)\\s+(?:môi\\s+trường\\s+)?(?:mạng|${EMAIL}|hệ\\s+thống)`],
  },
  {
    indicator: 'documents_digitally_signed_pct',
    kind: 'percent',
    subjects: ['DOCUMENTS'],
    allowUnknown: true,
    patterns: [...vocabularyCues('documents_digitally_signed_pct'), 'được\\s+ký\\s+số', 'có\\s+(?:sử\\s+dụng\\s+)?chữ\\s+ký\\s+số', 'ký\\s+số'],
    suppresses: ['documents_electronic_pct', 'agencies_digital_signature_pct'],
  },
  {
    indicator: 'agencies_document_system_pct',
    ...PERCENT_AGENCY,
    patterns: [
      ...vocabularyCues('agencies_document_system_pct'),
      '(?:phần\\s+mềm|hệ\\s+thống)\\s+quản\\s+lý\\s+văn\\s+bản',
      'quản\\s+lý\\s+văn\\s+bản\\s+và\\s+điều\\s+hành',
      'văn\\s+phòng\\s+điện\\s+tử',
      '(?:e|i|vnpt-i)-?office',
    ],
  },
  {
    indicator: 'online_services_pct',
    kind: 'percent',
    subjects: ['SERVICES'],
    allowUnknown: true,
    patterns: [SERVICE_LEVEL],
  },
  {
    indicator: 'online_services_count',
    kind: 'count',
    subjects: ['SERVICES'],
    allowUnknown: false,
    patterns: [SERVICE_LEVEL],
  },
  {
    indicator: 'online_services_pct',
    kind: 'percent',
    subjects: ['SERVICES'],
    allowUnknown: false,
    patterns: [SERVICE_LEVEL_FIRST],
    backwardOnly: true,
  },
  {
    indicator: 'online_services_count',
    kind: 'count',
    subjects: ['SERVICES'],
    allowUnknown: false,
    patterns: [SERVICE_LEVEL_FIRST],
    backwardOnly: true,
  },
  {
    indicator: 'online_applications_pct',
    kind: 'percent',
    subjects: ['APPLICATIONS'],
    allowUnknown: true,
    patterns: [
      ...vocabularyCues('online_applications_pct'),
      'hồ\\s+sơ(?:\\s+thủ\\s+tục\\s+hành\\s+chính|\\s+tthc)?\\s+(?:được\\s+)?(?:nộp|tiếp\\s+nhận|gửi|xử\\s+lý|giải\\s+quyết)?\\s*(?:trực\\s+tuyến|qua\\s+mạng|qua\\s+(?:cổng\\s+)?dịch\\s+vụ\\s+công)',
    ],
  },
  {
    indicator: 'online_applications_pct',
    kind: 'percent',
    subjects: ['APPLICATIONS'],
    allowUnknown: false,
    patterns: ['(?:nộp|tiếp\\s+nhận|gửi|xử\\s+lý|giải\\s+quyết)\\s+(?:hồ\\s+sơ\\s+)?(?:trực\\s+tuyến|qua\\s+mạng)'],
  },
  {
    indicator: 'online_applications_count',
    kind: 'count',
    subjects: ['APPLICATIONS'],
    allowUnknown: false,
    patterns: [
      'hồ\\s+sơ(?:\\s+thủ\\s+tục\\s+hành\\s+chính|\\s+tthc)?\\s+(?:được\\s+)?(?:nộp|tiếp\\s+nhận|gửi|xử\\s+lý|giải\\s+quyết)?\\s*(?:trực\\s+tuyến|qua\\s+mạng|qua\\s+(?:cổng\\s+)?dịch\\s+vụ\\s+công)',
    ],
  },
  {
    indicator: 'online_services_mode_pct',
    kind: 'percent',
    subjects: ['SERVICES'],
    allowUnknown: true,
    serviceMode: 'FULL',
    patterns: [`${SERVICE_WORD}[^.;\\n\\d]{0,60}?(?:trực\\s+tuyến\\s+)?toàn\\s+trình`, `trực\\s+tuyến\\s+toàn\\s+trình`],
  },
  {
    indicator: 'online_services_mode_count',
    kind: 'count',
    subjects: ['SERVICES'],
    allowUnknown: false,
    serviceMode: 'FULL',
    patterns: [`${SERVICE_WORD}[^.;\\n\\d]{0,30}?(?:trực\\s+tuyến\\s+)?toàn\\s+trình`],
  },
  {
    indicator: 'online_services_mode_pct',
    kind: 'percent',
    subjects: ['SERVICES'],
    allowUnknown: true,
    serviceMode: 'PARTIAL',
    patterns: [`${SERVICE_WORD}[^.;\\n\\d]{0,60}?trực\\s+tuyến\\s+một\\s+phần`],
  },
  {
    indicator: 'online_services_mode_count',
    kind: 'count',
    subjects: ['SERVICES'],
    allowUnknown: false,
    serviceMode: 'PARTIAL',
    patterns: [`${SERVICE_WORD}[^.;\\n\\d]{0,30}?trực\\s+tuyến\\s+một\\s+phần`],
  },
  {
    // "kết nối mạng chuyên dùng đến 100% đơn vị": the government's special-use data network.
    indicator: 'special_network_agencies_pct',
    ...PERCENT_AGENCY,
    patterns: [...vocabularyCues('special_network_agencies_pct'), 'mạng\\s+(?:truyền\\s+số\\s+liệu\\s+)?chuyên\\s+dùng'],
  },
  {
    indicator: 'wan_agencies_pct',
    ...PERCENT_AGENCY,
    patterns: [...vocabularyCues('wan_agencies_pct').filter((p) => p !== 'wan'), 'mạng\\s+wan(?![\\p{L}])'],
  },
  {
    indicator: 'agencies_website_pct',
    kind: 'percent',
    subjects: ['AGENCIES'],
    allowUnknown: false,
    patterns: [...vocabularyCues('agencies_website_pct'), 'website', 'trang\\s+web', 'cổng\\s+thông\\s+tin'],
  },
  {
    indicator: 'agencies_digital_signature_pct',
    kind: 'percent',
    subjects: ['AGENCIES'],
    allowUnknown: false,
    patterns: [...vocabularyCues('agencies_digital_signature_pct'), 'chứng\\s+thư\\s+(?:chữ\\s+ký\\s+)?số'],
  },
  {
    indicator: 'online_services_min_level',
    kind: 'level',
    subjects: ['SERVICES'],
    allowUnknown: true,
    patterns: ['(?:tối\\s+thiểu|ít\\s+nhất)\\s+(?:(?:ở|là|đạt|tại)\\s+)?mức(?:\\s+độ)?'],
  },
  {
    indicator: 'it_staff_count',
    kind: 'count',
    subjects: ['PEOPLE'],
    allowUnknown: false,
    // The definition asks for an IT degree: "chuyên ngành CNTT", "trình độ đại học CNTT".
    patterns: [
      `(?:chuyên\\s+ngành|trình\\s+độ|bằng)[^.;\\n]{0,50}?${IT}`,
      `chuyên\\s+trách\\s+(?:về\\s+)?${IT}[^.;\\n\\d]{0,30}?(?:trình\\s+độ|bằng)\\s+(?:cao\\s+đẳng|đại\\s+học|thạc\\s+sĩ|tiến\\s+sĩ|trên\\s+đại\\s+học)`,
    ],
  },
  {
    indicator: 'it_training_courses',
    kind: 'count',
    subjects: ['COURSES'],
    allowUnknown: false,
    patterns: [
      `${TRAINING}[^.;\\n]{0,40}?${IT}`,
      `${IT}[^.;\\n]{0,20}?${TRAINING}`,
      `(?:lớp|khóa|khoá)(?:\\s+(?:học|bồi\\s+dưỡng|đào\\s+tạo|tập\\s+huấn))?\\s+(?:về\\s+)?(?:kiến\\s+thức\\s+|kỹ\\s+năng\\s+)?${IT}`,
      ...vocabularyCues('it_training_courses'),
    ],
  },
  {
    indicator: 'it_trainees',
    kind: 'count',
    subjects: ['PEOPLE'],
    allowUnknown: true,
    // The people a training (or a class: "mở 6 lớp tin học ... cho 240 học viên") was for.
    patterns: [TRAINING, '(?:lớp|khóa\\s+học|khoá\\s+học)[^.;\\n\\d]{0,40}?\\s+cho'],
    requires: IT,
  },
  {
    indicator: 'internet_subscribers',
    kind: 'count',
    subjects: ['SUBSCRIBERS'],
    allowUnknown: true,
    patterns: [...vocabularyCues('internet_subscribers', NOT_MOBILE), `thuê\\s+bao\\s+(?:truy\\s+nhập\\s+)?internet${NOT_MOBILE}`],
  },
  {
    indicator: 'broadband_subscribers',
    kind: 'count',
    subjects: ['SUBSCRIBERS'],
    allowUnknown: true,
    patterns: [
      ...vocabularyCues('broadband_subscribers', NOT_MOBILE),
      `thuê\\s+bao\\s+(?:internet\\s+)?(?:tốc\\s+độ\\s+cao|băng\\s+(?:thông\\s+)?rộng(?:\\s+cố\\s+định)?|adsl|xdsl)${NOT_MOBILE}`,
    ],
    suppresses: ['internet_subscribers'],
  },
  {
    indicator: 'ftth_subscribers',
    kind: 'count',
    subjects: ['SUBSCRIBERS'],
    allowUnknown: true,
    patterns: [...vocabularyCues('ftth_subscribers', NOT_MOBILE), 'thuê\\s+bao\\s+(?:internet\\s+)?(?:ftth|cáp\\s+quang)'],
    suppresses: ['internet_subscribers', 'broadband_subscribers'],
  },
  {
    indicator: 'mobile_subscribers',
    kind: 'count',
    subjects: ['SUBSCRIBERS'],
    allowUnknown: true,
    patterns: ['thuê\\s+bao\\s+(?:điện\\s+thoại\\s+)?di\\s+động'],
  },
  {
    indicator: 'telephone_subscribers',
    kind: 'count',
    subjects: ['SUBSCRIBERS'],
    allowUnknown: true,
    // All telephone subscriptions (fixed and mobile); "thuê bao điện thoại di động" is mobile only.
    patterns: ['thuê\\s+bao\\s+điện\\s+thoại(?!\\s+(?:di\\s+động|cố\\s+định))'],
  },
  {
    indicator: 'households_internet_pct',
    kind: 'percent',
    subjects: ['HOUSEHOLDS'],
    allowUnknown: true,
    patterns: [...vocabularyCues('households_internet_pct'), 'tỷ\\s+lệ\\s+hộ(?:\\s+gia\\s+đình)?'],
    requires: '(?:internet|thuê\\s+bao|băng\\s+rộng|kết\\s+nối\\s+mạng)',
  },
  {
    indicator: 'households_internet_pct',
    kind: 'percent',
    subjects: ['HOUSEHOLDS'],
    allowUnknown: false,
    patterns: ['(?:có|được|sử\\s+dụng|kết\\s+nối|đăng\\s+ký)\\s+(?:kết\\s+nối\\s+|dịch\\s+vụ\\s+|thuê\\s+bao\\s+)?internet'],
  },
];

/** A cue found in the text. */
export interface CueMatch {
  start: number;
  end: number;
  rule: CueRule;
  /** Service level read from "mức độ N", for the serviceLevel dimension. */
  serviceLevel?: ServiceLevel;
}

const COMPILED: ReadonlyArray<{ rule: CueRule; re: RegExp; requires: RegExp | null }> = RULE_SPECS.flatMap((spec) =>
  spec.patterns.map((pattern) => {
    const rule: CueRule = { ...spec, pattern };
    return {
      rule,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}])`, 'gu'),
      requires: spec.requires ? new RegExp(`(?<![\\p{L}])${spec.requires}(?![\\p{L}])`, 'u') : null,
    };
  }),
);

/**
 * Every cue of the text, sorted by position. A cue strictly inside a longer
 * cue of another indicator is dropped ("thuê bao internet" inside "thuê bao
 * internet tốc độ cao").
 */
export function findCues(lower: string): CueMatch[] {
  const all: CueMatch[] = [];
  for (const { rule, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const level = m[1];
      const cue: CueMatch = { start, end, rule };
      if (level === '1' || level === '2' || level === '3' || level === '4') {
        // "mức độ 3, 4" / "mức độ 3 và 4" / "mức độ 3 trở lên" name several levels: no single dimension value.
        const tail = lower.slice(end, end + 16);
        if (/^\s*(?:,|và|-|–|hoặc|\/)\s*[1-4](?!\d)|^\s*trở\s+lên/u.test(tail)) continue;
        cue.serviceLevel = level;
      }
      all.push(cue);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const competes = (a: CueRule, b: CueRule): boolean =>
    a.indicator !== b.indicator && a.kind === b.kind && a.subjects.some((s) => b.subjects.includes(s));
  // A cue that contains another starts at or before it, so it sorts before it and is at most the
  // longest cue away: look back that far only (a pass over all cues per cue was quadratic).
  const longest = all.reduce((n, c) => Math.max(n, c.end - c.start), 0);
  return all.filter((c, i) => {
    for (let j = i - 1; j >= 0; j -= 1) {
      const o = all[j];
      if (!o || o.start < c.start - longest) break;
      if (competes(o.rule, c.rule) && o.end >= c.end && o.end - o.start > c.end - c.start) return false;
    }
    return true;
  });
}

/** True when the rule's context words occur in the sentence. */
export function requirementMet(cue: CueMatch, sentence: string): boolean {
  const compiled = COMPILED.find((c) => c.rule === cue.rule);
  return !compiled?.requires || compiled.requires.test(sentence);
}

/** True when a cue may describe a figure of this kind and subject. */
export function cueFits(cue: CueMatch, kind: FigureKind, subject: SubjectClass | null): boolean {
  if (cue.rule.kind !== kind) return false;
  const needsLevel = cue.rule.indicator === 'online_services_pct' || cue.rule.indicator === 'online_services_count';
  if (needsLevel && cue.serviceLevel === undefined) return false;
  if (subject === null) return cue.rule.allowUnknown;
  return cue.rule.subjects.includes(subject);
}

/**
 * Drops indicators that a more specific cue of the same figure overrides
 * ("90% văn bản trao đổi dưới dạng điện tử được ký số" is a share of signed
 * documents, not of electronic ones).
 */
export function applySuppression(cues: readonly CueMatch[]): CueMatch[] {
  const suppressed = new Set<IndicatorCode>();
  for (const c of cues) for (const s of c.rule.suppresses ?? []) suppressed.add(s);
  return cues.filter((c) => !suppressed.has(c.rule.indicator));
}

/** Indicator codes the matcher can produce (for tests and documentation). */
export const MATCHABLE_INDICATORS: readonly IndicatorCode[] = [...new Set(RULE_SPECS.map((r) => r.indicator))];
