import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface CategoryCount {
  [k: string]: unknown;
  category: string;
  contacts: number;
}

/** Contacts per category, most first (ties by category code). */
export async function categoryCounts(db: Executor, f: Filters): Promise<CategoryCount[]> {
  return db.all<CategoryCount>(sql`select c.category, count(*)::integer as contacts
    from contact c where ${contactFilter(f)}
    group by c.category order by contacts desc, c.category`);
}
