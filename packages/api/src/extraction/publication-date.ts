/**
 * The publication date of an article, read from a date line near its top:
 * "28/11/2012 00:00", "14/07/2012 10:45 GMT+7", "Thứ sáu, 30/05/2014 09:27",
 * "Cập nhật: 10:45 | 14-07-2012", "Ngày đăng: 28.11.2012", "Ngày 28 tháng 11 năm 2012".
 *
 * Only a line that is nothing but a date (with weekday, time, time zone and a
 * label) counts: a date inside a sentence ("Ngày 4/10/2011, UBND tỉnh ban
 * hành ...") is an event, not the publication date.
 */
export interface PublicationDate {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Index of the line (0-based, counting every line of the text). */
  line: number;
}

/** How far down the article a date line may be. */
const MAX_LINES = 15;
const MAX_CHARS = 1500;

const WEEKDAY = '(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật|cn|t[2-7])';
const LABEL =
  '(?:ngày\\s*đăng|đăng\\s*ngày|đăng\\s*lúc|đăng\\s*tải|ngày\\s*cập\\s*nhật|cập\\s*nhật(?:\\s*lúc|\\s*ngày)?|thời\\s*gian(?:\\s*đăng)?|xuất\\s*bản|ngày|published|posted|updated|date)';
const TIME = '(?:\\d{1,2}\\s*[:h]\\s*\\d{2}(?:\\s*:\\s*\\d{2})?(?:\\s*(?:am|pm|sa|ch))?)';
const ZONE = '(?:\\(?\\s*(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?)';
const NUMERIC_DATE = '(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})';
const WORDY_DATE = '(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,\\s*)?năm\\s+(\\d{4})';
const ISO_DATE = '(\\d{4})-(\\d{2})-(\\d{2})';
const SEP = '[\\s,|\\-–—:()\\[\\]]*';
// Label, weekday, time and zone come in any order around the date: "Cập nhật lúc 09:12, Thứ Hai, 10/12/2012 (GMT+7)".
const EXTRA = `(?:(?:${LABEL}|${WEEKDAY}|${TIME}|${ZONE})${SEP})*`;

function lineRegex(datePattern: string): RegExp {
  return new RegExp(`^${SEP}${EXTRA}(?:ngày\\s+)?${datePattern}${SEP}${EXTRA}$`, 'u');
}

const NUMERIC_LINE = lineRegex(NUMERIC_DATE);
const WORDY_LINE = lineRegex(WORDY_DATE);
const ISO_LINE = lineRegex(ISO_DATE);

/**
 * Finds the publication date in the first lines of `lower` (canonical lower-case text).
 *
 * @example
 * findPublicationDate('tiêu đề\n\nthứ sáu, 30/05/2014 09:27\n...')
 * // { date: '2014-05-30', line: 2 }
 */
export function findPublicationDate(lower: string): PublicationDate | null {
  const head = lower.slice(0, MAX_CHARS);
  const lines = head.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_LINES; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) continue;
    seen += 1;
    if (line.length > 80) continue;
    const parsed = parseDateLine(line);
    if (parsed) return { date: parsed, line: i };
  }
  return null;
}

/** Parses one whole line as a date line; `null` when the line is anything else. */
export function parseDateLine(text: string): string | null {
  const line = text.trim().toLowerCase();
  const numeric = NUMERIC_LINE.exec(line);
  if (numeric) return isoDate(numeric[3], numeric[2], numeric[1]);
  const wordy = WORDY_LINE.exec(line);
  if (wordy) return isoDate(wordy[3], wordy[2], wordy[1]);
  const iso = ISO_LINE.exec(line);
  if (iso) return isoDate(iso[1], iso[2], iso[3]);
  return null;
}

/**
 * Validates a calendar date and formats it as YYYY-MM-DD; `null` for
 * impossible dates (31/02) and years outside 1990-2100.
 */
export function isoDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
