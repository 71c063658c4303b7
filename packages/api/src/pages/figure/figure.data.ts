import type { AreaRow, IndicatorRow, ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import { findAreasByIds } from '../../repositories/area.repository.js';
import type { Db } from '../../repositories/db.types.js';
import { findIndicatorsByCodes } from '../../repositories/indicator.repository.js';
import { findObservationHistory, findPublishedVersion, findObservationsByVersionKeys } from '../../repositories/observation.repository.js';
import { findSourcesByIds } from '../../repositories/source.repository.js';
import { PageError } from '../page-error.js';

/** A figure's address: `<natural key>` (the published version) or `<natural key>.<revision>` (one version, forever). */
export interface FigureRef {
  naturalKey: string;
  revision?: number | undefined;
}

const FIGURE_REF = /^([0-9a-f]{32})(?:\.(\d{1,6}))?$/;

export function parseFigureRef(text: string): FigureRef {
  const m = FIGURE_REF.exec(text);
  if (!m) throw new PageError(404, 'NOT_FOUND', 'figure');
  return { naturalKey: m[1]!, revision: m[2] === undefined ? undefined : Number(m[2]) };
}

/** The permanent address part of one version. */
export const versionKey = (o: Pick<ObservationRow, 'natural_key' | 'revision'>) => `${o.natural_key}.${o.revision}`;

/** The page of one version of a figure. */
export const figurePath = (o: Parameters<typeof versionKey>[0]) => `/figures/${versionKey(o)}`;

export interface Figure {
  observation: ObservationRow;
  indicator: IndicatorRow;
  area: AreaRow;
  source: SourceDocumentRow;
  /** Every published version of the figure, oldest first. */
  versions: ObservationRow[];
  /** The version published now, when it is not this one (a correction or withdrawal came after). */
  latest: ObservationRow | undefined;
}

/**
 * One version of a figure with what a page about it shows. An exact version
 * is found whatever came after (a permanent address); without a revision, the
 * version published at `asOf` (or now). Versions never published (candidates,
 * rejected) are not public.
 */
export async function loadFigure(db: Db, ref: FigureRef, asOf?: Date): Promise<Figure> {
  const observation =
    ref.revision === undefined
      ? await findPublishedVersion(db, ref.naturalKey, asOf)
      : (await findObservationsByVersionKeys(db, [`${ref.naturalKey}.${ref.revision}`]))[0];
  if (!observation || observation.review_status !== 'APPROVED') throw new PageError(404, 'NOT_FOUND', 'figure');
  const [[indicator], [area], [source], history] = await Promise.all([
    findIndicatorsByCodes(db, [observation.indicator_code]),
    findAreasByIds(db, [observation.area_id]),
    findSourcesByIds(db, [observation.source_id]),
    findObservationHistory(db, observation.natural_key),
  ]);
  if (!indicator || !area || !source) throw new PageError(404, 'NOT_FOUND', 'figure');
  const versions = history.filter((v) => v.review_status === 'APPROVED');
  const current = versions.find((v) => v.superseded_at === null);
  return { observation, indicator, area, source, versions, latest: current && current.id !== observation.id ? current : undefined };
}
