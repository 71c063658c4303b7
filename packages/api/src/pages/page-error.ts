/**
 * A request the pages cannot answer: rendered as a styled message (HTML), or
 * as plain text for images and CSV, with its status; never a blank frame.
 * `subject` names what was wrong (a parameter or the thing looked up).
 */
export class PageError extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    readonly code: string,
    readonly subject: string,
    /** What the reader can do instead, in both languages (e.g. the years that have data). */
    readonly hint?: { vi: string; en: string },
  ) {
    super(`${code}: ${subject}`);
  }
}

/** Human explanations of each code, in both languages. */
export const PAGE_ERROR_TEXT: Record<string, { vi: (s: string) => string; en: (s: string) => string }> = {
  NOT_FOUND: { vi: (s) => `Không có ${s} này.`, en: (s) => `There is no such ${s}.` },
  BAD_AS_OF: {
    vi: () => 'Tham số asOf phải là một thời điểm như 2025-03-01T08:00:00Z hoặc một ngày như 2025-03-01.',
    en: () => 'The asOf parameter must be a moment such as 2025-03-01T08:00:00Z or a date such as 2025-03-01.',
  },
  AS_OF_IN_FUTURE: {
    vi: () => 'Tham số asOf nằm trong tương lai: chưa thể ghim số liệu của thời điểm đó.',
    en: () => 'The asOf moment is in the future: data of that moment cannot be pinned yet.',
  },
  BAD_PARAMETER: { vi: (s) => `Tham số không hợp lệ: ${s}.`, en: (s) => `Invalid parameter: ${s}.` },
  TOO_MANY_AREAS: { vi: (s) => `Quá nhiều địa bàn (tối đa ${s}).`, en: (s) => `Too many areas (at most ${s}).` },
  NO_DATA: { vi: (s) => `Không có số liệu cho ${s}.`, en: (s) => `There is no data for ${s}.` },
  INCOMPARABLE_VALUES: {
    vi: (s) => `${s} có số liệu cho hai nhóm địa bàn khác nhau (63 tỉnh trước 1/7/2025 và 34 tỉnh từ 1/7/2025), không thể xếp chung.`,
    en: (s) => `${s} has figures for two different sets of units (the 63 provinces before 1 July 2025 and the 34 since), which are never ranked together.`,
  },
};
