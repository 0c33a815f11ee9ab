import {
  DuckDBListType,
  DuckDBListValue,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBDataChunk,
  type DuckDBResult,
  type DuckDBType,
  type DuckDBValue,
  type JS,
} from '@duckdb/node-api';

// Vectors of these types already hold the JS value the converter would give (a number, string or boolean).
const AS_IS = new Set<DuckDBTypeId>([
  DuckDBTypeId.BOOLEAN,
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.VARCHAR,
]);

/**
 * JSDuckDBValueConverter's value, with its per-value dispatch skipped where the value is already the
 * answer: plain values, and lists of them (the board's service cells carry a quarter's resolution times
 * as lists, hundreds of thousands of numbers). Structs and the other types go through the library,
 * which hands their members back here.
 */
function convert(value: DuckDBValue, type: DuckDBType): JS {
  if (value == null) return null;
  if (AS_IS.has(type.typeId)) return value as JS;
  if (value instanceof DuckDBListValue && type instanceof DuckDBListType)
    return AS_IS.has(type.valueType.typeId)
      ? (value.items.slice() as JS[])
      : value.items.map((item) => convert(item, type.valueType));
  return JSDuckDBValueConverter(value, type, converter);
}

const converter = (value: DuckDBValue, type: DuckDBType): JS => convert(value, type);

/** A statement's result, every chunk fetched (the DuckDB side of a read). */
export interface FetchedResult {
  result: DuckDBResult;
  chunks: DuckDBDataChunk[];
}

/** Runs a statement and fetches all its chunks, as runAndReadAll does. */
export async function fetchAll(
  c: DuckDBConnection,
  text: string,
  params: Parameters<DuckDBConnection['run']>[1],
): Promise<FetchedResult> {
  const result = await c.run(text, params);
  const chunks: DuckDBDataChunk[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    chunks.push(chunk);
  }
  return { result, chunks };
}

/**
 * The rows as getRowObjectsJS gives them (same values, same key order), built a column at a time: the
 * library asks the native side for the column count on every row and converts value by value, which
 * cost 1-2 ms on a few thousand rows of the hotspot grid.
 */
export function rowObjects<T>({ result, chunks }: FetchedResult): T[] {
  // Read here, after the timing, as getRowObjectsJS reads them.
  const names = result.deduplicatedColumnNames();
  const rows: Record<string, unknown>[] = [];
  for (const chunk of chunks) {
    const start = rows.length;
    const count = chunk.rowCount;
    for (let r = 0; r < count; r++) rows.push({});
    const columns = chunk.columnCount;
    for (let j = 0; j < columns; j++) {
      const vector = chunk.getColumnVector(j);
      const type = vector.type;
      const name = names[j] as string;
      if (AS_IS.has(type.typeId))
        for (let r = 0; r < count; r++)
          (rows[start + r] as Record<string, unknown>)[name] = vector.getItem(r);
      else
        for (let r = 0; r < count; r++)
          (rows[start + r] as Record<string, unknown>)[name] = convert(vector.getItem(r), type);
    }
  }
  return rows as T[];
}
