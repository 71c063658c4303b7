import { basename } from 'node:path';
import { loadAreas } from '@egov-vn/schema';
import { contentHash } from '../ingest/content-hash.js';
import { naturalKey } from '../ingest/natural-key.js';
import type { GoldCorpus, GoldObservation } from '../evaluation/gold-corpus.js';
import { readGoldText } from '../evaluation/gold-corpus.js';
import { buildAreaIndex, extractObservations, type ExtractedObservation, type ExtractOptions } from '../extraction/index.js';
import type { Decision, SourceDecisions } from '../ingest/decisions.file.js';

/** Who decided: the annotators of the labelled corpus, whose gold figures a candidate must match to be approved. */
export const GOLD_REVIEWER = 'gold annotation (shared/corpus-dev/gold.json)';

function matchesGold(o: ExtractedObservation, gold: readonly GoldObservation[]): boolean {
  return gold.some(
    (g) =>
      g.indicator === o.indicator &&
      g.area === o.areaCode &&
      (g.period ?? null) === (o.period ?? null) &&
      Number(g.value) === Number(o.value) &&
      Object.entries(g.dimensions ?? {}).every(([k, v]) => (o.dimensions as Record<string, string>)[k] === v),
  );
}

/** The extraction options of a labelled page: its address, date and area hint, as the scorer passes them. */
export function goldExtractOptions(doc: GoldCorpus['documents'][number]): Omit<ExtractOptions, 'areas'> {
  return { ...(doc.url ? { url: doc.url } : {}), ...(doc.published ? { publishedAt: doc.published } : {}), ...(doc.areaHint ? { areaHint: doc.areaHint } : {}) };
}

/**
 * Review decisions for every candidate the extractor finds in a labelled
 * corpus: approved when it is one of the annotated figures of its page
 * (indicator, area, period, value, dimensions), rejected otherwise. Kept with
 * the address and the quote of each figure, never the page's text.
 */
export function decideByGold(corpus: GoldCorpus): SourceDecisions[] {
  const areas = buildAreaIndex(loadAreas('pre2025'));
  return corpus.documents.map((doc) => {
    const text = readGoldText(corpus, doc);
    const hash = contentHash(text);
    const extraction = extractObservations(text, { areas, ...goldExtractOptions(doc) });
    const gold = corpus.observations.filter((g) => g.doc === doc.id);
    const decisions = new Map<string, Decision>();
    for (const o of extraction.observations) {
      const figureKey = naturalKey({ sourceHash: hash, indicator: o.indicator, dimensions: o.dimensions, geography: o.geography, areaCode: o.areaCode, quoteStart: o.start, quoteEnd: o.end });
      if (decisions.has(figureKey)) continue;
      decisions.set(figureKey, {
        figureKey,
        decision: matchesGold(o, gold) ? 'APPROVED' : 'REJECTED',
        source: hash.slice(0, 16),
        indicator: o.indicator,
        areaCode: o.areaCode,
        period: o.period,
        value: String(o.value),
        quote: o.quote,
        start: o.start,
        end: o.end,
        by: GOLD_REVIEWER,
      });
    }
    return {
      source: { contentHash: hash, url: doc.url, title: extraction.document.title ?? basename(doc.file), publisher: null, publishedAt: extraction.document.publishedAt },
      decisions: [...decisions.values()],
    };
  });
}
