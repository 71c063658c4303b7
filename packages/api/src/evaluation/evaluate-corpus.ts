import type { AreaIndex } from '../extraction/area-resolver.js';
import { extractObservations } from '../extraction/extract-observations.js';
import type { ExtractOptions } from '../extraction/extraction.types.js';
import { readGoldText, type GoldCorpus, type GoldDocument } from './gold-corpus.js';
import { scoreDocument, totals, type DocumentScore, type Totals } from './score.js';

export interface EvaluationFilter {
  split?: string;
  style?: string;
  /**
   * `false` runs without the documents' area hints: what the extractor finds of a page's area from its text and
   * its address alone, as for a page nobody labelled (default `true`, the way the corpus is scored).
   */
  areaHints?: boolean;
}

export interface DocumentEvaluation {
  document: GoldDocument;
  score: DocumentScore;
}

export interface Evaluation {
  documents: DocumentEvaluation[];
  overall: Totals;
  byStyle: Record<string, Totals>;
}

/**
 * Runs the extractor on every selected page the way a user would: the page text,
 * its address, its publication date and, where the page never names its area,
 * the area hint (`--area`, `--published`, `--url` of `egov extract`).
 */
export function evaluateCorpus(corpus: GoldCorpus, areas: AreaIndex, filter: EvaluationFilter = {}): Evaluation {
  const selected = corpus.documents.filter(
    (d) => (filter.split === undefined || d.split === filter.split) && (filter.style === undefined || d.style === filter.style),
  );
  const documents = selected.map((document) => {
    const options: ExtractOptions = { areas };
    if (document.url) options.url = document.url;
    if (document.published) options.publishedAt = document.published;
    if (document.areaHint && filter.areaHints !== false) options.areaHint = document.areaHint;
    const result = extractObservations(readGoldText(corpus, document), options);
    const candidates = result.observations.map((o) => ({ ...o, dimensions: { ...o.dimensions } as Record<string, string | undefined> }));
    const score = scoreDocument(
      candidates,
      corpus.observations.filter((o) => o.doc === document.id),
      corpus.traps.filter((t) => t.doc === document.id),
    );
    return { document, score };
  });
  const styles = [...new Set(documents.map((d) => d.document.style))].sort();
  return {
    documents,
    overall: totals(documents.map((d) => d.score)),
    byStyle: Object.fromEntries(
      styles.map((s) => [s, totals(documents.filter((d) => d.document.style === s).map((d) => d.score))]),
    ),
  };
}
