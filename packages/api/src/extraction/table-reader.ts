import { parseVietnameseNumber } from './vietnamese-number.parser.js';
import type { Span } from './sentence-splitter.js';
import { MAX_YEAR, MIN_YEAR } from './period-resolver.js';

/**
 * Statistical tables flattened into text, as yearbooks and reports print them:
 *
 * ```
 * Chỉ tiêu            2015    2016    2017          (years across)
 * Số thuê bao internet 1.200  1.500   1.800
 * ```
 * or one row per line, with the label on the line above:
 * ```
 * Số thuê bao internet (thuê bao)
 * Năm 2015: 1.200
 * 2016    1.500
 * ```
 * Cells are separated by tabs, "|", or runs of spaces. A table yields raw
 * cells (a row label, a year, a value); the extractor decides which
 * indicator a label names.
 */
export interface TableCell {
  /** Row label (canonical lower-case), e.g. "số thuê bao internet". */
  label: string;
  /** Caption lines above the table (canonical lower-case), for unit and context words. */
  caption: string;
  year: number;
  value: number;
  /** True when the cell or its label/header marks a percentage. */
  percent: boolean;
  /** Canonical span of the value cell. */
  valueSpan: Span;
  /** Canonical span to quote: from the header line to the end of the row line. */
  quoteSpan: Span;
  /** Canonical span of the row label. */
  labelSpan: Span;
}

export interface TableReading {
  cells: TableCell[];
  /** Lines that belong to tables (canonical spans); sentence extraction skips them. */
  spans: Span[];
}

interface Line extends Span {
  text: string;
}

const YEAR = new RegExp(`^(?:năm\\s*)?(\\d{4})$`, 'u');

function isYear(token: string): number | null {
  const m = YEAR.exec(token.trim());
  if (!m) return null;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function splitLines(lower: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of lower.split('\n')) {
    lines.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return lines;
}

/** The years of a header line, when the line is (almost) only years: "Năm 2015 2016 2017", "Chỉ tiêu | 2015 | 2016". */
function headerYears(line: Line): Array<{ year: number; start: number; end: number }> | null {
  const trimmed = line.text.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  const years: Array<{ year: number; start: number; end: number }> = [];
  for (const m of line.text.matchAll(/(?<![\d.,/])(\d{4})(?![\d.,/%])/gu)) {
    const y = Number(m[1]);
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    const start = line.start + (m.index ?? 0);
    years.push({ year: y, start, end: start + 4 });
  }
  if (years.length < 2) return null;
  // Strictly increasing or decreasing consecutive columns of years.
  const ys = years.map((y) => y.year);
  const increasing = ys.every((y, i) => i === 0 || y > (ys[i - 1] ?? 0));
  const decreasing = ys.every((y, i) => i === 0 || y < (ys[i - 1] ?? 0));
  if (!increasing && !decreasing) return null;
  // The rest must be a short label ("năm", "chỉ tiêu", "đơn vị tính"), not prose.
  const rest = line.text.replace(/(?<![\d.,/])\d{4}(?![\d.,/%])/gu, ' ').replace(/[|\t:]/gu, ' ').trim();
  if (rest.split(/\s+/u).filter((x) => x.length > 0).length > 5) return null;
  if (/[.;]\s|[.;]$/u.test(rest)) return null;
  return years;
}

/** A data row: a label followed by exactly `n` numbers. */
function dataRow(line: Line, n: number): { label: string; labelSpan: Span; values: Array<{ raw: string; percent: boolean; span: Span }> } | null {
  const m = /^(\s*)(.*?[\p{L})])\s*[:|\t]?\s*((?:(?:\d[\d.,]*)(?:\s*%)?(?:\s*[|\t]\s*|\s+|$)){1,})$/u.exec(line.text);
  if (!m) return null;
  const lead = m[1] ?? '';
  const label = (m[2] ?? '').trim();
  const numbers = m[3] ?? '';
  if (label.length === 0 || label.length > 160) return null;
  const numbersOffset = line.text.length - numbers.length;
  const values: Array<{ raw: string; percent: boolean; span: Span }> = [];
  for (const v of numbers.matchAll(/(\d[\d.,]*)(\s*%)?/gu)) {
    const start = line.start + numbersOffset + (v.index ?? 0);
    values.push({ raw: v[1] ?? '', percent: Boolean(v[2]), span: { start, end: start + v[0].length } });
  }
  if (values.length !== n) return null;
  const labelStart = line.start + lead.length;
  return { label, labelSpan: { start: labelStart, end: labelStart + label.length }, values };
}

