import {
  AREA_LEVELS,
  GEOGRAPHIES,
  GOV_LEVELS,
  INDEX_COMPONENTS,
  INDICATOR_CATEGORIES,
  OBSERVATION_STATUSES,
  QUALIFIERS,
  REVIEW_STATUSES,
  SERVICE_MODES,
  SETTLEMENTS,
} from '@egov-vn/schema';
import { builder } from './builder.js';
import { describedValues } from './described-values.js';

export const AreaLevelEnum = builder.enumType('AreaLevel', {
  description: 'Tier of an administrative unit. Since 1 July 2025 there are only provinces and communes (no districts).',
  values: describedValues(AREA_LEVELS, {
    PROVINCE: 'Province or centrally run city ("tỉnh", "thành phố trực thuộc trung ương"); GSO code of 2 digits.',
    DISTRICT: 'District-level unit ("huyện", "quận", "thị xã", "thành phố thuộc tỉnh"); GSO code of 3 digits. Pre-2025 only: abolished on 1 July 2025.',
    COMMUNE: 'Commune-level unit ("xã", "phường", "thị trấn", "đặc khu"); GSO code of 5 digits.',
  }),
});
export const GeographyEnum = builder.enumType('Geography', {
  description: 'pre2025: the 63 provinces, districts and communes in force until 30 June 2025; post2025: the 34 provinces and communes since 1 July 2025.',
  values: describedValues(GEOGRAPHIES, {
    pre2025: 'The units in force until 30 June 2025: 63 provinces, their districts and communes.',
    post2025: 'The units in force since 1 July 2025: 34 provinces and their communes (no districts).',
  }),
});
export const GovLevelEnum = builder.enumType('GovLevel', {
  description: 'The level of government a figure describes, e.g. the share of commune officials with a computer. ALL: the whole area, every level together.',
  values: describedValues(GOV_LEVELS, {
    PROVINCE: 'Provincial bodies ("cấp tỉnh").',
    DISTRICT: 'District bodies ("cấp huyện"); none after 1 July 2025.',
    COMMUNE: 'Commune bodies ("cấp xã").',
    ALL: 'All levels together, or the source does not split by level (the default in queries).',
  }),
});
export const ServiceModeEnum = builder.enumType('ServiceMode', {
  description: 'Online public services under Decree 42/2022 (from 2022): FULL = "toàn trình" (end to end online), PARTIAL = "một phần".',
  values: describedValues(SERVICE_MODES, {
    FULL: '"Toàn trình": the whole procedure is done online, results included.',
    PARTIAL: '"Một phần": part of the procedure is done online, the rest in person.',
  }),
});
export const SettlementEnum = builder.enumType('Settlement', {
  description: 'Urban / rural split ("thành thị", "nông thôn"); ALL where the source does not split.',
  values: describedValues(SETTLEMENTS, {
    URBAN: 'Urban areas ("thành thị").',
    RURAL: 'Rural areas ("nông thôn").',
    ALL: 'Urban and rural together, or the source does not split (the default in queries).',
  }),
});
export const IndexComponentEnum = builder.enumType('IndexComponent', {
  description:
    'Part of a composite index a score or rank is for (DTI, PAR INDEX, Vietnam ICT Index, IT-application ranking). OVERALL is the headline figure and the default in queries; a component exists only in the editions that publish it.',
  values: describedValues(INDEX_COMPONENTS, {
    OVERALL: 'The headline (overall) score or rank of the index.',
    DIGITAL_AWARENESS: 'DTI main index "nhận thức số" (digital awareness), 2022 and later.',
    DIGITAL_INSTITUTIONS: 'DTI main index "thể chế số" (digital institutions), 2022 and later.',
    DIGITAL_INFRASTRUCTURE: 'DTI main index "hạ tầng số" (digital infrastructure), 2022 and later.',
    DIGITAL_HUMAN_RESOURCES: 'DTI main index "nhân lực số" (digital human resources), 2022 and later.',
    CYBERSECURITY: 'DTI main index "an toàn thông tin mạng" (cybersecurity), 2022 and later.',
    DIGITAL_GOVERNMENT: 'DTI main index "hoạt động chính quyền số" (digital-government activities), 2022 and later.',
    DIGITAL_ECONOMY: 'DTI main index "hoạt động kinh tế số" (digital-economy activities), 2022 and later.',
    DIGITAL_SOCIETY: 'DTI main index "hoạt động xã hội số" (digital-society activities), 2022 and later.',
    INFRASTRUCTURE: 'Vietnam ICT Index / IT-application ranking: technical infrastructure ("hạ tầng kỹ thuật").',
    HUMAN_RESOURCES: 'Vietnam ICT Index / IT-application ranking: human resources ("hạ tầng nhân lực").',
    APPLICATION: 'Vietnam ICT Index: IT application ("ứng dụng CNTT").',
    INTERNAL_APPLICATION: 'IT-application ranking: IT use inside state agencies ("ứng dụng CNTT nội bộ").',
    ONLINE_SERVICES: 'IT-application ranking: online public services ("dịch vụ công trực tuyến").',
    WEBSITE_PORTAL: 'IT-application ranking: the provincial web portal ("cổng/trang thông tin điện tử").',
    IT_INDUSTRY: 'Vietnam ICT Index: IT industry ("công nghiệp CNTT").',
    IT_BUSINESS: 'Vietnam ICT Index 2010 sub-index: IT business ("sản xuất kinh doanh CNTT").',
    ORGANISATION_AND_POLICY: 'Vietnam ICT Index 2010 sub-index: organisation and policy environment ("tổ chức, chính sách").',
    POLICY: 'IT-application ranking: policy mechanisms ("cơ chế chính sách").',
    DIGITAL_GOVERNMENT_PILLAR: 'DTI pillar "chính quyền số" (digital government): an aggregate of main indices, not DIGITAL_GOVERNMENT.',
    DIGITAL_ECONOMY_PILLAR: 'DTI pillar "kinh tế số" (digital economy): an aggregate of main indices, not DIGITAL_ECONOMY.',
    DIGITAL_SOCIETY_PILLAR: 'DTI pillar "xã hội số" (digital society): an aggregate of main indices, not DIGITAL_SOCIETY.',
    DIGITAL_GOVERNMENT_DATA: 'DTI 2020 main index of the digital-government pillar: data ("dữ liệu số").',
    DIGITAL_GOVERNMENT_AWARENESS: 'DTI 2020 main index of the digital-government pillar: awareness ("nhận thức số").',
    DIGITAL_GOVERNMENT_ACTIVITIES: 'DTI 2020 main index of the digital-government pillar: activities ("hoạt động").',
    MODERNISATION: 'PAR INDEX component "hiện đại hóa hành chính" (administrative modernisation), where e-government is scored.',
    ADMINISTRATIVE_PROCEDURE_REFORM: 'PAR INDEX component "cải cách thủ tục hành chính" (administrative procedure reform).',
  }),
});
export const IndicatorCategoryEnum = builder.enumType('IndicatorCategory', {
  description: 'The group an indicator belongs to in the vocabulary (spec/indicators.md); `indicators(category:)` filters by it.',
  values: describedValues(INDICATOR_CATEGORIES, {
    INFRASTRUCTURE: 'IT infrastructure of state agencies: computers, networks, data centres.',
    HUMAN_RESOURCES: 'IT staff and training of officials.',
    INTERNAL_APPLICATION: 'IT use inside state agencies: e-documents, digital signatures, shared systems.',
    ONLINE_SERVICES: 'Online public services: how many, at which level, how much used.',
    TELECOM: 'Telephone, internet and broadband subscribers of the population.',
    COMPOSITE_INDEX: 'Scores and ranks of composite indices (DTI, PAR INDEX, Vietnam ICT Index, IT-application ranking).',
  }),
});
export const QualifierEnum = builder.enumType('Qualifier', {
  description: 'How the source phrased the figure: the value alone is not the claim when it says "gần 80%" (APPROX 80). Print the qualifier with the value.',
  values: describedValues(QUALIFIERS, {
    EXACT: 'The source states the value plainly.',
    APPROX: 'About the value: "gần", "khoảng", "xấp xỉ", "hầu hết".',
    MORE_THAN: 'More than the value: "trên", "hơn".',
    LESS_THAN: 'Less than the value: "dưới".',
    AT_LEAST: 'At least the value: "tối thiểu", "ít nhất".',
  }),
});
export const ObservationStatusEnum = builder.enumType('ObservationStatus', {
  description: 'Whether a figure reports what happened or what was planned. Queries default to ACTUAL where they pick one.',
  values: describedValues(OBSERVATION_STATUSES, {
    ACTUAL: 'A reported (achieved) figure.',
    TARGET: 'A plan or goal ("mục tiêu", "phấn đấu"), not an achievement.',
  }),
});
export const ReviewStatusEnum = builder.enumType('ReviewStatus', {
  description: 'Where a version of a figure stands in review. Only APPROVED figures are public unless a query asks for others.',
  values: describedValues(REVIEW_STATUSES, {
    CANDIDATE: 'Extracted or added, not yet reviewed: not published.',
    APPROVED: 'Reviewed and published.',
    REJECTED: 'Reviewed and refused (e.g. a misread figure): never published.',
    WITHDRAWN: 'A version that retracts a published figure; the earlier versions stay in `revisions`.',
  }),
});
export const LangEnum = builder.enumType('Lang', {
  description: 'Language of a name: VI (Vietnamese, the official names; the default) or EN.',
  values: describedValues(['VI', 'EN'] as const, {
    VI: 'Vietnamese, with diacritics.',
    EN: 'English: indicator names as in the vocabulary; unit names as the upstream data set generates them (not official).',
  }),
});
export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Order of a sorted list.',
  values: describedValues(['ASC', 'DESC'] as const, {
    ASC: 'Smallest first (the default).',
    DESC: 'Largest first.',
  }),
});
