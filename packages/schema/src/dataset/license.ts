/**
 * Who may reuse what. The code is MIT; our compilation of the data (the
 * selection, normalisation, codes, review decisions and transcriptions) is
 * CC BY 4.0; each source keeps its own rights, which `sourceRights` states.
 * One home for these facts: the API, the downloads, the releases and the
 * package manifests (tested) all read them from here.
 */
export const PROJECT = {
  name: 'egov-vn',
  repository: 'https://github.com/egov-vn/egov-vn',
  homepage: 'https://github.com/egov-vn/egov-vn#readme',
} as const;

export interface LicenseInfo {
  spdx: string;
  name: string;
  url: string;
}

export const CODE_LICENSE: LicenseInfo = {
  spdx: 'MIT',
  name: 'MIT License',
  url: 'https://opensource.org/license/mit',
};

export const DATA_LICENSE: LicenseInfo & { attribution: string; scope: string } = {
  spdx: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: `egov-vn contributors, "egov-vn: Vietnam provincial e-government indicators", ${PROJECT.repository}, CC BY 4.0`,
  scope:
    'The egov-vn compilation: selection, normalised values, codes, review decisions and transcribed tables. ' +
    "Each source keeps its own rights (Source.rights): quoted article text belongs to its publisher.",
};

export interface SourceRightsInput {
  kind: 'ARTICLE' | 'TABLE';
  publisher: string | null;
  attribution: string | null;
}

/** The rights of one source document, as shown next to every figure read from it. */
export function sourceRights(source: SourceRightsInput): string {
  const note = source.attribution ? ` ${source.attribution}` : '';
  if (source.kind === 'ARTICLE') {
    const owner = source.publisher ?? 'its publisher';
    return `Text © ${owner}, not covered by the egov-vn data licence; egov-vn keeps it to cite its figures and quotes short passages with attribution.${note}`;
  }
  return `Published figures (facts) transcribed by egov-vn; the transcription is part of the egov-vn compilation (${DATA_LICENSE.spdx}).${note}`;
}
