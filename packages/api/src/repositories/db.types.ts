import type { Database } from '@egov-vn/schema';
import type { Kysely, Transaction } from 'kysely';

/** A database or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;

/** An open transaction: functions that must run inside one (writes opened at an edge) take this. */
export type Trx = Transaction<Database>;
