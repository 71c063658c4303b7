import { describe, expect, it } from 'vitest';
import { formatFigureCitation, formatSourceCitation } from '../../src/citations/citation.js';
import { nextVersion } from '../../src/curation/next-version.js';

const article = { kind: 'ARTICLE', title: 'Tiêu đề bài', title_en: null, language: 'vi', publisher: null, published_at: null, url: null } as const;
const table = {
  kind: 'TABLE',
  title: 'DTI 2022: giá trị cấp tỉnh do Báo X đưa tin (bản chép lại)',
  title_en: 'DTI 2022: provincial values reported by Báo X, transcribed',
  language: 'vi',
  publisher: null,
  published_at: '2023-07-12',
  url: 'https://www.example.vn/bai-viet',
} as const;
const row = { quote: 'DTI,2022,…,Trà Vinh,pdti,25,,https://www.example.vn/bai-viet,a transcriber note', locator: 'DTI 2022, giá trị cấp tỉnh được đưa tin, dòng Trà Vinh, chỉ số chung', locator_en: 'DTI 2022, provincial values as reported, row Trà Vinh, overall index' };

describe('formatFigureCitation', () => {
  it('cites an article figure by its quote, whitespace folded, saying what the source does not record', () => {
    const o = { quote: 'gần  80%\ncán bộ', locator: null, locator_en: null };
    expect(formatFigureCitation(o, article, 'vi')).toBe('“gần 80% cán bộ” — Tiêu đề bài, không rõ nơi đăng, không rõ ngày đăng, không rõ địa chỉ.');
    expect(formatFigureCitation(o, article, 'en')).toBe(
      '“gần 80% cán bộ” — Tiêu đề bài [in Vietnamese; no English title recorded], outlet unknown, undated, no address recorded.',
    );
  });

  it('cites a table figure by its locator, never by the transcribed row; the outlet falls back to the address host', () => {
    const vi = formatFigureCitation(row, table, 'vi');
    const en = formatFigureCitation(row, table, 'en');
    expect(vi).toBe(`${row.locator} — ${table.title}, example.vn, 12/07/2023, https://www.example.vn/bai-viet.`);
    expect(en).toBe(`${row.locator_en} — ${table.title} [${table.title_en}], example.vn, 2023-07-12, https://www.example.vn/bai-viet.`);
    for (const c of [vi, en]) expect(c).not.toContain('transcriber');
  });

  it('says so when a table figure has no locator in the language asked for', () => {
    expect(formatFigureCitation({ ...row, locator_en: null }, table, 'en')).toMatch(/^place in the table not recorded — /);
  });
});

describe('formatSourceCitation', () => {
  it('prints an English source by its title alone in both languages', () => {
    const en = { ...table, language: 'en', title: table.title_en } as const;
    expect(formatSourceCitation(en, 'en')).toBe(`${table.title_en}, example.vn, 2023-07-12, https://www.example.vn/bai-viet.`);
    expect(formatSourceCitation(en, 'vi')).toBe(`${table.title_en}, example.vn, 12/07/2023, https://www.example.vn/bai-viet.`);
  });
});

describe('nextVersion', () => {
  it("keeps a table figure's locators in the corrected version", () => {
    const current = {
      natural_key: 'k', indicator_code: 'dti_rank', dimensions: { component: 'OVERALL' }, area_id: 1, period: 2022, value: '25', unit: 'rank',
      qualifier: 'EXACT', status: 'ACTUAL', source_id: 1, quote: row.quote, quote_start: 0, quote_end: 10, edition: 'DTI 2022', methodology: null,
      locator: row.locator, locator_en: row.locator_en, note: null,
    } as unknown as Parameters<typeof nextVersion>[0];
    const next = nextVersion(current, { value: '26', changed_by: 'curator', change_reason: 'typo' });
    expect(next).toMatchObject({ value: '26', locator: row.locator, locator_en: row.locator_en });
  });
});
