import type { Database } from '@egov-vn/schema';
import type { Kysely, Transaction } from 'kysely';

/** A database or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;
