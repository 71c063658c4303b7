import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The labelled pages live outside the repository (third-party texts): `<repo>/../shared`, or `$EGOV_SHARED_DIR`. */
export const GOLD_PATH = resolve(
  process.env.EGOV_SHARED_DIR ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared'),
  'corpus-dev/gold.json',
);
