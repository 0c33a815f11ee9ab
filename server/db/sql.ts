import type { DuckDBValue } from '@duckdb/node-api';

/** A statement with `$n` placeholders and the values bound to them; never concatenated text. */
export interface Sql {
  readonly text: string;
  readonly params: readonly DuckDBValue[];
}

const RAW = Symbol('raw');
interface Raw {
  readonly [RAW]: string;
}

type Part = DuckDBValue | Sql | Raw;

function isSql(v: unknown): v is Sql {
  return typeof v === 'object' && v !== null && 'text' in v && 'params' in v;
}
function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && RAW in v;
}

/**
 * Tagged template: every interpolated value becomes a bound parameter. Nested `sql` fragments are
 * spliced with their parameters renumbered; `ident()` splices an allowlisted identifier.
 */
export function sql(strings: TemplateStringsArray, ...values: Part[]): Sql {
  let text = strings[0] ?? '';
  const params: DuckDBValue[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      const offset = params.length;
      text += value.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      params.push(...value.params);
    } else if (isRaw(value)) {
      text += value[RAW];
    } else {
      params.push(value);
      text += `$${params.length}`;
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** Joins fragments with a separator (for example ' and ' between where-clauses). */
export function join(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return { text: '', params: [] };
  const strings = ['', ...parts.slice(1).map(() => separator), ''];
  return sql(Object.assign(strings, { raw: strings }) as TemplateStringsArray, ...parts);
}

/** An identifier chosen from a fixed allowlist in code; user text never reaches here. */
export function ident<T extends string>(name: T, allowed: readonly T[]): Raw {
  if (!allowed.includes(name) || !/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`identifier not allowed: ${name}`);
  }
  return { [RAW]: name };
}
