// Only imports: each module registers its types, queries and inputs on the builder.
import { builder } from './builder.js';
import './root.js';
import './modules/indicator/indicator.queries.js';
import './modules/area/area.queries.js';
import './modules/source/source.queries.js';
import './modules/observation/observation.queries.js';
import './modules/series/series.queries.js';
import './modules/ranking/ranking.queries.js';
import './modules/license/license.type.js';
import './modules/observation/observation-revisions.js';
import './modules/observation/figure-selection.type.js';
import './modules/curation/curation.mutations.js';
import './modules/curation/audit-entry.type.js';
import './modules/curation/api-key.type.js';
import './modules/curation/add-source.mutation.js';
import './modules/release/release.queries.js';
import './modules/change/change.queries.js';

export const schema = builder.toSchema({ sortSchema: true });
