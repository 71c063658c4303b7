import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { listForReview, type CandidateRow } from '../repositories/review.repository.js';
import { applyDecisions, type Decision, readDecisions, recordDecisions } from '../review/decisions.file.js';
import { withDatabase } from './cli-database.js';

const DEFAULT_DECISIONS = fileURLToPath(new URL('../../../../data/corpus/decisions.json', import.meta.url));
const CONTEXT = 80;

function inContext(c: CandidateRow): string {
  const before = c.source_text.slice(Math.max(0, c.quote_start - CONTEXT), c.quote_start);
  const after = c.source_text.slice(c.quote_end, c.quote_end + CONTEXT);
  return `…${before}»${c.quote}«${after}…`.replace(/\s+/g, ' ');
}

function toDecision(c: CandidateRow, decision: Decision['decision']): Decision {
  return {
    figureKey: c.natural_key,
    decision,
    source: c.source_hash.slice(0, 16),
    indicator: c.indicator_code,
    areaCode: c.area_code,
    period: c.period,
    value: c.value,
    quote: c.quote,
  };
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

async function decide(keys: string[], options: { source?: string; file: string }, decision: Decision['decision']) {
  const source = sourcePrefix(options.source);
  await withDatabase(({ db }) =>
    db.transaction().execute(async (trx) => {
      const candidates = await listForReview(trx, { statuses: ['CANDIDATE', 'APPROVED', 'REJECTED'], sourceHash: source });
      const sources = new Set(candidates.map((c) => c.source_hash));
      if (source && sources.size > 1) throw new Error(`--source ${source} names ${sources.size} sources; give more digits`);
      const chosen = source && keys.length === 0 ? candidates.filter((c) => c.review_status === 'CANDIDATE') : candidates.filter((c) => keys.includes(c.natural_key));
      const unknown = keys.filter((k) => !candidates.some((c) => c.natural_key === k));
      if (unknown.length > 0) throw new Error(`unknown figure key(s): ${unknown.join(', ')}`);
      if (chosen.length === 0) throw new Error('nothing to decide: give figure keys or --source');
      const decisions = chosen.map((c) => toDecision(c, decision));
      await applyDecisions(trx, decisions);
      recordDecisions(options.file, decisions);
      console.log(`${decision.toLowerCase()} ${decisions.length} figure(s); recorded in ${options.file}`);
    }),
  );
}

export function registerReviewCommand(program: Command): void {
  const review = program.command('review').description('Review extracted figures before they are published');

  review
    .command('list')
    .description('Candidates with their quote in context')
    .option('--source <hash>', 'only this source (content hash prefix)')
    .option('--json', 'print JSON')
    .action(async (options: { source?: string; json?: boolean }) => {
      const source = sourcePrefix(options.source);
      const rows = await withDatabase(({ db }) => listForReview(db, { sourceHash: source }));
      if (options.json) {
        console.log(JSON.stringify(rows.map(({ source_text: _t, ...r }) => ({ ...r, context: inContext({ ...r, source_text: _t }) })), null, 2));
        return;
      }
      if (rows.length === 0) console.log('no candidates');
      for (const c of rows) {
        console.log(
          `${c.natural_key}  ${c.indicator_code} ${JSON.stringify(c.dimensions)} ${c.area_name} (${c.area_code}) ${c.period ?? 'undated'} = ${c.qualifier} ${c.value} [${c.status}]\n    ${c.source_title} (${c.source_hash.slice(0, 16)})\n    ${inContext(c)}\n`,
        );
      }
    });

  for (const [name, decision] of [['approve', 'APPROVED'], ['reject', 'REJECTED']] as const) {
    review
      .command(name)
      .description(`${name === 'approve' ? 'Publish' : 'Reject'} figures by key, or every candidate of a source; the decision is recorded`)
      .argument('[keys...]', 'figure keys (from `egov review list`)')
      .option('--source <hash>', 'every candidate of this source')
      .option('--decisions <file>', 'decisions file to record in', DEFAULT_DECISIONS)
      .action((keys: string[], options: { source?: string; decisions: string }) =>
        decide(keys, { source: options.source, file: options.decisions }, decision),
      );
  }

  review
    .command('apply')
    .description('Apply a decisions file to the database')
    .argument('[file]', 'decisions file', DEFAULT_DECISIONS)
    .action(async (file: string) => {
      if (!existsSync(file)) throw new Error(`${file}: no such decisions file`);
      const decisions = readDecisions(file);
      const result = await withDatabase(({ db }) => db.transaction().execute((trx) => applyDecisions(trx, decisions)));
      console.log(`applied ${result.applied} decision(s) from ${file}`);
      if (result.missing.length > 0) console.log(`no current figure for ${result.missing.length} key(s): ${result.missing.join(', ')}`);
    });
}