/** A "year value" row: "2015 1.200", "Năm 2015: 1.200", "2015 | 25,3%". */
function yearRow(line: Line): { year: number; raw: string; percent: boolean; span: Span } | null {
  const m = /^\s*(?:năm\s*)?(\d{4})\s*[:|\t]?\s*(\d[\d.,]*)(\s*%)?\s*$/u.exec(line.text);
  if (!m) return null;
  const year = isYear(m[1] ?? '');
  if (year === null) return null;
  const raw = m[2] ?? '';
  const offset = line.text.lastIndexOf(raw);
  const start = line.start + offset;
  return { year, raw, percent: Boolean(m[3]), span: { start, end: start + raw.length + (m[3]?.length ?? 0) } };
}

const PERCENT_LABEL = /\(%\)|%|tỷ lệ|tỉ lệ|phần trăm/u;

/**
 * Reads the flattened tables of a canonical lower-case text.
 *
 * @example
 * readTables('năm 2015 2016\nsố thuê bao internet 1.200 1.500').cells.length // 2
 */
export function readTables(lower: string): TableReading {
  const lines = splitLines(lower);
  const cells: TableCell[] = [];
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const header = headerYears(line);
    if (header) {
      const caption = captionAbove(lines, i);
      let j = i + 1;
      let rows = 0;
      while (j < lines.length) {
        const rowLine = lines[j];
        if (!rowLine) break;
        if (rowLine.text.trim().length === 0) {
          j += 1;
          if (rows > 0) break;
          continue;
        }
        const row = dataRow(rowLine, header.length);
        if (!row) break;
        rows += 1;
        const labelPercent = PERCENT_LABEL.test(row.label) || PERCENT_LABEL.test(caption) || PERCENT_LABEL.test(line.text);
        row.values.forEach((v, k) => {
          const value = parseVietnameseNumber(v.raw);
          const year = header[k]?.year;
          if (value === null || year === undefined) return;
          cells.push({
            label: row.label,
            caption,
            year,
            value,
            percent: v.percent || labelPercent,
            valueSpan: v.span,
            quoteSpan: { start: line.start, end: rowLine.end },
            labelSpan: row.labelSpan,
          });
        });
        j += 1;
      }
      if (rows > 0) {
        spans.push({ start: line.start, end: lines[j - 1]?.end ?? line.end });
        i = j - 1;
      }
      continue;
    }
    // One row per line under a label line.
    const first = lines[i + 1] ? yearRow(lines[i + 1] as Line) : null;
    if (first && line.text.trim().length > 0 && !yearRow(line) && /\p{L}/u.test(line.text) && line.text.trim().length <= 160) {
      const label = line.text.trim();
      const labelStart = line.start + (line.text.length - line.text.trimStart().length);
      const rowsFound: Array<{ row: NonNullable<ReturnType<typeof yearRow>>; line: Line }> = [];
      let j = i + 1;
      while (j < lines.length) {
        const l = lines[j];
        const row = l ? yearRow(l) : null;
        if (!row || !l) break;
        rowsFound.push({ row, line: l });
        j += 1;
      }
      if (rowsFound.length >= 2) {
        const caption = captionAbove(lines, i);
        for (const { row, line: l } of rowsFound) {
          const value = parseVietnameseNumber(row.raw);
          if (value === null) continue;
          cells.push({
            label,
            caption,
            year: row.year,
            value,
            percent: row.percent || PERCENT_LABEL.test(label),
            valueSpan: row.span,
            quoteSpan: { start: line.start, end: l.end },
            labelSpan: { start: labelStart, end: labelStart + label.length },
          });
        }
        spans.push({ start: line.start, end: lines[j - 1]?.end ?? line.end });
        i = j - 1;
      }
    }
  }
  readCellPerLine(lines, cells, spans);
  return { cells, spans };
}

