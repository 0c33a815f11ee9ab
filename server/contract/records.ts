import { z } from 'zod';
import { Category } from './taxonomy.ts';

/** Columns the record list may be sorted by (the server maps each to one SQL expression). */
export const RECORD_SORTS = [
  'received_on',
  'category',
  'agency',
  'area',
  'status',
  'location',
  'id',
] as const;
export const RecordSort = z.enum(RECORD_SORTS);
export type RecordSort = z.infer<typeof RecordSort>;
export const SORT_DIRS = ['asc', 'desc'] as const;
export const MAX_RECORD_PAGE_SIZE = 500;
export const DEFAULT_RECORD_PAGE_SIZE = 100;
/** An export stops here; only then does the response carry `X-Export-Truncated: true` (X-Export-Rows: rows sent). */
export const MAX_EXPORT_ROWS = 50_000;

/** A hotspot cell (`size_col_row`, as the hotspot API names it): the records behind it. */
export const RecordCell = z
  .string()
  .regex(/^\d{2,4}(\.\d+)?_-?\d{1,7}_-?\d{1,7}$/, 'must be a cell id such as 250_1765_1034')
  .transform((id) => {
    const [cell, col, row] = id.split('_').map(Number) as [number, number, number];
    return { id, cell, col, row };
  });

/** GET /api/records: the record page's own parameters, beside the shared filters (FilterQuery). */
export const RecordQuery = z.object({
  /** Case-insensitive part of the location text, or an exact source reference or record id. */
  q: z.string().trim().max(200).optional(),
  cell: RecordCell.optional(),
  sort: RecordSort.default('received_on'),
  dir: z.enum(SORT_DIRS).default('desc'),
  /** 1-based. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_RECORD_PAGE_SIZE).default(DEFAULT_RECORD_PAGE_SIZE),
});
export type RecordQuery = z.infer<typeof RecordQuery>;

/** 'available': this user may reveal the personal fields (with a reason); 'redacted': they may not. */
export const PersonalState = z.enum(['redacted', 'available']);
export type PersonalState = z.infer<typeof PersonalState>;

/** One record in a list: never a personal field. */
export const RecordRow = z.object({
  id: z.number().int(),
  agency: z.string(),
  agencyName: z.string(),
  /** The agency's own reference for it. */
  sourceRecordId: z.string().nullable(),
  category: Category,
  receivedOn: z.string(),
  /** ISO UTC time, null when only the day or month is known. */
  receivedAt: z.string().nullable(),
  precision: z.enum(['time', 'day', 'month']),
  locationText: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  status: z.string().nullable(),
  incidentId: z.number().int().nullable(),
  personal: PersonalState,
});
export type RecordRow = z.infer<typeof RecordRow>;

/** GET /api/records */
export const RecordPage = z.object({
  rows: z.array(RecordRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: RecordSort,
  dir: z.enum(SORT_DIRS),
});
export type RecordPage = z.infer<typeof RecordPage>;

export const RecordAreaCode = z.object({
  layer: z.string(),
  layerName: z.string(),
  code: z.string(),
  name: z.string(),
});

export const RecordHistoryEntry = z.object({
  at: z.string().nullable(),
  kind: z.enum(['loaded', 'linked', 'audit']),
  /** One line, for people. */
  text: z.string(),
  username: z.string().nullable(),
});
export type RecordHistoryEntry = z.infer<typeof RecordHistoryEntry>;

/** GET /api/records/:id */
export const RecordDetail = z.object({
  record: RecordRow.extend({
    channel: z.string().nullable(),
    asbType: z.string(),
    postcode: z.string().nullable(),
    vulnerable: z.boolean(),
    referralPartner: z.string().nullable(),
    resolvedAt: z.string().nullable(),
  }),
  areas: z.array(RecordAreaCode),
  /** Other records of the same incident, each with its own redaction state. */
  linked: z.array(RecordRow),
  /** Load, link and (for admins) audit entries naming this record, oldest first. */
  history: z.array(RecordHistoryEntry),
});
export type RecordDetail = z.infer<typeof RecordDetail>;

export const REVEAL_REASONS = [
  'investigation',
  'safeguarding',
  'case_review',
  'enforcement',
  'other',
] as const;
export const RevealReason = z.enum(REVEAL_REASONS);
export const REVEAL_REASON_LABEL: Record<(typeof REVEAL_REASONS)[number], string> = {
  investigation: 'Investigation',
  safeguarding: 'Safeguarding',
  case_review: 'Case review',
  enforcement: 'Enforcement',
  other: 'Other (say why)',
};

/** POST /api/records/:id/reveal body: free text required with 'other'. */
export const RevealRequest = z
  .object({ reason: RevealReason, detail: z.string().trim().max(500).default('') })
  .refine((r) => r.reason !== 'other' || r.detail.length > 0, {
    message: 'say why when the reason is other',
    path: ['detail'],
  });
export type RevealRequest = z.infer<typeof RevealRequest>;

/** POST /api/records/:id/reveal response. */
export const PersonalFields = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
});
export type PersonalFields = z.infer<typeof PersonalFields>;

/**
 * POST /api/records/export body (JSON): the shared filters in URL form (from, to, category, agency, area as
 * strings, like the query parameters) plus q, sort, dir, and why and for whom. Response: text/csv.
 */
export const ExportRequest = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  category: z.string().optional(),
  agency: z.string().optional(),
  area: z.string().optional(),
  q: z.string().trim().max(200).optional(),
  cell: z.string().optional(),
  sort: RecordSort.default('received_on'),
  dir: z.enum(SORT_DIRS).default('desc'),
  purpose: z.string().trim().min(1, 'say what the export is for').max(500),
  recipient: z.string().trim().min(1, 'say who receives it').max(200),
});
export type ExportRequest = z.input<typeof ExportRequest>;
