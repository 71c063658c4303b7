import { readFileSync, statSync } from 'node:fs';

/** Larger files are refused: articles and yearbook tables are kilobytes, not megabytes. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export class InputFileError extends Error {
  override name = 'InputFileError';
}

/**
 * Reads a document to ingest and refuses what is not an article: a missing,
 * empty, oversized, binary or non-UTF-8 file. Line endings become "\n" and the
 * text is NFC-normalized, so offsets are stable whatever editor saved it.
 */
export function readDocumentFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputFileError(`${path}: no such file`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new InputFileError(`${path}: ${size} bytes is more than the ${MAX_DOCUMENT_BYTES}-byte limit for one document`);
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputFileError(`${path}: binary file (contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(`${path}: not valid UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new InputFileError(`${path}: empty file`);
  return text;
}
