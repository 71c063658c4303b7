/**
 * The composite indices of ../shared/data/indices/ in the project's vocabulary:
 * which indicator codes a family's ranks and scores become, which component each
 * CSV component name is, how an edition is named (vi, en) and which methodology
 * it was computed with. Unknown names fail the build.
 */
import type { Geography } from '../../src/geography/area.types.js';
import { INDEX_COMPONENTS, type IndexComponent } from '../../src/indicators/dimension.js';
import type { IndicatorCode } from '../../src/indicators/indicator.vocabulary.js';

export const INDEX_FAMILIES = ['DTI', 'EGOV_IT_APPLICATION_RANKING', 'VN_ICT_INDEX', 'VN_IT_INDUSTRY_INDEX', 'PAR_INDEX', 'SIPAS'] as const;
export type IndexFamily = (typeof INDEX_FAMILIES)[number];

export function isIndexFamily(name: string): name is IndexFamily {
  return (INDEX_FAMILIES as readonly string[]).includes(name);
}

export const INDICATORS_BY_INDEX: Record<IndexFamily, { rank: IndicatorCode; score: IndicatorCode }> = {
  DTI: { rank: 'dti_rank', score: 'dti_score' },
  EGOV_IT_APPLICATION_RANKING: { rank: 'egov_it_rank', score: 'egov_it_score' },
  VN_ICT_INDEX: { rank: 'ict_index_rank', score: 'ict_index_score' },
  VN_IT_INDUSTRY_INDEX: { rank: 'it_industry_index_rank', score: 'it_industry_index_score' },
  PAR_INDEX: { rank: 'par_index_rank', score: 'par_index_score' },
  SIPAS: { rank: 'sipas_rank', score: 'sipas_score' },
};

/**
 * Component names used in the CSVs → INDEX_COMPONENTS. `geography` is the
 * geography of the first pass's `gso_code_pre2025` column; the second-pass
 * files state theirs per row.
 */
const COMPONENTS: Record<string, { component: IndexComponent; geography: Geography }> = {
  overall: { component: 'OVERALL', geography: 'pre2025' },
  pdti: { component: 'OVERALL', geography: 'pre2025' },
  /** DTI 2024 was published for the 34 merged provinces: the code is a post-2025 code. */
  pdti_34_province_basis: { component: 'OVERALL', geography: 'post2025' },
  nhan_thuc_so: { component: 'DIGITAL_AWARENESS', geography: 'pre2025' },
  the_che_so: { component: 'DIGITAL_INSTITUTIONS', geography: 'pre2025' },
  ha_tang_so: { component: 'DIGITAL_INFRASTRUCTURE', geography: 'pre2025' },
  nhan_luc_so: { component: 'DIGITAL_HUMAN_RESOURCES', geography: 'pre2025' },
  an_toan_thong_tin_mang: { component: 'CYBERSECURITY', geography: 'pre2025' },
  hoat_dong_chinh_quyen_so: { component: 'DIGITAL_GOVERNMENT', geography: 'pre2025' },
  chinh_quyen_so: { component: 'DIGITAL_GOVERNMENT_PILLAR', geography: 'pre2025' },
  hoat_dong_kinh_te_so: { component: 'DIGITAL_ECONOMY', geography: 'pre2025' },
  kinh_te_so: { component: 'DIGITAL_ECONOMY_PILLAR', geography: 'pre2025' },
  hoat_dong_xa_hoi_so: { component: 'DIGITAL_SOCIETY', geography: 'pre2025' },
  xa_hoi_so: { component: 'DIGITAL_SOCIETY_PILLAR', geography: 'pre2025' },
  cqs_thong_tin_va_du_lieu_so: { component: 'DIGITAL_GOVERNMENT_DATA', geography: 'pre2025' },
  cqs_chuyen_doi_nhan_thuc: { component: 'DIGITAL_GOVERNMENT_AWARENESS', geography: 'pre2025' },
  cqs_hoat_dong_chinh_quyen_so: { component: 'DIGITAL_GOVERNMENT_ACTIVITIES', geography: 'pre2025' },
  ha_tang_ky_thuat: { component: 'INFRASTRUCTURE', geography: 'pre2025' },
  ha_tang_ky_thuat_cntt: { component: 'INFRASTRUCTURE', geography: 'pre2025' },
  ha_tang_nhan_luc: { component: 'HUMAN_RESOURCES', geography: 'pre2025' },
  ung_dung_cntt: { component: 'APPLICATION', geography: 'pre2025' },
  ung_dung_cntt_noi_bo_co_quan_nha_nuoc: { component: 'INTERNAL_APPLICATION', geography: 'pre2025' },
  ung_dung_cntt_hoat_dong_noi_bo: { component: 'INTERNAL_APPLICATION', geography: 'pre2025' },
  dich_vu_cong_truc_tuyen: { component: 'ONLINE_SERVICES', geography: 'pre2025' },
  website_portal: { component: 'WEBSITE_PORTAL', geography: 'pre2025' },
  cong_nghiep_cntt: { component: 'IT_INDUSTRY', geography: 'pre2025' },
  san_xuat_kinh_doanh_cntt: { component: 'IT_BUSINESS', geography: 'pre2025' },
  moi_truong_to_chuc_chinh_sach: { component: 'ORGANISATION_AND_POLICY', geography: 'pre2025' },
  co_che_chinh_sach: { component: 'POLICY', geography: 'pre2025' },
  /** PAR INDEX field "Xây dựng, phát triển Chính phủ điện tử, Chính phủ số" (since PAR INDEX 2022). */
  xay_dung_phat_trien_chinh_phu_dien_tu_chinh_phu_so: { component: 'DIGITAL_GOVERNMENT', geography: 'pre2025' },
};

