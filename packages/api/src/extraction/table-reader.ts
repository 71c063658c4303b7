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
  return { cells, spans };
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
