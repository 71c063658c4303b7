/** How the source phrased the figure ("gần 80%" is `APPROX` 80). */
export const QUALIFIERS = ['EXACT', 'APPROX', 'MORE_THAN', 'LESS_THAN', 'AT_LEAST'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A reported figure, or a plan / goal. */
export const OBSERVATION_STATUSES = ['ACTUAL', 'TARGET'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** Only `APPROVED` figures are public unless a caller asks otherwise; `WITHDRAWN` is a version that retracts a figure. */
export const REVIEW_STATUSES = ['CANDIDATE', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
