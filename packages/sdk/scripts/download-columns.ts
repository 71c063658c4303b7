/**
 * The columns of the API's figure downloads, read from the server's own code
 * with the TypeScript checker (packages/api/src/downloads/export-record.ts):
 * each column's type from `ExportRecord`, their order and the export format
 * that added each from `EXPORT_FORMAT_COLUMNS`. Part of `generate.ts`.
 */
import ts from 'typescript';

export const EXPORT_RECORD_FILE = new URL('../../api/src/downloads/export-record.ts', import.meta.url);

/** How a cell of a column reads: its JSON type, `?` when it may be null (an empty CSV cell). */
export type ColumnType = 'string' | 'number' | 'boolean' | 'string?' | 'number?' | 'boolean?';

/**
 * Columns a record keeps as text but JSON Lines and Parquet write as numbers:
 * `value`, an exact decimal (`figureJson` in export-formats.ts converts it; the
 * SDK's tests compare the CSV and JSON Lines rows, so a change there shows).
 */
const NUMBERS_IN_JSON = new Set(['value']);

function columnType(checker: ts.TypeChecker, type: ts.Type, column: string): ColumnType {
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
  const kinds = new Set(
    parts
      .filter((t) => (t.flags & ts.TypeFlags.Null) === 0)
      .map((t) =>
        t.flags & ts.TypeFlags.StringLike ? 'string' : t.flags & ts.TypeFlags.NumberLike ? 'number' : t.flags & ts.TypeFlags.BooleanLike ? 'boolean' : checker.typeToString(t),
      ),
  );
  const [kind, ...others] = [...kinds];
  if (others.length > 0 || (kind !== 'string' && kind !== 'number' && kind !== 'boolean')) {
    throw new Error(`download column "${column}" has type ${checker.typeToString(type)}: teach scripts/download-columns.ts to read it`);
  }
  return `${NUMBERS_IN_JSON.has(column) ? 'number' : kind}${nullable ? '?' : ''}` as ColumnType;
}

const literals = (checker: ts.TypeChecker, tuple: ts.Type) => checker.getTypeArguments(tuple as ts.TypeReference).map((t) => (t as ts.StringLiteralType).value);

export interface DownloadColumns {
  /** Every column of the current format, in file order, with its type. */
  columns: [string, ColumnType][];
  /** The columns a later format added, with that format's number (a release keeps the format it was cut in). */
  since: [string, number][];
}

let memo: DownloadColumns | undefined;

/** The columns of the figure downloads (the checker takes seconds: computed once). */
export function downloadColumns(): DownloadColumns {
  return (memo ??= readColumns());
}

function readColumns(): DownloadColumns {
  const file = EXPORT_RECORD_FILE.pathname;
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const exported = (name: string) => {
    const symbol = exports.find((s) => s.name === name);
    if (!symbol) throw new Error(`${file} exports no ${name}: where are the download's columns now?`);
    return symbol;
  };
  const record = checker.getDeclaredTypeOfSymbol(exported('ExportRecord'));
  const formats = checker.getTypeOfSymbol(exported('EXPORT_FORMAT_COLUMNS'));
  const versions = checker
    .getPropertiesOfType(formats)
    .map((p) => ({ version: Number(p.name), columns: literals(checker, checker.getTypeOfSymbolAtLocation(p, source)) }))
    .sort((a, b) => a.version - b.version);
  const since: [string, number][] = [];
  for (const [i, { version, columns }] of versions.entries()) {
    const previous = versions[i - 1]?.columns ?? [];
    if (previous.some((c, j) => columns[j] !== c)) throw new Error(`export format ${version} does not extend format ${version - 1}: rows would need a type per format`);
    if (i > 0) for (const c of columns.slice(previous.length)) since.push([c, version]);
  }
  const current = versions.at(-1)!.columns;
  const properties = new Map(checker.getPropertiesOfType(record).map((p) => [p.name, p]));
  if (current.length !== properties.size || current.some((c) => !properties.has(c))) {
    throw new Error(`ExportRecord's keys (${[...properties.keys()]}) are not the current format's columns (${current})`);
  }
  return { columns: current.map((c) => [c, columnType(checker, checker.getTypeOfSymbolAtLocation(properties.get(c)!, source), c)]), since };
}
