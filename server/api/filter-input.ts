import type { Request } from 'express';
import { FilterQuery } from '../contract/filters.ts';
import type { Db } from '../db/database.ts';
import { resolveFilters, type ResolvedFilters } from '../services/resolve-filters.ts';
import { parseInput } from './validate.ts';

/** The filter bar's query parameters, checked and with defaults filled; a bad one is a 400 naming it. */
export async function filtersOf(db: Db, req: Request): Promise<ResolvedFilters> {
  const query = parseInput(FilterQuery, req.query);
  return resolveFilters(db, query);
}
