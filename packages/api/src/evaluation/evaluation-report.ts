import type { Evaluation } from './evaluate-corpus.js';
import { totals, type Totals } from './score.js';

const pct = (x: number): string => x.toFixed(2);

function row(label: string, t: Totals): string {
  return [
    label.padEnd(10),
    String(t.documents).padStart(4),
    `${t.found}/${t.required}`.padStart(8),
    pct(t.recall).padStart(6),
    `${t.correct}/${t.candidates}`.padStart(8),
    pct(t.precision).padStart(6),
    String(t.traps).padStart(5),
    pct(t.attributeAccuracy).padStart(6),
    pct(t.strictRecall).padStart(7),
    `${t.table.found}/${t.table.required}`.padStart(8),
    `${t.prose.found}/${t.prose.required}`.padStart(8),
    pct(t.prose.recall).padStart(6),
  ].join(' ');
}

const HEADER = [
  'scope'.padEnd(10),
  'docs'.padStart(4),
  'found'.padStart(8),
  'recall'.padStart(6),
  'correct'.padStart(8),
  'prec.'.padStart(6),
  'traps'.padStart(5),
  'attrs'.padStart(6),
  'strict'.padStart(7),
  'table'.padStart(8),
  'prose'.padStart(8),
  'recall'.padStart(6),
].join(' ');

/**
 * The evaluation as text: overall, per style, per document, then what went wrong
 * (missed readings, false candidates, trap hits, wrong attributes) with `--details`.
 */
export function formatEvaluation(e: Evaluation, details = false): string {
  const lines: string[] = [];
  lines.push(
    'recall = required gold readings found (same indicator and value) / required; prec. = candidates that are gold readings (optional included) / candidates;',
    'traps = candidates with a trap value; attrs = found readings with area, period, dimensions, qualifier and status all right; strict = recall with all attributes right; table = required table readings found; prose = required readings not from tables, found, and their recall',
    '',
    HEADER,
    row('all', e.overall),
  );
  const o = e.overall.perAttribute;
  lines.push(
    `attribute accuracy of found readings: dimensions ${pct(o.dimensions)}, area ${pct(o.area)}, period ${pct(o.period)}, qualifier ${pct(o.qualifier)}, status ${pct(o.status)}`,
    '',
    HEADER,
  );
  for (const [style, t] of Object.entries(e.byStyle)) lines.push(row(style, t));
  lines.push('', HEADER);
  for (const d of e.documents) lines.push(row(`${d.document.id} ${d.document.style}`, totals([d.score])));
  if (details) {
    for (const { document, score } of e.documents) {
      const problems: string[] = [];
      for (const g of score.missed) problems.push(`  missed   ${g.indicator} ${JSON.stringify(g.dimensions)} ${g.area} ${g.period} ${g.value} — ${g.quote.slice(0, 90).replace(/\s+/g, ' ')}`);
      for (const c of score.falsePositives) {
        const trap = score.trapHits.find((t) => t.candidate === c);
        problems.push(`  ${trap ? 'TRAP    ' : 'false   '} ${c.indicator} ${JSON.stringify(c.dimensions)} ${c.areaCode} ${c.period} ${c.value}${c.rule ? ` [${c.rule}]` : ''} — ${c.quote.slice(0, 90).replace(/\s+/g, ' ')}`);
      }
      for (const m of score.matches.filter((x) => x.wrong.length > 0)) {
        const got = m.candidate;
        problems.push(
          `  attrs    ${m.gold.indicator} ${m.gold.value}: ${m.wrong
            .map((a) =>
              a === 'dimensions'
                ? `dimensions ${JSON.stringify(got.dimensions)}≠${JSON.stringify(m.gold.dimensions)}`
                : a === 'area'
                  ? `area ${got.areaCode}≠${m.gold.area}`
                  : `${a} ${String(got[a])}≠${String(m.gold[a])}`,
            )
            .join(', ')}`,
        );
      }
      if (problems.length > 0) lines.push('', `${document.id} (${document.style}, ${document.split}) ${document.file}`, ...problems);
    }
  }
  return `${lines.join('\n')}\n`;
}
