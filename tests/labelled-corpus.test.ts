import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideByGold, LABELLED_CORPUS_GOLD, loadGoldCorpus, loadLabelledCorpus, readDecisionFolder, readGoldText, runCuration } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const GOLD = LABELLED_CORPUS_GOLD;
const DECISIONS = fileURLToPath(new URL('../data/decisions/corpus-dev/', import.meta.url));
const corpus = loadGoldCorpus(GOLD);

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the labelled corpus as reviewed sources', () => {
  it('approves exactly the candidates that are annotated figures of their page', () => {
    for (const source of decideByGold(corpus)) {
      for (const d of source.decisions) {
        const doc = corpus.documents.find((x) => x.url === source.source.url)!;
        const annotated = corpus.observations.some(
          (g) => g.doc === doc.id && g.indicator === d.indicator && g.area === d.areaCode && (g.period ?? null) === d.period && Number(g.value) === Number(d.value),
        );
        if (d.decision === 'APPROVED') expect(annotated, `${d.indicator} ${d.value} in ${doc.file}`).toBe(true);
      }
    }
  });

  it('commits addresses and quotes, never the pages', () => {
    const files = readdirSync(DECISIONS);
    expect(files.length).toBeGreaterThan(0);
    // Each decision keeps its address, its quote and the quote's offsets: enough to find it again in the page.
    for (const f of readDecisionFolder(DECISIONS)) for (const d of f.decisions) expect(d.end! - d.start!).toBe(d.quote.length);
    for (const doc of corpus.documents) {
      const text = readGoldText(corpus, doc);
      for (const f of files) expect(readFileSync(join(DECISIONS, f), 'utf8')).not.toContain(text);
    }
  });

  it('is part of the published dataset: approved decisions published, rejected ones not, loading again changes nothing', async () => {
    const decisions = readDecisionFolder(DECISIONS).flatMap((f) => f.decisions);
    const urls = corpus.documents.map((d) => d.url).filter((u): u is string => u !== null);
    const labelled = async () =>
      database.db
        .selectFrom('observation as o')
        .innerJoin('source_document as s', 's.id', 'o.source_id')
        .select(['o.natural_key', 'o.review_status'])
        .where('s.url', 'in', urls)
        .where('o.superseded_at', 'is', null)
        .execute();
    const statusOf = new Map((await labelled()).map((r) => [r.natural_key, r.review_status]));
    let inEffect = 0;
    for (const d of decisions) {
      const status = statusOf.get(d.figureKey);
      if (status === undefined) continue; // stale: the extractor no longer finds it (reported at load)
      inEffect += 1;
      expect(status, `${d.indicator} ${d.value} (${d.figureKey})`).toBe(d.decision);
    }

    const result = await runCuration(database.db, { name: 'test', apiKeyId: null, scope: 'admin' }, (trx, actor) => loadLabelledCorpus(trx, actor, corpus, decisions));
    const transcribed = new Set(result.transcribed.map((t) => t.source));
    const own = decisions.filter((d) => !transcribed.has(d.source));
    expect(result.applied + result.stale.length).toBe(own.length);
    expect(inEffect).toBeGreaterThanOrEqual(result.applied);
    expect(result.applied).toBeGreaterThan(own.length / 2);
    expect(result.decided).toBe(0);
    expect(new Map((await labelled()).map((r) => [r.natural_key, r.review_status]))).toEqual(statusOf);
    const audit = await database.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(['load-labelled-corpus']);
  });
});
