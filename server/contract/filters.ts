import { z } from 'zod';
import { Category } from './taxonomy.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );

/** Comma-separated query value -> distinct trimmed items; empty string means "no filter". */
const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(item).max(50));

export const AGENCY_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const LAYER_ID = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const AREA_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export const AreaRef = z
  .string()
  .regex(/^[^:]+:[^:]+$/, 'must be layer:code')
  .transform((s) => {
    const [layer = '', code = ''] = s.split(':');
    return { layer, code };
  })
  .pipe(
    z.object({
      layer: z.string().regex(LAYER_ID, 'layer is not a valid layer id'),
      code: z.string().regex(AREA_CODE, 'code is not a valid area code'),
    }),
  );
export type AreaRef = z.infer<typeof AreaRef>;

/** The shared filter bar, as query parameters. Everything optional; the service fills defaults. */
export const FilterQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    category: csv(Category).optional(),
    agency: csv(z.string().regex(AGENCY_CODE, 'is not a valid agency code')).optional(),
    area: AreaRef.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after to', path: ['from'] });
export type FilterQuery = z.infer<typeof FilterQuery>;

/** Filters after defaults are applied: the period is always explicit. */
export interface Filters {
  from: string;
  to: string;
  category: readonly string[];
  agency: readonly string[];
  area: AreaRef | null;
}

/** Filters in URL form (the client keeps them in the address bar so a link reproduces the view). */
export function filtersToParams(
  f: Partial<{
    from: string;
    to: string;
    category: readonly string[];
    agency: readonly string[];
    area: AreaRef | null;
  }>,
): Record<string, string> {
  const p: Record<string, string> = {};
  if (f.from) p.from = f.from;
  if (f.to) p.to = f.to;
  if (f.category?.length) p.category = f.category.join(',');
  if (f.agency?.length) p.agency = f.agency.join(',');
  if (f.area) p.area = `${f.area.layer}:${f.area.code}`;
  return p;
}
