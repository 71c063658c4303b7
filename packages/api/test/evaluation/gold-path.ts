/** The labelled pages live outside the repository (third-party texts): `<repo>/../shared`, or `$EGOV_SHARED_DIR`. */
export { LABELLED_CORPUS_GOLD as GOLD_PATH } from '../../src/config.js';
