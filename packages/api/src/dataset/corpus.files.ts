import { readFileSync } from 'node:fs';
import type { Dimensions, Geography, ObservationStatus, Qualifier } from '@egov-vn/schema';

/** The repository's `data/` folder. */
export const DATA_DIR = new URL('../../../../data/', import.meta.url);
export const CORPUS_DIR = new URL('corpus/', DATA_DIR);
/** Curators' decisions, one file per source (`egov review export`). */
export const DECISIONS_DIR = new URL('decisions/', DATA_DIR);

export interface CorpusDocument {
  file: string;
  title: string;
  publishedAt: string | null;
  publisher: string | null;
  url: string | null;
}

/** One reviewed figure of `data/corpus/observations.reviewed.json`. */
export interface ReviewedFigure {
  document: string;
  indicator: string;
  dimensions: Dimensions;
  geography: Geography;
  areaCode: string;
  period: number | null;
  value: string;
  qualifier: Qualifier;
  status: ObservationStatus;
  quote: string;
  start: number;
  end: number;
}

export function readCorpusDocuments(): CorpusDocument[] {
  return JSON.parse(readFileSync(new URL('documents.json', CORPUS_DIR), 'utf8')) as CorpusDocument[];
}

export function readCorpusText(file: string): string {
  return readFileSync(new URL(file, CORPUS_DIR), 'utf8');
}

export function readReviewedFigures(): ReviewedFigure[] {
  return JSON.parse(readFileSync(new URL('observations.reviewed.json', CORPUS_DIR), 'utf8')) as ReviewedFigure[];
}
