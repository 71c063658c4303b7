/**
 * The columns of the API's figure downloads, read from the server's own code
 * with the TypeScript checker: the JSON Lines record (`figureJson` in
 * packages/api/src/downloads/export-formats.ts) is the row a download gives,
 * and its property types say how each CSV cell reads. Part of `generate.ts`.
 */
import ts from 'typescript';

export const EXPORT_FORMATS_FILE = new URL('../../api/src/downloads/export-formats.ts', import.meta.url);
export const EXPORT_RECORD_FILE = new URL('../../api/src/downloads/export-record.ts', import.meta.url);

/** How a CSV cell of a column reads: its JSON type, `?` when it may be null (an empty cell). */
export type ColumnType = 'string' | 'number' | 'boolean' | 'string?' | 'number?' | 'boolean?';

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
    throw new Error(`download column "${column}" has type ${checker.typeToString(type)}: teach scripts/download-columns.ts to read it from CSV`);
  }
  return `${kind}${nullable ? '?' : ''}` as ColumnType;
}

let memo: [string, ColumnType][] | undefined;

/** Each column of a figure download, in file order, with its type (the checker takes seconds: computed once). */
export function downloadColumns(): [string, ColumnType][] {
  return (memo ??= readColumns());
}

function readColumns(): [string, ColumnType][] {
  const file = EXPORT_FORMATS_FILE.pathname;
  const program = ts.createProgram([file, EXPORT_RECORD_FILE.pathname], {
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
  const symbol = exported(checker, program, EXPORT_FORMATS_FILE, 'figureJson');
  const [signature] = checker.getTypeOfSymbolAtLocation(symbol, source).getCallSignatures();
  const row = checker.getReturnTypeOfSignature(signature!);
  // The file's column order is EXPORT_COLUMNS' (the record's own key order follows its spread).
  const order = exported(checker, program, EXPORT_RECORD_FILE, 'EXPORT_COLUMNS');
  const columns = checker.getTypeArguments(checker.getTypeOfSymbol(order) as ts.TypeReference).map((t) => (t as ts.StringLiteralType).value);
  const properties = new Map(checker.getPropertiesOfType(row).map((p) => [p.name, p]));
  if (columns.length !== properties.size || columns.some((c) => !properties.has(c))) {
    throw new Error(`figureJson's keys (${[...properties.keys()]}) are not EXPORT_COLUMNS (${columns})`);
  }
  return columns.map((c) => [c, columnType(checker, checker.getTypeOfSymbolAtLocation(properties.get(c)!, source), c)]);
}

function exported(checker: ts.TypeChecker, program: ts.Program, file: URL, name: string): ts.Symbol {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file.pathname)!)!;
  const symbol = checker.getExportsOfModule(module).find((s) => s.name === name);
  if (!symbol) throw new Error(`${file.pathname} exports no ${name}`);
  return symbol;
}
