import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Actor } from '../../curation/actor.js';
import { type NewSource, readSource, storeSource } from '../../curation/add-source.js';
import { runCuration } from '../../curation/run-curation.js';
import type { IngestReport } from '../../ingest/ingest-document.js';
import type { ServerCall } from './server-call.js';

/** `egov source add`. */
export interface SourceCurator {
  addSource(s: NewSource): Promise<IngestReport>;
}

export function directSourceCurator(db: Kysely<Database>, actor: Actor): SourceCurator {
  return {
    async addSource(s) {
      const read = await readSource(s);
      return (await runCuration(db, actor, (trx) => storeSource(trx, actor, read))).report;
    },
  };
}

export function serverSourceCurator(call: ServerCall): SourceCurator {
  return {
    async addSource(s) {
      const { name: _name, ...input } = s;
      const data = await call<{ addSource: Omit<IngestReport, 'path' | 'sourceHash' | 'previousVersion' | 'removed'> & { source: { contentHash: string }; previousVersion: { contentHash: string } | null } }>(
        `mutation($i: AddSourceInput!) { addSource(input: $i) { source { contentHash } previousVersion { contentHash } candidates inserted revised unchanged vanished } }`,
        { i: input },
      );
      const r = data.addSource;
      return { path: s.name, sourceHash: r.source.contentHash, previousVersion: r.previousVersion?.contentHash ?? null, candidates: r.candidates, inserted: r.inserted, revised: r.revised, unchanged: r.unchanged, vanished: r.vanished, removed: 0 };
    },
  };
}
