import { INDEX_FAMILIES, type IndexFamily } from '@egov-vn/schema';
import { areaDisplayName, findAreaByHint, type AreaIndex } from './area-resolver.js';
import type { ExtractedObservation } from './extraction.types.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Row {
  /** From the row number (or the name) to the rank cell. */
  start: number;
  end: number;
  code: string;
  rank: number;
  score: number;
  line: number;
}

// A rank cell with its score: "01 (0,727)", "17 (0.633)".
const RANK_CELL = /^(\d{1,2})\s*\(\s*(\d{1,3}[.,]\d{1,4})\s*\)$/u;
const ROW_NUMBER = /^\d{1,2}$/u;
/** A ranking needs a few rows: two lines that happen to look like one are no table. */
const MIN_ROWS = 3;
/** How far above the first row the heading naming the index and its edition may be. */
const HEADING_REACH = 1500;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at = end + 1;
  }
  return lines;
}

/** A line that is only a province's name ("TP. Đà Nẵng", "Bà Rịa - Vũng Tàu"). */
function provinceNamed(index: AreaIndex, name: string): string | null {
  if (name.length > 40 || /\d/u.test(name)) return null;
  const bare = name.replace(/^(?:tp\.?|thành phố|tỉnh)\s*/iu, '');
  const area = findAreaByHint(index, bare) ?? findAreaByHint(index, name);
  return area && area.level === 'PROVINCE' ? area.code : null;
}

/** The index named in a heading (the first family, most specific first, whose phrase occurs). */
export function findIndexFamily(lowerText: string): IndexFamily | null {
  for (const family of INDEX_FAMILIES) {
    if (family.cues.some((cue) => new RegExp(`(?<![\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(lowerText))) {
      return family;
    }
  }
  return null;
}

/** The edition: the last "năm 2017" of the heading, else its last bare year that is no part of a date. */
function editionYear(heading: string): number | null {
  const named = [...heading.matchAll(/(?:năm|year|edition)\s+((?:19|20)\d{2})(?!\d)/giu)];
  const last = named[named.length - 1];
  if (last) return Number(last[1]);
  const bare = [...heading.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])/gu)];
  const lastBare = bare[bare.length - 1];
  return lastBare ? Number(lastBare[1]) : null;
}

/**
 * A ranking flattened one cell per line — row number, province, "rank (score)" — as index
 * announcements publish it. Each row gives the province's rank and score in the edition the
 * heading names; the row number is not the rank (ties keep the printed rank). The quote runs
 * from the row number to the rank cell.
 */
export function readRankingTables(text: string, index: AreaIndex, title: string | null): ExtractedObservation[] {
  const lines = linesOf(text);
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const cell = RANK_CELL.exec(line.text);
    const nameLine = lines[i - 1];
    if (!cell || !nameLine) return;
    const code = provinceNamed(index, nameLine.text);
    if (!code) return;
    const numberLine = lines[i - 2];
    const start = numberLine && ROW_NUMBER.test(numberLine.text) ? numberLine.start : nameLine.start;
    rows.push({ start, end: line.end, code, rank: Number(cell[1]), score: Number((cell[2] ?? '').replace(',', '.')), line: i });
  });
  // Tables: runs of rows each at most three lines after the previous one.
  const tables: Row[][] = [];
  for (const row of rows) {
    const current = tables[tables.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && row.line - previous.line <= 3) current.push(row);
    else tables.push([row]);
  }
  const out: ExtractedObservation[] = [];
  for (const table of tables) {
    const first = table[0];
    if (!first || table.length < MIN_ROWS) continue;
    const heading = text.slice(Math.max(0, first.start - HEADING_REACH), first.start).toLowerCase();
    const family = findIndexFamily(heading) ?? (title ? findIndexFamily(title.toLowerCase()) : null);
    if (!family?.rank || !family.score) continue;
    const { rank, score } = family;
    const period = editionYear(heading) ?? (title ? editionYear(title) : null);
    for (const row of table) {
      const area = index.byCode.get(row.code);
      if (!area) continue;
      const quote = text.slice(row.start, row.end);
      for (const [indicator, value, unit] of [
        [rank, row.rank, 'rank'],
        [score, row.score, 'index'],
      ] as const) {
        out.push({
          indicator,
          dimensions: { component: 'OVERALL' },
          geography: 'pre2025',
          areaCode: area.code,
          areaName: areaDisplayName(area),
          areaLevel: area.level,
          period,
          value,
          unit,
          qualifier: 'EXACT',
          status: 'ACTUAL',
          quote,
          start: row.start,
          end: row.end,
          rule: 'ranking-table',
          confidence: 0.9,
        });
      }
    }
  }
  return out;
}
