import type { ObservationStatus } from '@egov-vn/schema';

/**
 * Reported figure or target? The nearest cue before the figure in its
 * sentence decides ("Mục tiêu ... 100%, hiện nay đã đạt 80%": 100 is a target,
 * 80 is actual); failing that, the nearest cue after it in its clause; failing
 * that, the document's genre (a plan's figures are targets).
 */
const TARGET_CUES = [
  'mục tiêu',
  'phấn đấu',
  'kế hoạch',
  'chỉ tiêu',
  'dự kiến',
  'dự tính',
  'sẽ',
  'hướng tới',
  'hướng đến',
  'đề ra',
  'đặt ra',
  'định hướng',
  'tầm nhìn',
  'lộ trình',
  'cần đạt',
  'phải đạt',
  'nhằm đạt',
  'yêu cầu',
  'tối thiểu mức độ',
  'tối thiểu ở mức độ',
  'đề án',
  'nhiệm vụ',
];

const ACTUAL_CUES = [
  'đã',
  'đến nay',
  'tới nay',
  'hiện nay',
  'hiện có',
  'hiện đã',
  'hiện tại',
  'tính đến',
  'vừa qua',
  'năm qua',
  'kết quả',
  'đạt được',
  'thực hiện được',
  'bước đầu',
  'theo thống kê',
  'thống kê',
  'báo cáo',
];

const cueRegex = (cues: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${[...cues].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');

const TARGET_RE = cueRegex(TARGET_CUES);
const ACTUAL_RE = cueRegex(ACTUAL_CUES);
// "đến năm 2015" names a deadline when the year is after publication.
const DEADLINE_RE = /(?<![\p{L}])(?:đến|tới|vào|trước|đến hết|đến cuối)\s+(?:năm\s+)?(\d{4})(?!\d)/gu;

interface Cue {
  at: number;
  status: ObservationStatus;
}

// "đạt 40%, vượt 120% kế hoạch", "so với kế hoạch": performance against a plan is a report, not a target.
const AGAINST_PLAN = /(?:%\s*|so với\s+|vượt\s+|hoàn thành\s+|theo\s+)$/u;

function cuesIn(text: string, offset: number, publicationYear: number | null): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(TARGET_RE)) {
    const at = m.index ?? 0;
    if ((m[0] === 'kế hoạch' || m[0] === 'chỉ tiêu') && AGAINST_PLAN.test(text.slice(Math.max(0, at - 12), at))) continue;
    cues.push({ at: offset + at, status: 'TARGET' });
  }
  for (const m of text.matchAll(ACTUAL_RE)) cues.push({ at: offset + (m.index ?? 0), status: 'ACTUAL' });
  if (publicationYear !== null) {
    for (const m of text.matchAll(DEADLINE_RE)) {
      const year = Number(m[1]);
      if (year > publicationYear) cues.push({ at: offset + (m.index ?? 0), status: 'TARGET' });
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}

export interface StatusContext {
  lower: string;
  figureStart: number;
  figureEnd: number;
  sentenceStart: number;
  clauseEnd: number;
  /** The document announces a plan (see `isPlanTitle`). */
  planDocument: boolean;
  publicationYear: number | null;
}

/**
 * @example
 * // "phấn đấu đến năm 2015, 100% CBCC ..." → 'TARGET'
 */
export function resolveStatus(ctx: StatusContext): StatusReading {
  const before = cuesIn(ctx.lower.slice(ctx.sentenceStart, ctx.figureStart), ctx.sentenceStart, ctx.publicationYear);
  const last = before[before.length - 1];
  if (last) return { status: last.status, byCue: true };
  const after = cuesIn(ctx.lower.slice(ctx.figureEnd, ctx.clauseEnd), ctx.figureEnd, ctx.publicationYear);
  const first = after[0];
  if (first) return { status: first.status, byCue: true };
  return { status: ctx.planDocument ? 'TARGET' : 'ACTUAL', byCue: false };
}

/** A status and whether a cue of the sentence decided it (`false`: the document's genre did). */
export interface StatusReading {
  status: ObservationStatus;
  byCue: boolean;
}
