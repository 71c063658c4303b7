import type { Database, ObservationRow } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Actor } from '../../curation/actor.js';
import { addFigure, type MissedFigure } from '../../curation/add-figure.js';
import { correctFigure, type Correction } from '../../curation/correct-figure.js';
import { runCuration } from '../../curation/run-curation.js';
import { withdrawFigure } from '../../curation/withdraw-figure.js';
import type { ServerCall } from './server-call.js';

/** What `egov figure` and `egov review` print of a figure. */
export interface FigureSummary {
  figureKey: string;
  revision: number;
  value: string;
  period: number | null;
  reviewStatus: string;
}

/** `egov figure correct | withdraw | add`. */
export interface FigureCurator {
  correct(c: Correction): Promise<FigureSummary>;
  withdraw(w: { figureKey: string; expectedRevision: number; reason: string }): Promise<FigureSummary>;
  addFigure(f: MissedFigure): Promise<FigureSummary>;
}

export const figureSummary = (o: ObservationRow): FigureSummary => ({ figureKey: o.natural_key, revision: o.revision, value: o.value, period: o.period, reviewStatus: o.review_status });

/** The API's selection of a figure answering to `FigureSummary`. */
export const FIGURE = 'figureKey revision value: valueText period reviewStatus';

export function directFigureCurator(db: Kysely<Database>, actor: Actor): FigureCurator {
  return {
    correct: async (c) => figureSummary((await runCuration(db, actor, (trx) => correctFigure(trx, actor, c))).figure),
    withdraw: async (w) => figureSummary((await runCuration(db, actor, (trx) => withdrawFigure(trx, actor, w))).figure),
    addFigure: async (f) => figureSummary((await runCuration(db, actor, (trx) => addFigure(trx, actor, f))).figure),
  };
}

export function serverFigureCurator(call: ServerCall): FigureCurator {
  return {
    async correct(c) {
      const input = { ...c, value: c.value ?? undefined };
      return (await call<{ correctFigure: FigureSummary }>(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { ${FIGURE} } }`, { i: input })).correctFigure;
    },
    async withdraw(w) {
      return (
        await call<{ withdrawFigure: FigureSummary }>(`mutation($k: String!, $r: Int!, $why: String!) { withdrawFigure(figureKey: $k, expectedRevision: $r, reason: $why) { ${FIGURE} } }`, {
          k: w.figureKey,
          r: w.expectedRevision,
          why: w.reason,
        })
      ).withdrawFigure;
    },
    async addFigure(f) {
      const { indicator, ...rest } = f;
      const input = { ...rest, indicatorCode: indicator };
      return (await call<{ addFigure: FigureSummary }>(`mutation($i: AddFigureInput!) { addFigure(input: $i) { ${FIGURE} } }`, { i: input })).addFigure;
    },
  };
}
