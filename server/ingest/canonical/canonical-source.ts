import { CANONICAL_COLUMNS, type CanonicalColumn } from '../../contract/canonical-contact.ts';
import { join, sql, type Sql } from '../../db/sql.ts';

/** Where a canonical field comes from: its canonical-form text, the source text, the source column name. */
export interface FieldSource {
  expr: Sql;
  raw: Sql;
  label: string;
}
export type CanonicalSource = Partial<Record<CanonicalColumn, FieldSource>>;

export const code = (text: string): Sql => ({ text, params: [] });
/** A canonical field's column in the canonical relation, and its source text. */
export const field = (c: CanonicalColumn): Sql => code(c);
export const rawField = (c: CanonicalColumn): Sql => code(`raw_${c}`);

/**
 * Text with surrounding spaces removed, and empty as null. Most values have none, and trim copies every
 * string, so it runs only where a value starts or ends with a space.
 */
export const cleaned = (x: Sql): Sql =>
  sql`case when starts_with(${x}, ' ') or ends_with(${x}, ' ') then nullif(trim(${x}), '') else nullif(${x}, '') end`;

/**
 * CSV rows (k, c0..cN) in canonical shape: k, one text column per canonical field (null when the source
 * lacks it) and raw_<field> with the source text for reports.
 */
export function canonicalRelation(rows: Sql, source: CanonicalSource): Sql {
  const value = (c: CanonicalColumn) => sql`${source[c]?.expr ?? code('null::varchar')} as ${field(c)}`;
  // Where the source text is the value itself (the canonical CSV), raw_<field> copies the column.
  const raw = (c: CanonicalColumn) => {
    const f = source[c];
    return f && f.raw !== f.expr ? sql`${f.raw} as ${rawField(c)}` : null;
  };
  const computed = CANONICAL_COLUMNS.map(raw);
  const copies = CANONICAL_COLUMNS.filter((_, i) => computed[i] === null).map(
    (c) => sql`${field(c)} as ${rawField(c)}`,
  );
  const first = [...CANONICAL_COLUMNS.map(value), ...computed.filter((r): r is Sql => r !== null)];
  return sql`select *, ${join(copies, ', ')} from (select k, ${join(first, ', ')} from (${rows}))`;
}

export const labelOf = (source: CanonicalSource, c: CanonicalColumn): string => source[c]?.label ?? c;
