import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One labelled page of a gold corpus (`shared/corpus-dev/gold.json`). */
export interface GoldDocument {
  id: string;
  file: string;
  url: string | null;
  published: string | null;
  areaHint: string | null;
  language: string;
  style: string;
  split: string;
}

export interface GoldObservation {
  doc: string;
  indicator: string;
  dimensions: Record<string, string>;
  area: string;
  period: number | null;
  value: number;
  qualifier: string;
  status: string;
  quote: string;
  required: boolean;
  table: boolean;
}

export interface GoldTrap {
  doc: string;
  value: number;
  text: string;
}

export interface GoldCorpus {
  dir: string;
  documents: GoldDocument[];
  observations: GoldObservation[];
  traps: GoldTrap[];
}

interface RawGold {
  docs: Record<string, { file: string; url?: string | null; published?: string | null; area_hint?: string | null; language: string; style: string; split: string }>;
  observations: GoldObservation[];
  traps: GoldTrap[];
}

/** Reads `gold.json`; the pages sit next to it. */
export function loadGoldCorpus(goldPath: string): GoldCorpus {
  const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as RawGold;
  const documents = Object.entries(raw.docs)
    .map(([id, d]) => ({
      id,
      file: d.file,
      url: d.url ?? null,
      published: d.published ?? null,
      areaHint: d.area_hint ?? null,
      language: d.language,
      style: d.style,
      split: d.split,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { dir: dirname(goldPath), documents, observations: raw.observations, traps: raw.traps };
}

/**
 * The page as published: the stored file starts with `SOURCE:` and `DATE:` lines
 * and a blank line written by the annotators, which are not part of the page.
 */
export function readGoldText(corpus: GoldCorpus, doc: GoldDocument): string {
  const stored = readFileSync(join(corpus.dir, doc.file), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
  const lines = stored.split('\n');
  let skip = 0;
  if (lines[0]?.startsWith('SOURCE:')) skip = 1;
  if (lines[skip]?.startsWith('DATE:')) skip += 1;
  if (lines[skip]?.trim() === '') skip += 1;
  return lines.slice(skip).join('\n');
}
