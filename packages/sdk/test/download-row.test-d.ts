// Drift check of the download row type against the server's record type (checked by tsc over test/):
// the SDK's row is generated from it; this fails when the generated file is stale.
import { describe, expectTypeOf, it } from 'vitest';
import type { ExportRecord } from '../../api/src/downloads/export-record.js';
import type { DownloadRow } from '../src/downloads/download-row.js';

describe('DownloadRow is the server ExportRecord as JSON', () => {
  it('has the same columns with the same types, `value` a number', () => {
    expectTypeOf<keyof DownloadRow>().toEqualTypeOf<keyof ExportRecord>();
    expectTypeOf<Required<Omit<DownloadRow, 'value'>>>().toEqualTypeOf<Omit<ExportRecord, 'value'>>();
    expectTypeOf<DownloadRow['value']>().toEqualTypeOf<number>();
    expectTypeOf<DownloadRow['period']>().toEqualTypeOf<number | null>();
  });
});
