import { z } from 'zod';
import { AGENCY_CODE } from './filters.ts';
import { Category } from './taxonomy.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

/** An information sharing agreement: `fromAgency` shares `categories` (empty = all) with `toAgency`. */
export const Agreement = z.object({
  id: z.number().int(),
  fromAgency: z.string(),
  toAgency: z.string(),
  categories: z.array(Category),
  purpose: z.string(),
  starts: z.string(),
  /** Null: open-ended. In force when starts <= today <= ends. */
  ends: z.string().nullable(),
  inForce: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Agreement = z.infer<typeof Agreement>;

/** GET /api/sharing/agreements (admin, analyst) */
export const AgreementList = z.object({ agreements: z.array(Agreement), today: z.string() });
export type AgreementList = z.infer<typeof AgreementList>;

/** POST /api/sharing/agreements (admin) -> Agreement */
export const AgreementCreate = z
  .object({
    fromAgency: z.string().regex(AGENCY_CODE, 'is not a valid agency code'),
    toAgency: z.string().regex(AGENCY_CODE, 'is not a valid agency code'),
    categories: z.array(Category).max(20).default([]),
    purpose: z.string().trim().min(1, 'say what the sharing is for').max(500),
    starts: isoDate,
    ends: isoDate.nullable().default(null),
  })
  .refine((a) => a.fromAgency !== a.toAgency, {
    message: 'an agency does not share with itself',
    path: ['toAgency'],
  })
  .refine((a) => !a.ends || a.starts <= a.ends, { message: 'must not be before starts', path: ['ends'] });
export type AgreementCreate = z.input<typeof AgreementCreate>;

/** PATCH /api/sharing/agreements/:id (admin) -> Agreement. End an agreement by setting `ends`. */
export const AgreementPatch = z
  .object({
    categories: z.array(Category).max(20).optional(),
    purpose: z.string().trim().min(1).max(500).optional(),
    starts: isoDate.optional(),
    ends: isoDate.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });
export type AgreementPatch = z.input<typeof AgreementPatch>;
