// Type-checked against the installed package's index.d.ts (ESM).
import { createClient, graphql, type Observation, toCsv, toRows } from '@egov-vn/sdk';

const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
const ranking = await egov.ranking({ indicator: 'dti_rank', period: 2022 });
const code: 'dti_rank' = ranking.indicator;
const figures: Observation[] = await egov.observations({ within: '17' }).toArray({ limit: 100 });
const csv: string = toCsv(toRows(figures));
const data = await egov.query(graphql(`query ($code: String!) { indicator(code: $code) { unit } }`), { code: 'dti_rank' });
const unit: string | null | undefined = data.indicator?.unit;
// @ts-expect-error not an indicator code: the union types travelled with the package
await egov.indicator('dti_rnak');
// @ts-expect-error the variable is required
await egov.query(graphql(`query ($code: String!) { indicator(code: $code) { unit } }`));
export { code, csv, unit };
