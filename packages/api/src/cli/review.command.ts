import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CandidateRow, DecidedFigureRow } from '../repositories/review.repository.js';
import { applyDecisions, type Decision, readDecisionFolder, readDecisions, type SourceDecisions, writeSourceDecisions } from '../ingest/decisions.file.js';
import { CORPUS_DECISIONS, DECISIONS_DIR } from '../config.js';
import { runCuration } from '../curation/run-curation.js';
import { withDatabase } from './cli-database.js';
import { type CuratorClient, withCurator } from './curator/curator-client.js';
import { localActor } from './local-actor.js';

const CONTEXT = 80;

function inContext(c: CandidateRow): string {
  const before = c.source_text.slice(Math.max(0, c.quote_start - CONTEXT), c.quote_start);
  const after = c.source_text.slice(c.quote_end, c.quote_end + CONTEXT);
  return `…${before}»${c.quote}«${after}…`.replace(/\s+/g, ' ');
}

/** The decisions of the database, grouped by source, as `data/decisions/<hash16>.json` holds them. */
function bySource(rows: DecidedFigureRow[]): SourceDecisions[] {
  const groups = new Map<string, SourceDecisions>();
  for (const r of rows) {
    const group = groups.get(r.source_hash) ?? {
      source: { contentHash: r.source_hash, url: r.source_url, title: r.source_title, publisher: r.source_publisher, publishedAt: r.source_published_at },
      decisions: [],
    };
    group.decisions.push({
      figureKey: r.natural_key,
      decision: r.review_status === 'APPROVED' ? 'APPROVED' : 'REJECTED',
      source: r.source_hash.slice(0, 16),
      indicator: r.indicator_code,
      areaCode: r.area_code,
      period: r.period,
      value: r.value,
      quote: r.quote,
      start: r.quote_start,
      end: r.quote_end,
      by: r.reviewed_by,
    });
    groups.set(r.source_hash, group);
  }
  return [...groups.values()];
}

function printCandidates(rows: CandidateRow[], json: boolean | undefined) {
  if (json) {
    console.log(JSON.stringify(rows.map(({ source_text: _t, ...r }) => ({ ...r, context: inContext({ ...r, source_text: _t }) })), null, 2));
    return;
  }
  if (rows.length === 0) console.log('nothing to review');
  for (const c of rows) {
    console.log(
      `${c.natural_key}  ${c.indicator_code} ${JSON.stringify(c.dimensions)} ${c.area_name} (${c.area_code}) ${c.period ?? 'undated'} = ${c.qualifier} ${c.value} [${c.status}, revision ${c.revision}]\n    ${c.source_title} (${c.source_hash.slice(0, 16)})\n    ${inContext(c)}\n`,
    );
  }
}

/** Decisions in the committed files (the founding corpus's and data/decisions/) that name no current figure. */
async function staleDecisions(curator: CuratorClient): Promise<{ file: string; figureKey: string; indicator: string; quote: string }[]> {
  const files = [{ file: CORPUS_DECISIONS, decisions: readDecisions(CORPUS_DECISIONS) }, ...readDecisionFolder(fileURLToPath(DECISIONS_DIR))];
  const current = await curator.currentKeys(files.flatMap((f) => f.decisions.map((d) => d.figureKey)));
  return files.flatMap((f) => f.decisions.filter((d) => !current.has(d.figureKey)).map((d) => ({ file: f.file, figureKey: d.figureKey, indicator: d.indicator, quote: d.quote })));
}

/** A source is named by a prefix of its content hash: hex digits only, so nothing in it is a pattern. */
function sourcePrefix(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const prefix = value.trim().toLowerCase();
  if (!/^[0-9a-f]{6,64}$/.test(prefix)) {
    throw new Error(`--source must be a content hash or a prefix of at least 6 hex digits (see \`egov review list\`), got "${value}"`);
  }
  return prefix;
}

async function decide(keys: string[], options: { source?: string }, decision: Decision['decision']) {
  const source = sourcePrefix(options.source);
  if (keys.length > 0 && source) throw new Error('give figure keys or --source, not both');
  await withCurator(async (curator) => {
    let chosen = keys;
    if (source) {
      const candidates = await curator.candidatesOf(source);
      if (candidates.sources > 1) throw new Error(`--source ${source} names ${candidates.sources} sources; give more digits`);
      chosen = candidates.keys;
    }
    if (chosen.length === 0) throw new Error('nothing to decide: give figure keys, or --source with candidates left');
    const result = await curator.review(chosen, decision);
    console.log(`${decision.toLowerCase()} ${chosen.length - result.unchanged} figure(s) through ${curator.via}; \`egov review export\` writes decisions to data/decisions/`);
  });
}

export function registerReviewCommand(program: Command): void {
  const review = program.command('review');

  review
    .command('list')
    .description('Candidates with their quote in context')
    .option('--source <hash>', 'only this source (content hash prefix)')
    .option('--stale', 'decisions in data/ files that match no current figure (the figure keeps its last reviewed state)')
    .option('--withdrawals', 'published figures that a newer version of their source no longer carries')
    .option('--json', 'print JSON')
    .action(async (options: { source?: string; json?: boolean; stale?: boolean; withdrawals?: boolean }) => {
      const source = sourcePrefix(options.source);
      if (options.stale) {
        const stale = await withCurator(staleDecisions);
        if (options.json) console.log(JSON.stringify(stale, null, 2));
        else if (stale.length === 0) console.log('no stale decisions');
        else for (const s of stale) console.log(`${s.figureKey}  ${s.indicator}  "${s.quote}"  (${s.file})`);
        return;
      }
      const rows = await withCurator((curator) => (options.withdrawals ? curator.listWithdrawalCandidates() : curator.listCandidates(source)));
      printCandidates(rows, options.json);
    });

  for (const [name, decision] of [['approve', 'APPROVED'], ['reject', 'REJECTED']] as const) {
    review
      .command(name)
      .description(`${name === 'approve' ? 'Publish' : 'Reject'} figures by key, or every candidate of a source; recorded in the database and its audit log`)
      .argument('[keys...]', 'figure keys (from `egov review list`)')
      .option('--source <hash>', 'every candidate of this source')
      .action((keys: string[], options: { source?: string }) => decide(keys, { ...(options.source !== undefined ? { source: options.source } : {}) }, decision));
  }

  review
    .command('export')
    .description('Write the decisions of the database to data/decisions/, one file per source (for the published dataset)')
    .option('--out <dir>', 'folder', fileURLToPath(DECISIONS_DIR))
    .action(async (options: { out: string }) => {
      const sources = bySource(await withCurator((curator) => curator.listDecidedFigures()));
      const files = writeSourceDecisions(options.out, sources);
      console.log(`wrote ${files.length} file(s) to ${options.out}`);
    });

  review
    .command('apply')
    .description('Apply a decisions file to the candidates of the database (decided figures keep their state)')
    .argument('<file>', 'decisions file (data/decisions/<hash>.json)')
    .action(async (file: string) => {
      if (!existsSync(file)) throw new Error(`${file}: no such decisions file`);
      const decisions = readDecisions(file);
      const result = await withDatabase(({ db }) =>
        runCuration(db, localActor(), async (trx, actor) => {
          const applied = await applyDecisions(trx, decisions, actor.name);
          return { ...applied, changes: [{ action: 'apply-decisions', target: basename(file), before: null, after: applied }] };
        }),
      );
      console.log(`applied ${result.applied} decision(s) from ${file}`);
      if (result.missing.length > 0) console.log(`stale: no current figure for ${result.missing.length} key(s): ${result.missing.join(', ')}`);
    });
}
