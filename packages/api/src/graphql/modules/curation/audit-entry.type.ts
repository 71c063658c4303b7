import type { AuditLogRow } from '@egov-vn/schema';
import { AUDIT_SORT_KEYS, countAuditLog, pageAuditLog } from '../../../repositories/audit-log.repository.js';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { requireActor } from './write-access.js';

export const AuditEntryType = builder.objectRef<AuditLogRow>('AuditEntry').implement({
  description: 'One write: who did what to which target, with the state before and after (JSON).',
  fields: (t) => ({
    at: t.field({ type: DateTimeScalar, description: 'When the write was made.', resolve: (e) => new Date(e.at) }),
    actor: t.exposeString('actor', { description: 'The name of the API key (or the local CLI user) that wrote.' }),
    action: t.exposeString('action', { description: 'approve, reject, correct, withdraw, add, add-source, re-ingest, …' }),
    target: t.exposeString('target', { description: 'The figure key or source content hash written to.' }),
    before: t.string({ nullable: true, description: 'JSON of the state before; null for an addition.', resolve: (e) => (e.before == null ? null : JSON.stringify(e.before)) }),
    after: t.string({ nullable: true, description: 'JSON of the state after.', resolve: (e) => (e.after == null ? null : JSON.stringify(e.after)) }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.connection({
    nullable: true,
    type: AuditEntryType,
    description: 'Every write, newest first. Needs an admin key.',
    args: {
      target: t.arg.string({ description: 'Only writes to this target: a figure key or a source content hash.' }),
      actor: t.arg.string({ description: 'Only writes by this actor (an API key\'s name).' }),
    },
    resolve: async (_root, args, ctx) => {
      await requireActor(ctx, 'admin');
      const query = { target: args.target ?? undefined, actor: args.actor ?? undefined };
      return keysetConnection(args, {
        list: 'auditLog',
        query,
        keys: AUDIT_SORT_KEYS,
        fetch: (page) => pageAuditLog(ctx.db, query, page),
        count: () => countAuditLog(ctx.db, query),
      });
    },
  }),
}));
