export { evaluateCorpus, type DocumentEvaluation, type Evaluation, type EvaluationFilter } from './evaluate-corpus.js';
export { formatEvaluation } from './evaluation-report.js';
export { loadGoldCorpus, readGoldText, type GoldCorpus, type GoldDocument, type GoldObservation, type GoldTrap } from './gold-corpus.js';
export { sameValue, scoreDocument, totals, type DocumentScore, type Match, type ScoredCandidate, type Totals } from './score.js';
