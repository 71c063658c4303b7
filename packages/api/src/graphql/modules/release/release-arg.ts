/** Description shared by every `release` argument. */
export const RELEASE_ARG_DESCRIPTION =
  'A release name ("2026.1"): the figures published when it was cut, the same answer forever. Default: the live data (the latest).';
