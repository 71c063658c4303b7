import { loadAreas } from '@egov-vn/schema';
import { type AreaIndex, buildAreaIndex, extractObservations, findAreaByHint } from '../extraction/index.js';
import type { ExtractionResult } from '../extraction/index.js';

/** What a worker is asked: a normalized text and what is known of it. */
export interface ExtractSourceTask {
  text: string;
  area?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

/** Errors do not cross threads with their class: an unknown area comes back as an answer. */
export type ExtractSourceAnswer = { kind: 'extracted'; extraction: ExtractionResult } | { kind: 'unknown-area' };

// Built once per worker, on its first task.
let areaIndex: AreaIndex | undefined;

/** Runs in a worker thread (extract-source.worker.mjs): the extraction of an added source. */
export default function extractSource(task: ExtractSourceTask): ExtractSourceAnswer {
  areaIndex ??= buildAreaIndex(loadAreas('pre2025'));
  if (task.area && !findAreaByHint(areaIndex, task.area)) return { kind: 'unknown-area' };
  const extraction = extractObservations(task.text, {
    areas: areaIndex,
    ...(task.area ? { areaHint: task.area } : {}),
    ...(task.publishedAt ? { publishedAt: task.publishedAt } : {}),
    ...(task.url ? { url: task.url } : {}),
    ...(task.title ? { title: task.title } : {}),
  });
  return { kind: 'extracted', extraction };
}
