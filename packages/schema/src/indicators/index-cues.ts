import type { IndexComponent } from './dimension.js';

type RankCode = 'dti_rank' | 'egov_it_rank' | 'ict_index_rank' | 'par_index_rank';
type ScoreCode = 'dti_score' | 'egov_it_score' | 'ict_index_score' | 'par_index_score' | 'papi_egov_score';

/** A part of an index that texts rank or score on its own ("chỉ số hiện đại hóa hành chính", "IT application"). */
export interface IndexComponentCue {
  /** `null` for codes without a `component` dimension (PAPI e-governance). */
  component: IndexComponent | null;
  /** Codes the component's rank and score are stored under; `null` when the vocabulary has none. */
  rank: RankCode | null;
  score: ScoreCode | null;
  cues: readonly string[];
}

/**
 * How texts name the published composite indices (vi and en, lower case), most specific first:
 * the readers of rankings (tables and prose) look for these to tell which index a rank or score
 * belongs to. Data, shared by every reader; add phrases here, not in code.
 */
export interface IndexFamily {
  /** Codes of the headline (OVERALL) rank and score; `null` when the vocabulary has none (PAPI overall). */
  rank: RankCode | null;
  score: ScoreCode | null;
  cues: readonly string[];
  /** Components a text may name instead of the headline figure; their cues also name the family. */
  components: readonly IndexComponentCue[];
  /**
   * What the index measures, as texts say a place is ranked "on" it ("đứng đầu cả nước về chuyển đổi số",
   * "leads the country in digital transformation"): read as the index only in a document that names the index.
   */
  topics?: readonly string[];
}

export const INDEX_FAMILIES: readonly IndexFamily[] = [
  {
    rank: 'par_index_rank',
    score: 'par_index_score',
    cues: ['par index', 'chỉ số cải cách hành chính', 'chỉ số par', 'public administration reform index', 'administrative reform index'],
    topics: ['cải cách hành chính', 'administrative reform', 'public administration reform'],
    components: [
      {
        component: 'MODERNISATION',
        rank: 'par_index_rank',
        score: 'par_index_score',
        cues: ['chỉ số hiện đại hóa hành chính', 'hiện đại hóa nền hành chính', 'administrative modernisation', 'administrative modernization'],
      },
      {
        component: 'ADMINISTRATIVE_PROCEDURE_REFORM',
        rank: 'par_index_rank',
        score: 'par_index_score',
        cues: ['chỉ số cải cách thủ tục hành chính', 'chỉ số thành phần cải cách thủ tục hành chính', 'administrative procedure reform'],
      },
    ],
  },
  {
    // PAPI: only the e-governance dimension has a code; the overall rank and score are not read.
    rank: null,
    score: null,
    cues: ['papi', 'chỉ số hiệu quả quản trị và hành chính công', 'provincial governance and public administration performance index'],
    components: [{ component: null, rank: null, score: 'papi_egov_score', cues: ['quản trị điện tử', 'e-governance'] }],
  },
  {
    rank: 'dti_rank',
    score: 'dti_score',
    cues: ['dti', 'chỉ số chuyển đổi số', 'chỉ số đánh giá chuyển đổi số', 'digital transformation index'],
    topics: ['chuyển đổi số', 'digital transformation'],
    components: [
      { component: 'DIGITAL_GOVERNMENT', rank: 'dti_rank', score: 'dti_score', cues: ['chính quyền số', 'digital government'] },
      { component: 'DIGITAL_ECONOMY', rank: 'dti_rank', score: 'dti_score', cues: ['kinh tế số', 'digital economy'] },
      { component: 'DIGITAL_SOCIETY', rank: 'dti_rank', score: 'dti_score', cues: ['xã hội số', 'digital society'] },
      { component: 'DIGITAL_AWARENESS', rank: 'dti_rank', score: 'dti_score', cues: ['nhận thức số', 'digital awareness'] },
      { component: 'DIGITAL_INSTITUTIONS', rank: 'dti_rank', score: 'dti_score', cues: ['thể chế số', 'digital institutions'] },
    ],
  },
  {
    rank: 'ict_index_rank',
    score: 'ict_index_score',
    cues: [
      'ict index',
      'sẵn sàng cho phát triển và ứng dụng công nghệ thông tin',
      'sẵn sàng cho phát triển và ứng dụng cntt',
      'readiness for information and communications technology',
    ],
    components: [
      { component: 'IT_INDUSTRY', rank: 'ict_index_rank', score: 'ict_index_score', cues: ['it industry', 'công nghiệp cntt', 'công nghiệp công nghệ thông tin'] },
      { component: 'APPLICATION', rank: 'ict_index_rank', score: 'ict_index_score', cues: ['it application', 'ict application'] },
    ],
  },
  {
    // Indices without a code: named so that a rank beside them is not given to another index.
    rank: null,
    score: null,
    cues: [
      'pci', 'chỉ số năng lực cạnh tranh', 'provincial competitiveness index', 'sipas', 'chỉ số hài lòng', 'satisfaction index',
      'pgi', 'chỉ số xanh', 'pii', 'chỉ số đổi mới sáng tạo',
    ],
    components: [],
  },
  {
    rank: 'egov_it_rank',
    score: 'egov_it_score',
    cues: [
      'mức độ ứng dụng cntt, phát triển chính phủ điện tử',
      'mức độ ứng dụng công nghệ thông tin, phát triển chính phủ điện tử',
      'xếp hạng mức độ ứng dụng cntt',
      'xếp hạng mức độ ứng dụng công nghệ thông tin',
      'mức độ ứng dụng cntt',
      'mức độ ứng dụng công nghệ thông tin',
      'ứng dụng công nghệ thông tin trong các cơ quan nhà nước',
      'ứng dụng công nghệ thông tin trong cơ quan nhà nước',
      'ứng dụng cntt trong các cơ quan nhà nước',
      'ứng dụng cntt trong cơ quan nhà nước',
      'phát triển chính phủ điện tử',
      'e-government development',
      'it application in state agencies',
    ],
    components: [],
  },
];