/** Provincial means (`pdti_mean`, `chinh_quyen_so_mean`, ...): a national figure, not a province's. */
export function isMeanComponent(name: string): boolean {
  return name.endsWith('_mean');
}

export function mapComponent(name: string, where: string): { component: IndexComponent; geography: Geography } {
  const mapped = COMPONENTS[name];
  if (!mapped) throw new Error(`${where}: component "${name}" has no mapping to INDEX_COMPONENTS`);
  if (!(INDEX_COMPONENTS as readonly string[]).includes(mapped.component)) {
    throw new Error(`${where}: ${mapped.component} is not in INDEX_COMPONENTS`);
  }
  return mapped;
}

/** Methodology breaks of DTI (indices/SOURCE.md): values across them are not comparable. */
const DTI_METHODOLOGY: Record<number, string> = {
  2020: '3 pillars, 108 component indexes (DTI 2020)',
  2021: '9 main indices, 98 component indicators',
  2022: '8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)',
  2023: '8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)',
  2024: '8 main indices, 47 component indicators (QĐ 405/QĐ-BKHCN)',
};

/** The edition's name: the same words in both languages where the index has one name. */
export function edition(index: IndexFamily, year: number): { vi: string; en: string } {
  switch (index) {
    case 'DTI':
      return { vi: `DTI ${year}`, en: `DTI ${year}` };
    case 'VN_ICT_INDEX':
      return { vi: `Vietnam ICT Index ${year}`, en: `Vietnam ICT Index ${year}` };
    case 'VN_IT_INDUSTRY_INDEX':
      return { vi: `Chỉ số công nghiệp CNTT ${year}`, en: `IT industry index ${year}` };
    case 'EGOV_IT_APPLICATION_RANKING':
      return { vi: `Xếp hạng ứng dụng CNTT, phát triển Chính phủ điện tử ${year}`, en: `IT application & e-government ranking ${year}` };
    case 'PAR_INDEX':
      return { vi: `PAR INDEX ${year}`, en: `PAR INDEX ${year}` };
    case 'SIPAS':
      return { vi: `SIPAS ${year}`, en: `SIPAS ${year}` };
  }
}

export function methodology(index: IndexFamily, year: number): string {
  switch (index) {
    case 'DTI': {
      const m = DTI_METHODOLOGY[year];
      if (!m) throw new Error(`no DTI methodology known for ${year}`);
      return m;
    }
    case 'VN_ICT_INDEX': {
      const base = `Vietnam ICT Index ${year} (MIC & VAIP): sub-indices technical infrastructure, human resources, IT application`;
      if (year === 2010) return `${base}, IT business, organisation and policy environment`;
      if (year === 2019) return `${base}; online public services listed separately`;
      if (year === 2023) return `${base}; IT application split into internal application in state agencies and online public services`;
      return base;
    }
    // Methodology not documented in indices/SOURCE.md: the edition's name.
    default:
      return edition(index, year).en;
  }
}

