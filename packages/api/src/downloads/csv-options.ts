/**
 * RFC 4180 as csv-stringify writes it: CRLF record ends, and any field holding a line break quoted — with a
 * custom record delimiter csv-stringify quotes only that delimiter unless told (a table cell's quote spans lines).
 */
export const RFC4180 = { record_delimiter: 'windows', quote_record_delimiter: true } as const;
