import { OBSERVATION_STATUSES, QUALIFIERS, type ObservationStatus, type Qualifier } from '@egov-vn/schema';
import type { Command } from 'commander';
import { withCurator } from './curator/curator-client.js';
import type { FigureSummary } from './curator/figure.curator.js';

function int(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value)) throw new Error(`${name} must be an integer, got "${value}"`);
    return Number(value);
  };
}

function oneOf<T extends string>(name: string, values: readonly T[]) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new Error(`${name} must be one of ${values.join(', ')}, got "${value}"`);
    return value as T;
  };
}

/** `--period none` clears a period (the source does not say). */
function period(value: string): number | null {
  return value === 'none' ? null : int('--period')(value);
}

function show(figure: FigureSummary) {
  console.log(`${figure.figureKey} revision ${figure.revision}: ${figure.value} (${figure.period ?? 'undated'}) ${figure.reviewStatus}`);
}

export function registerFigureCommand(program: Command): void {
  const figure = program.command('figure');

  figure
    .command('correct')
    .description('Publish a corrected version of a figure; the old one stays in its history')
    .argument('<figureKey>')
    .requiredOption('--revision <n>', 'the revision you are correcting (refused if someone changed it since)', int('--revision'))
    .requiredOption('--reason <text>', 'why (kept with the version)')
    .option('--value <decimal>', 'the right value')
    .option('--period <year|none>', 'the right year', period)
    .option('--qualifier <q>', QUALIFIERS.join('|'), oneOf('--qualifier', QUALIFIERS))
    .option('--status <s>', OBSERVATION_STATUSES.join('|'), oneOf('--status', OBSERVATION_STATUSES))
    .option('--note <text>')
    .action(async (figureKey: string, o: { revision: number; reason: string; value?: string; period?: number | null; qualifier?: Qualifier; status?: ObservationStatus; note?: string }) => {
      show(
        await withCurator((curator) =>
          curator.correct({ figureKey, expectedRevision: o.revision, reason: o.reason, value: o.value, ...(o.period !== undefined ? { period: o.period } : {}), qualifier: o.qualifier, status: o.status, ...(o.note !== undefined ? { note: o.note } : {}) }),
        ),
      );
    });

  figure
    .command('withdraw')
    .description('Retract a published figure with a new version (WITHDRAWN)')
    .argument('<figureKey>')
    .requiredOption('--revision <n>', 'the revision you are withdrawing', int('--revision'))
    .requiredOption('--reason <text>', 'why')
    .action(async (figureKey: string, o: { revision: number; reason: string }) => {
      show(await withCurator((curator) => curator.withdraw({ figureKey, expectedRevision: o.revision, reason: o.reason })));
    });

  figure
    .command('add')
    .description('Add a figure the extractor missed, by its quote (or offsets) in the stored source text')
    .requiredOption('--source <hash>', 'content hash of the source (12+ hex digits)')
    .requiredOption('--indicator <code>')
    .requiredOption('--area <ref>', 'GSO code, e.g. 10 or post2025:10')
    .requiredOption('--value <decimal>')
    .option('--period <year|none>', 'the year described', period)
    .option('--quote <text>', 'the exact text the figure is read from')
    .option('--start <offset>', 'quote start (UTF-16 offset)', int('--start'))
    .option('--end <offset>', 'quote end', int('--end'))
    .option('--qualifier <q>', QUALIFIERS.join('|'), oneOf('--qualifier', QUALIFIERS))
    .option('--status <s>', OBSERVATION_STATUSES.join('|'), oneOf('--status', OBSERVATION_STATUSES))
    .option('--gov-level <level>', 'dimension govLevel')
    .option('--service-level <n>', 'dimension serviceLevel')
    .option('--component <c>', 'dimension component')
    .option('--note <text>')
    .option('--reason <text>')
    .action(async (o: Record<string, string | number | null | undefined>) => {
      const dimensions = Object.fromEntries(
        [['govLevel', o.govLevel], ['serviceLevel', o.serviceLevel], ['component', o.component]].filter(([, v]) => v !== undefined),
      );
      const figure = await withCurator((curator) =>
          curator.addFigure({
            source: String(o.source),
            indicator: String(o.indicator),
            dimensions,
            area: String(o.area),
            period: (o.period as number | null | undefined) ?? null,
            value: String(o.value),
            qualifier: o.qualifier as Qualifier | undefined,
            status: o.status as ObservationStatus | undefined,
            quote: o.quote as string | undefined,
            quoteStart: o.start as number | undefined,
            quoteEnd: o.end as number | undefined,
            note: o.note as string | undefined,
            reason: o.reason as string | undefined,
          }),
      );
      show(figure);
    });
}