/** How a citation names a component (vi, en). */
export const COMPONENT_LABELS: Record<IndexComponent, { vi: string; en: string }> = {
  OVERALL: { vi: 'chỉ số chung', en: 'overall index' },
  DIGITAL_AWARENESS: { vi: 'nhận thức số', en: 'digital awareness' },
  DIGITAL_INSTITUTIONS: { vi: 'thể chế số', en: 'digital institutions' },
  DIGITAL_INFRASTRUCTURE: { vi: 'hạ tầng số', en: 'digital infrastructure' },
  DIGITAL_HUMAN_RESOURCES: { vi: 'nhân lực số', en: 'digital human resources' },
  CYBERSECURITY: { vi: 'an toàn thông tin mạng', en: 'cybersecurity' },
  DIGITAL_GOVERNMENT: { vi: 'hoạt động chính quyền số', en: 'digital government activity' },
  DIGITAL_ECONOMY: { vi: 'hoạt động kinh tế số', en: 'digital economy activity' },
  DIGITAL_SOCIETY: { vi: 'hoạt động xã hội số', en: 'digital society activity' },
  INFRASTRUCTURE: { vi: 'hạ tầng kỹ thuật', en: 'technical infrastructure' },
  HUMAN_RESOURCES: { vi: 'hạ tầng nhân lực', en: 'human resources' },
  APPLICATION: { vi: 'ứng dụng CNTT', en: 'IT application' },
  INTERNAL_APPLICATION: { vi: 'ứng dụng CNTT nội bộ', en: 'internal IT application' },
  ONLINE_SERVICES: { vi: 'dịch vụ công trực tuyến', en: 'online public services' },
  WEBSITE_PORTAL: { vi: 'cổng/trang thông tin điện tử', en: 'website / portal' },
  IT_INDUSTRY: { vi: 'công nghiệp CNTT', en: 'IT industry' },
  IT_BUSINESS: { vi: 'sản xuất kinh doanh CNTT', en: 'IT business' },
  ORGANISATION_AND_POLICY: { vi: 'môi trường tổ chức, chính sách', en: 'organisation and policy environment' },
  POLICY: { vi: 'cơ chế chính sách', en: 'policy mechanisms' },
  DIGITAL_GOVERNMENT_PILLAR: { vi: 'trụ cột chính quyền số', en: 'digital government pillar' },
  DIGITAL_ECONOMY_PILLAR: { vi: 'trụ cột kinh tế số', en: 'digital economy pillar' },
  DIGITAL_SOCIETY_PILLAR: { vi: 'trụ cột xã hội số', en: 'digital society pillar' },
  DIGITAL_GOVERNMENT_DATA: { vi: 'chính quyền số: thông tin và dữ liệu số', en: 'digital government: information and digital data' },
  DIGITAL_GOVERNMENT_AWARENESS: { vi: 'chính quyền số: chuyển đổi nhận thức', en: 'digital government: awareness' },
  DIGITAL_GOVERNMENT_ACTIVITIES: { vi: 'chính quyền số: hoạt động chính quyền số', en: 'digital government: activities' },
  MODERNISATION: { vi: 'hiện đại hóa hành chính', en: 'administrative modernisation' },
  ADMINISTRATIVE_PROCEDURE_REFORM: { vi: 'cải cách thủ tục hành chính', en: 'administrative procedure reform' },
};

/** Names of the transcribed tables, for a citation's locator (vi, en). */
export const TABLE_NAMES = {
  ranking: { vi: 'bảng xếp hạng cấp tỉnh', en: 'provincial ranking table' },
  detail: { vi: 'bảng điểm chi tiết (hạng 1–5)', en: 'detailed scores (ranks 1–5)' },
  reported: { vi: 'giá trị cấp tỉnh được đưa tin', en: 'provincial values as reported' },
} as const;
export type TableKind = keyof typeof TABLE_NAMES;
