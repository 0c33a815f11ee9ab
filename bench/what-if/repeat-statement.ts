import type { RepeatKind } from '../../server/contract/repeats.ts';
import type { Db } from '../../server/db/database.ts';
import type { Sql } from '../../server/db/sql.ts';
import { repeatListPage } from '../../server/queries/repeat-list.ts';
import { windowOf } from '../../server/services/repeats/repeat-window.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';

/** The repeats list's statement the product runs (default 6-month window, first page by priority), captured rather than run. */
export async function repeatStatementOf(db: Db, kind: RepeatKind): Promise<Sql> {
  const resolved = await resolveFilters(db, {});
  const { span } = windowOf(resolved.filters, { unit: 'month', n: 6 }, resolved.extent);
  let captured: Sql | null = null;
  const capture = { all: (q: Sql) => ((captured = q), Promise.resolve([])) };
  const o = { threshold: 3, sort: 'priority', dir: 'desc', offset: 0, limit: 25 } as const;
  await repeatListPage(capture as unknown as Db, resolved.filters, kind, span, o);
  const q = captured as Sql | null;
  if (!q) throw new Error('no statement');
  return q;
}
