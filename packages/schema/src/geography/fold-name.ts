/**
 * Folds a Vietnamese name to a comparison key: lower case, no diacritics,
 * "đ" → "d", single spaces. Tone-mark placement ("Hoà" / "Hòa") disappears
 * with the marks themselves.
 *
 * @example
 * foldName('Hoà Bình') === foldName('hoa binh') // true
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Longest first, so "thanh pho truc thuoc trung uong" wins over "thanh pho".
const UNIT_PREFIXES = [
  'thanh pho truc thuoc trung uong',
  'thanh pho',
  'thi xa',
  'thi tran',
  'tinh',
  'tp',
  'huyen',
  'quan',
  'phuong',
  'xa',
  'dac khu',
].sort((a, b) => b.length - a.length);

/**
 * Folds a name and drops a leading unit type ("Tỉnh", "TP.", "Thành phố",
 * "Huyện", ...), so "TP. Hồ Chí Minh" and "Hồ Chí Minh" compare equal.
 *
 * @example
 * searchKey('Tỉnh Hoà Bình') === 'hoa binh'
 */
export function searchKey(text: string): string {
  const folded = foldName(text);
  for (const prefix of UNIT_PREFIXES) {
    if (folded.startsWith(`${prefix} `)) return folded.slice(prefix.length + 1);
  }
  return folded;
}
