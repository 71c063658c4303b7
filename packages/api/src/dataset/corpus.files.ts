import { readFileSync } from 'node:fs';
import type { Dimensions, Geography, ObservationStatus, Qualifier } from '@egov-vn/schema';
import { CORPUS_DIR } from '../config.js';

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
