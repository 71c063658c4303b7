/**
 * How texts name the published composite indices (vi and en, lower case), most specific first:
 * the readers of rankings (tables and prose) look for these to tell which index a rank or score
 * belongs to. Data, shared by every reader; add phrases here, not in code.
 */
export interface IndexFamily {
  rank: 'dti_rank' | 'egov_it_rank' | 'ict_index_rank' | 'par_index_rank';
  score: 'dti_score' | 'egov_it_score' | 'ict_index_score' | 'par_index_score';
  cues: readonly string[];
}

export const INDEX_FAMILIES: readonly IndexFamily[] = [
  {
    rank: 'par_index_rank',
    score: 'par_index_score',
    cues: ['par index', 'chỉ số cải cách hành chính', 'chỉ số par', 'public administration reform index'],
  },
  {
    rank: 'dti_rank',
    score: 'dti_score',
    cues: ['dti', 'chỉ số chuyển đổi số', 'chỉ số đánh giá chuyển đổi số', 'digital transformation index'],
  },
  {
    rank: 'ict_index_rank',
    score: 'ict_index_score',
    cues: ['ict index', 'sẵn sàng cho phát triển và ứng dụng công nghệ thông tin', 'sẵn sàng cho phát triển và ứng dụng cntt'],
  },
  {
    rank: 'egov_it_rank',
    score: 'egov_it_score',
    cues: [
      'mức độ ứng dụng cntt, phát triển chính phủ điện tử',
      'mức độ ứng dụng công nghệ thông tin, phát triển chính phủ điện tử',
      'xếp hạng mức độ ứng dụng cntt',
      'xếp hạng mức độ ứng dụng công nghệ thông tin',
      'phát triển chính phủ điện tử',
      'e-government development',
    ],
  },
];
