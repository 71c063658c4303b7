import { createRelease } from '../../../releases/create-release.js';
import { countReleases, pageReleases, RELEASE_SORT_KEYS } from '../../../repositories/release.repository.js';
import { builder } from '../../builder.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { write } from '../curation/write-access.js';
import { requireRelease } from './require-release.js';
import { ReleaseType } from './release.type.js';

builder.queryFields((t) => ({
  releases: t.connection({
    nullable: true,
    type: ReleaseType,
    description: 'Every release, newest first, paged like every list. Without `release`, queries answer with the live data (newer than the latest release).',
    resolve: (_root, args, ctx) =>
      keysetConnection(args, {
        list: 'releases',
        query: {},
        keys: RELEASE_SORT_KEYS,
        fetch: (page) => pageReleases(ctx.db, page),
        count: () => countReleases(ctx.db),
      }),
  }),
  release: t.field({
    type: ReleaseType,
    nullable: true,
    description: 'One release by name ("2026.1"); NOT_FOUND when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The release name, e.g. "2026.1".' }) },
    resolve: (_root, args, ctx) => requireRelease(ctx, args.name),
  }),
}));

builder.mutationFields((t) => ({
  createRelease: t.field({
    type: ReleaseType,
    description: 'Cuts a release of what is published now (admin key). Its name is a year and a number ("2026.1"), never reused.',
    args: {
      name: t.arg.string({ required: true, description: 'A new name: the year and a number, "2026.1" (INVALID_RELEASE otherwise; RELEASE_EXISTS when taken).' }),
      notes: t.arg.string({ required: true, description: 'What changed since the previous release, for its readers (not empty: INVALID_RELEASE).' }),
    },
    resolve: async (_root, args, ctx) => (await write(ctx, 'admin', (trx, actor) => createRelease(trx, actor, args))).release,
  }),
}));