type CellLine = { kind: 'YEAR'; year: number; line: Line } | { kind: 'NUMBER'; raw: string; percent: boolean; line: Line } | { kind: 'LABEL'; line: Line };

// "2015", "Năm 2015", "Sơ bộ - Prel. 2020": a line that is one year.
const YEAR_CELL = /^(?:năm\s*)?(?:(?:sơ\s+bộ|ước\s+tính|ước|prel\.?|est\.?)\s*[-–.]?\s*)*(\d{4})\s*(?:\((?:sơ\s+bộ|prel\.?)\))?$/u;
const NUMBER_CELL = /^(\d[\d.,]*)(\s*%)?$/u;

function classify(line: Line): CellLine | null {
  const text = line.text.trim();
  if (text.length === 0) return null;
  const y = YEAR_CELL.exec(text);
  if (y) {
    const year = isYear(y[1] ?? '');
    if (year !== null) return { kind: 'YEAR', year, line };
  }
  const n = NUMBER_CELL.exec(text);
  if (n) return { kind: 'NUMBER', raw: n[1] ?? '', percent: Boolean(n[2]), line };
  return { kind: 'LABEL', line };
}

const labelOf = (line: Line): { label: string; labelSpan: Span } => {
  const label = line.text.trim();
  const start = line.start + (line.text.length - line.text.trimStart().length);
  return { label, labelSpan: { start, end: start + label.length } };
};

/**
 * Tables printed one cell per line (statistics portals): years across —
 * "2015 / 2016 / 2017" lines, then each row's label line and one number line per
 * year — or years down — the column labels, then "2015" and one number line per
 * column, "2016" ... A row needs exactly one number per year (column), so a
 * paragraph that happens to hold numbers is no table.
 */
function readCellPerLine(lines: readonly Line[], cells: TableCell[], spans: Span[]): void {
  const items: CellLine[] = [];
  for (const line of lines) {
    const item = classify(line);
    if (item) items.push(item);
  }
  const inTable = (span: Span): boolean => spans.some((s) => span.start < s.end && span.end > s.start);
  const push = (label: { label: string; labelSpan: Span }, caption: string, year: number, cell: Extract<CellLine, { kind: 'NUMBER' }>, quote: Span, headerPercent: boolean): void => {
    const value = parseVietnameseNumber(cell.raw);
    if (value === null) return;
    cells.push({
      label: label.label,
      caption,
      year,
      value,
      percent: cell.percent || headerPercent || PERCENT_LABEL.test(label.label),
      valueSpan: { start: cell.line.start, end: cell.line.end },
      quoteSpan: quote,
      labelSpan: label.labelSpan,
    });
  };
  let i = 0;
  while (i < items.length) {
    const first = items[i];
    if (!first || first.kind !== 'YEAR' || inTable(first.line)) {
      i += 1;
      continue;
    }
    // A run of years: the header of years across.
    let k = i;
    while (items[k]?.kind === 'YEAR') k += 1;
    const years = items.slice(i, k).map((x) => (x.kind === 'YEAR' ? x.year : 0));
    const monotonic = years.every((y, n) => n === 0 || y > (years[n - 1] ?? 0)) || years.every((y, n) => n === 0 || y < (years[n - 1] ?? 0));
    const caption = captionAbove(lines, lines.indexOf(first.line));
    const captionPercent = PERCENT_LABEL.test(caption);
    if (years.length >= 3 && monotonic) {
      let j = k;
      let last = items[k - 1]?.line ?? first.line;
      let rows = 0;
      while (items[j]?.kind === 'LABEL') {
        const labelLine = items[j] as Extract<CellLine, { kind: 'LABEL' }>;
        const values = items.slice(j + 1, j + 1 + years.length);
        if (values.length !== years.length || values.some((v) => v.kind !== 'NUMBER')) break;
        const label = labelOf(labelLine.line);
        const end = values[values.length - 1]?.line.end ?? labelLine.line.end;
        values.forEach((v, n) => {
          if (v.kind === 'NUMBER') push(label, caption, years[n] ?? 0, v, { start: first.line.start, end }, captionPercent);
        });
        last = values[values.length - 1]?.line ?? last;
        rows += 1;
        j += 1 + years.length;
      }
      if (rows > 0) spans.push({ start: first.line.start, end: last.end });
      i = Math.max(j, i + 1);
      continue;
    }
    // Years down: "2015" then one number per column, the column labels right above the first year.
    let m = 0;
    while (items[i + 1 + m]?.kind === 'NUMBER') m += 1;
    const headers = columnHeaders(items, i, m);
    if (m >= 1 && headers.length === m) {
      let j = i;
      const rowsOfYears: Array<{ year: number; values: CellLine[] }> = [];
      while (items[j]?.kind === 'YEAR' && items.slice(j + 1, j + 1 + m).every((v) => v.kind === 'NUMBER') && items.slice(j + 1, j + 1 + m).length === m) {
        const y = items[j] as Extract<CellLine, { kind: 'YEAR' }>;
        rowsOfYears.push({ year: y.year, values: items.slice(j + 1, j + 1 + m) });
        j += 1 + m;
      }
      if (rowsOfYears.length >= 2 && items[j]?.kind !== 'NUMBER') {
        const start = headers[0]?.line.start ?? first.line.start;
        const tableCaption = captionAbove(lines, lines.indexOf(headers[0]?.line ?? first.line));
        for (const row of rowsOfYears) {
          row.values.forEach((v, n) => {
            const header = headers[n];
            if (v.kind === 'NUMBER' && header) push(labelOf(header.line), tableCaption, row.year, v, { start, end: v.line.end }, PERCENT_LABEL.test(tableCaption));
          });
        }
        spans.push({ start, end: items[j - 1]?.line.end ?? first.line.end });
        i = j;
        continue;
      }
    }
    i += 1;
  }
}

