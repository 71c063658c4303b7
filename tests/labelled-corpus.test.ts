import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideByGold, loadGoldCorpus, loadLabelledCorpus, readDecisionFolder, readGoldText, runCuration } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const GOLD = fileURLToPath(new URL('../../shared/corpus-dev/gold.json', import.meta.url));
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

  it('loads the pages with the committed decisions: published figures grow, only annotated ones, stale decisions reported', async () => {
    const published = async () =>
      Number((await database.db.selectFrom('observation').select((eb) => eb.fn.countAll().as('n')).where('review_status', '=', 'APPROVED').where('superseded_at', 'is', null).executeTakeFirstOrThrow()).n);
    const before = await published();
    const decisions = readDecisionFolder(DECISIONS).flatMap((f) => f.decisions);
    const result = await runCuration(database.db, { name: 'test', apiKeyId: null, scope: 'admin' }, (trx, actor) => loadLabelledCorpus(trx, actor, corpus, decisions));
    expect(result.applied + result.stale.length).toBe(decisions.length);
    const approvedInEffect = decisions.filter((d) => d.decision === 'APPROVED' && !result.stale.includes(d.figureKey)).length;
    expect(await published()).toBe(before + approvedInEffect);
    const audit = await database.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(['load-labelled-corpus']);
  });
});
