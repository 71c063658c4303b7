import type { Span } from './sentence-splitter.js';

/**
 * Spans of the canonical lower-case text whose digits are not indicator
 * figures: dates, times, document numbers, standards, phone numbers, ages,
 * ordinals, money, years and page furniture. A number inside one of these
 * spans never becomes an observation.
 *
 * Listed as patterns rather than per-document exceptions so that unseen
 * articles get the same treatment.
 */
const L = '\\p{L}';
const NOT_WORD_BEFORE = `(?<![${L}\\p{N}])`;
// A number pattern may start only where a number starts: tried at every digit of a long digit run, a
// pattern like "\d+ giờ" rescans the run each time (quadratic; 10 KB of digits took seconds).
const NUMBER_START = '(?<!\\d)(?<!\\d[.,])';

const NOISE_PATTERNS: readonly RegExp[] = [
  // Dates: 28/11/2012, 3/4/2014, 4-10-2011, 2012-11-28, "ngày 4 tháng 10 năm 2011", "tháng 10/2011", "ngày 27/7".
  new RegExp(`${NUMBER_START}\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}`, 'gu'),
  new RegExp(`${NUMBER_START}\\d{4}-\\d{2}-\\d{2}`, 'gu'),
  new RegExp(`${NOT_WORD_BEFORE}(?:ngày|hôm)\\s+\\d{1,2}(?:\\s*(?:/|-|tháng)\\s*\\d{1,2})?(?:\\s*(?:/|-|năm)\\s*\\d{2,4})?`, 'gu'),
  new RegExp(`${NOT_WORD_BEFORE}tháng\\s+\\d{1,2}(?:\\s*(?:/|năm)\\s*\\d{4})?`, 'gu'),
  new RegExp(`${NOT_WORD_BEFORE}quý\\s+(?:[ivx]+|\\d)(?:\\s*/\\s*\\d{4})?`, 'gu'),
  // Times: 10:45, 09:27:05, "10 giờ 30", "60 giây".
  /(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d,]|\.\d)/gu,
  // Durations: "10 tháng năm 2021", "6 tháng đầu năm", "3 năm qua".
  new RegExp(`(?<![\\d.,])\\d{1,2}\\s+(?:tháng|năm|quý|tuần|ngày)(?:\\s+(?:đầu|cuối|qua|gần đây|liên tiếp))?(?![${L}])`, 'gu'),
  new RegExp(`${NUMBER_START}\\d+\\s*(?:giờ|phút|giây|tiếng)(?![${L}])`, 'gu'),
  /gmt\s*[+-]\s*\d{1,2}/gu,
  // Document numbers: "số 2543/QĐ-UBND", "Nghị quyết số 13", "Quyết định 1605/QĐ-TTg", "64/2007/NĐ-CP".
  new RegExp(`${NOT_WORD_BEFORE}(?:số hiệu|mã số|mã|số ký hiệu)\\s*:?\\s*\\d[\\d/.\\-]*`, 'gu'),
  new RegExp(`${NUMBER_START}\\d+(?:\\s*/\\s*\\d{4})?\\s*/\\s*[${L}][${L}\\d\\-&]*`, 'gu'),
  new RegExp(
    `${NOT_WORD_BEFORE}(?:nghị định|quyết định|nghị quyết|chỉ thị|thông tư|công văn|kế hoạch|luật|tờ trình|thông báo|quy định|đề án|chương trình|văn bản|hướng dẫn|điều|khoản|điểm|chương|mục|phụ lục|bước|phần)\\s+(?:số\\s*)?\\d[\\d/.\\-]*`,
    'gu',
  ),
  // Standards: "ISO 9001: 2008", "ISO 9001:2015", "TCVN ISO 9001:2008", "ISO/IEC 27001".
  new RegExp(`${NOT_WORD_BEFORE}(?:iso|tcvn|iec)(?:\\s*/\\s*iec)?\\s*\\d+(?:\\s*:\\s*\\d{4})?`, 'gu'),
  // Phone numbers: "ĐT: 0290 3831 234", "0290.3831234", hotline.
  new RegExp(`${NOT_WORD_BEFORE}(?:điện thoại|đt|tel|fax|hotline|đường dây nóng|sđt)\\s*[:.]?\\s*[\\d\\s.()+-]{6,}`, 'gu'),
  /(?<![\d.,])0\d{2,3}[\s.]?\d{3,4}[\s.]?\d{3,4}(?![\d.,])/gu,
  // Ages and generations: "45 tuổi", "tuổi 45", "thế hệ 4".
  new RegExp(`${NUMBER_START}\\d+\\s*tuổi(?![${L}])|${NOT_WORD_BEFORE}tuổi\\s+\\d+|${NOT_WORD_BEFORE}thế hệ\\s+\\d+`, 'gu'),
  // Ordinals and numbering: "lần thứ 4", "khóa 5", "kỳ họp thứ 3", "top 10", "thứ 5/63".
  new RegExp(`${NOT_WORD_BEFORE}(?:lần|khóa|khoá|kỳ|kì|đợt|top|hạng|thứ|lớp thứ|số thứ tự|stt)\\s+(?:thứ\\s+)?\\d+(?:\\s*/\\s*\\d+)?`, 'gu'),
  // Versions and generations of technology: "4.0", "2.0", "phiên bản 3".
  new RegExp(`${NOT_WORD_BEFORE}(?:phiên bản|version|ver|v)\\s*\\d[\\d.]*`, 'gu'),
  /(?<![\d.,])\d\.0(?![\d.,])/gu,
  // Averages per unit: "bình quân mỗi cơ quan có 3 cán bộ", "trung bình 2 máy/người".
  new RegExp(`${NOT_WORD_BEFORE}(?:(?:bình quân|trung bình)\\s+)?mỗi\\s+[^.;\\d\\n]{1,30}?\\d[\\d.,]*`, 'gu'),
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:máy|người|cán bộ)\\s*\\/\\s*(?:người|cán bộ|cơ quan|đơn vị|máy)`, 'gu'),
  // Densities per N people or households: "bình quân 100 hộ dân sử dụng 311,9 thuê bao", "cứ 100 dân có 5 máy",
  // "3,9 thuê bao điện thoại/100 hộ dân". A density is no count of the area.
  new RegExp(`${NOT_WORD_BEFORE}(?:bình quân|trung bình|cứ)\\s+\\d[\\d.,]*\\s+(?:hộ|người|dân|nhân khẩu)[^.;\\d\\n]{0,40}?\\d[\\d.,]*`, 'gu'),
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:[${L}]+\\s*){0,4}\\/\\s*\\d+\\s*(?:hộ|người|dân|nhân khẩu)(?![${L}])`, 'gu'),
  // Money: "15 tỷ đồng", "200 triệu", "3.000 USD".
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:(?:nghìn|ngàn|triệu|tỷ)\\s*)?(?:đồng|vnđ|vnd|usd|đô la|euro)(?![${L}])`, 'gu'),
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:triệu|tỷ)(?!\\s*(?:lệ|thuê bao|người|hộ|lượt|văn bản|hồ sơ|máy|tài khoản))(?=\\s*(?:$|[.,;)]|cho|từ|để|trong|vốn|kinh phí))`, 'gu'),
  new RegExp(`${NOT_WORD_BEFORE}(?:kinh phí|vốn|tổng vốn|tổng mức đầu tư|ngân sách|giá trị|doanh thu|chi phí)\\s*(?:là|khoảng|trên|hơn|gần|:)?\\s*\\d[\\d.,]*`, 'gu'),
  // Sizes, distances, speeds and other measures outside the vocabulary.
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:km|m2|m²|ha|kg|tấn|mbps|gbps|kbps|mb|gb|tb|mhz|ghz|kw|mw|inch)(?![${L}])`, 'gu'),
  // Phrases with "phần trăm điểm" style deltas or scores: "điểm" after a number is a score, not a share.
  new RegExp(`${NUMBER_START}\\d[\\d.,]*\\s*(?:điểm|bậc|hạng)(?![${L}])`, 'gu'),
];

/**
 * Page furniture and polls: a short line about visitors, votes, comments or
 * navigation. Checked per line so a poll option like "1180 phiếu (88 %)" and a
 * counter like "Tổng lượt truy cập: 20100646" never reach the matcher.
 */
const FURNITURE_WORDS = [
  'phiếu',
  'bình chọn',
  'thăm dò',
  'lượt truy cập',
  'đang truy cập',
  'thống kê truy cập',
  'lượt xem',
  'lượt đọc',
  'lượt thích',
  'người trực tuyến',
  'đang trực tuyến',
  'đang online',
  'go top',
  'xem thêm',
  'xem chi tiết',
  'đọc tiếp',
  'trang chủ',
  'bản quyền',
  'copyright',
];
// Counter labels that are ordinary words elsewhere count only when a number follows ("Khách 38").
const COUNTER_LABELS = ['khách', 'thành viên', 'hôm nay', 'hôm qua', 'tuần này', 'tháng này', 'tổng', 'bình luận', 'online'];
const FURNITURE_LINE = new RegExp(
  [
    ...FURNITURE_WORDS.map((w) => `(?<![${L}])${w}(?![${L}])`),
    ...COUNTER_LABELS.map((w) => `^(?:[^${L}\\d]*)${w}(?:\\s+${w})?\\s*[:(]?\\s*\\d[\\d.,]*\\)?\\s*$`),
  ].join('|'),
  'u',
);

/** True when a line is page furniture (poll, counter, navigation) rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  if (trimmed.length > 160) return false;
  return FURNITURE_LINE.test(trimmed);
}

/**
 * Noise spans in a canonical lower-case text.
 *
 * @example
 * findNoiseSpans('quyết định số 2543/qđ-ubnd ngày 4/10/2011') // covers both numbers
 */
export function findNoiseSpans(lower: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of NOISE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of lower.matchAll(pattern)) {
      const start = m.index ?? 0;
      spans.push({ start, end: start + m[0].length });
    }
  }
  let lineStart = 0;
  while (lineStart <= lower.length) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = lower.length;
    if (isFurnitureLine(lower.slice(lineStart, lineEnd))) spans.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  return mergeSpans(spans);
}

/** True when [start, end) overlaps one of the (sorted, merged) spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
