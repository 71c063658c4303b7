// Type-checked against the installed package's index.d.ts (ESM).
import { changes, createClient, graphql, latestRelease, type Observation, release, toCsv, toRows } from '@egov-vn/sdk';
import { downloadObservations, type DownloadRow } from '@egov-vn/sdk/downloads';

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

// The helpers' types travelled with the package: real types, neither `unknown` (the
// assignments would fail) nor `any` (the @ts-expect-error lines would).
const latest = await latestRelease(egov);
const checksum: string | undefined = latest?.checksum;
const count: number = (await release(egov, '2026.1')).counts.observations;
// @ts-expect-error a checksum is a string
const notANumber: number | undefined = latest?.checksum;
for await (const change of changes(egov, { since: null, indicator: 'dti_rank' })) {
  const kind: 'APPROVAL' | 'CORRECTION' | 'WITHDRAWAL' = change.kind;
  const value: number | undefined = change.after?.value;
  const cursor: string = change.cursor;
  // @ts-expect-error `before` is null for an approval
  const before: Observation = change.before;
  console.log(kind, value, cursor, before);
}
for await (const row of downloadObservations(egov, { indicator: 'dti_rank', release: '2026.1' }, { format: 'csv' })) {
  const typed: DownloadRow = row;
  const value: number = row.value;
  const period: number | null = row.period;
  // @ts-expect-error the period may be null (an undated figure)
  const dated: number = row.period;
  console.log(typed, value, period, dated);
}
// @ts-expect-error not a filter of a download
downloadObservations(egov, { reviewStatus: ['CANDIDATE'] });
export { checksum, code, count, csv, notANumber, unit };
