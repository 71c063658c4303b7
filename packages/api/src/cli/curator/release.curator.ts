import type { Database, DatasetReleaseRow } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Actor } from '../../curation/actor.js';
import { runCuration } from '../../curation/run-curation.js';
import { createRelease, type NewRelease } from '../../releases/create-release.js';
import { listReleases } from '../../repositories/release.repository.js';
import type { ServerCall } from './server-call.js';
import { allNodes } from './server-pages.js';

/** What `egov release` prints of a release. */
export interface ReleaseSummary {
  name: string;
  cutAt: string;
  observations: number;
  checksum: string;
  notes: string;
}

/** `egov release create | list`. */
export interface ReleaseCurator {
  createRelease(r: NewRelease): Promise<ReleaseSummary>;
  listReleases(): Promise<ReleaseSummary[]>;
}

const releaseSummary = (r: DatasetReleaseRow): ReleaseSummary => ({ name: r.name, cutAt: r.moment.toISOString(), observations: r.observation_count, checksum: r.checksum, notes: r.notes });

export function directReleaseCurator(db: Kysely<Database>, actor: Actor): ReleaseCurator {
  return {
    createRelease: async (r) => releaseSummary((await runCuration(db, actor, (trx) => createRelease(trx, actor, r))).release),
    listReleases: async () => (await listReleases(db)).map(releaseSummary),
  };
}

const RELEASE = 'name cutAt notes checksum counts { observations }';
interface RemoteRelease { name: string; cutAt: string; notes: string; checksum: string; counts: { observations: number } }
const fromRemoteRelease = (r: RemoteRelease): ReleaseSummary => ({ name: r.name, cutAt: r.cutAt, observations: r.counts.observations, checksum: r.checksum, notes: r.notes });

export function serverReleaseCurator(call: ServerCall): ReleaseCurator {
  return {
    async createRelease(r) {
      const data = await call<{ createRelease: RemoteRelease }>(`mutation($n: String!, $notes: String!) { createRelease(name: $n, notes: $notes) { ${RELEASE} } }`, { n: r.name, notes: r.notes });
      return fromRemoteRelease(data.createRelease);
    },
    listReleases: async () => (await allNodes<RemoteRelease>(call, 'releases', RELEASE)).map(fromRemoteRelease),
  };
}