// Lines above the year that are not column labels: a group header spanning the columns ("Chia ra - Of which",
// "Trong đó") and a unit line ("Thuê bao - Subscribers", "Đơn vị tính: người", "ĐVT: %").
const GROUP_HEADER = /^(?:chia\s+ra|trong\s+đó|of\s+which|in\s+which)(?![\p{L}])/u;
const UNIT_LINE = /^(?:(?:đơn\s+vị\s+tính|đvt|unit)\s*[:.-]?\s*)?(?:thuê\s+bao|người|hộ|cái|chiếc|máy|bộ|%)(?:\s*[-–]\s*[a-z ]{1,30})?$/u;
const VIETNAMESE_LETTER = /[à-ỹđ]/u;

/**
 * The column labels of a years-down table: the label lines right above the first year, after leaving out
 * group headers, unit lines and English translations printed on their own line under a Vietnamese label
 * ("Tổng số" / "Total"). The last `m` left are the columns; anything above them is caption.
 */
function columnHeaders(items: readonly CellLine[], yearIndex: number, m: number): CellLine[] {
  if (m < 1) return [];
  const labels: CellLine[] = [];
  for (let k = yearIndex - 1; k >= 0 && yearIndex - k <= 4 * m + 4; k -= 1) {
    const item = items[k];
    if (!item || item.kind !== 'LABEL') break;
    labels.unshift(item);
  }
  const kept = labels.filter((item, n) => {
    const text = item.line.text.trim();
    if (GROUP_HEADER.test(text) || UNIT_LINE.test(text)) return false;
    const previous = labels[n - 1]?.line.text ?? '';
    return !(n > 0 && !VIETNAMESE_LETTER.test(text) && VIETNAMESE_LETTER.test(previous));
  });
  // Without anything left out, the labels must be exactly the columns, as before.
  if (kept.length === labels.length) return labels.length >= m ? labels.slice(labels.length - m) : [];
  return kept.length >= m ? kept.slice(kept.length - m) : [];
}

function captionAbove(lines: readonly Line[], headerIndex: number): string {
  const parts: string[] = [];
  for (let k = headerIndex - 1; k >= 0 && parts.length < 2; k -= 1) {
    const text = lines[k]?.text.trim() ?? '';
    if (text.length === 0) {
      if (parts.length > 0) break;
      continue;
    }
    if (text.length > 200) break;
    parts.unshift(text);
  }
  return parts.join(' ');
}
