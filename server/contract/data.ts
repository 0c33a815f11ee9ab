import { z } from 'zod';

/** The contact formats an administrator can upload (server/ingest/ingest-options.ts INGEST_FORMATS). */
export const UploadFormat = z.enum(['police-uk', 'contacts', 'mapped']);
export type UploadFormat = z.infer<typeof UploadFormat>;
export const OnErrorPolicy = z.enum(['reject-file', 'set-aside']);
export type OnErrorPolicy = z.infer<typeof OnErrorPolicy>;

/** The form fields sent before the file in POST /api/data/uploads (multipart). */
export const UploadFields = z.object({
  format: UploadFormat,
  onError: OnErrorPolicy.default('reject-file'),
  /** mapped: overrides the agency the profile names (one system's export used by several agencies). */
  agency: z.string().trim().min(1).max(40).optional(),
  /** mapped: the name of a shipped profile, unless a profile file is sent as the part `profileFile`. */
  profile: z.string().trim().min(1).max(80).optional(),
});
export type UploadFields = z.infer<typeof UploadFields>;

export const RowProblemDto = z.object({
  line: z.number().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});

export const CountsDto = z.object({
  read: z.number(),
  loaded: z.number(),
  rejected: z.number(),
  duplicates: z.number(),
  outOfArea: z.number(),
  notGeocoded: z.number(),
  other: z.number(),
  linked: z.number(),
});

/** What one uploaded file's load did (server/ingest/ingest-report.ts FileReport, without server paths). */
export const UploadReport = z.object({
  fileName: z.string(),
  format: UploadFormat,
  outcome: z.enum(['loaded', 'rejected', 'already_loaded']),
  onError: OnErrorPolicy,
  batchId: z.number().nullable(),
  counts: CountsDto,
  problems: z.array(RowProblemDto),
  problemCount: z.number(),
  problemSummary: z.array(z.object({ column: z.string().nullable(), reason: z.string(), rows: z.number() })),
  duplicatesOf: z.array(z.object({ batchId: z.number().nullable(), rows: z.number() })),
  unmapped: z.array(z.object({ column: z.string(), value: z.string(), rows: z.number() })),
  /** Where to download every problem as CSV, when there were any. */
  rejectsUrl: z.string().nullable(),
  message: z.string().nullable(),
  ms: z.number(),
});
export type UploadReport = z.infer<typeof UploadReport>;

export const UploadPhase = z.enum(['queued', 'loading', 'areas', 'linking', 'committing', 'done', 'failed']);
export type UploadPhase = z.infer<typeof UploadPhase>;

/** One upload's place in the ingest queue, its progress and, once done, its report. */
export const UploadJob = z.object({
  id: z.string(),
  fileName: z.string(),
  bytes: z.number(),
  format: UploadFormat,
  profile: z.string().nullable(),
  loadedBy: z.string(),
  phase: UploadPhase,
  /** 0..1 within the phase when known. */
  fraction: z.number().nullable(),
  rows: z.number().nullable(),
  /** Uploads ahead of this one in the queue (0: running or next). */
  waiting: z.number(),
  createdAt: z.string(),
  report: UploadReport.nullable(),
  /** An unexpected failure (disk, database); a bad file is a report, not an error. */
  error: z.string().nullable(),
});
export type UploadJob = z.infer<typeof UploadJob>;
/** The uploads the server remembers (the last 50 finished and any waiting or loading), newest first. */
export const UploadJobList = z.object({ jobs: z.array(UploadJob) });
export type UploadJobList = z.infer<typeof UploadJobList>;

export const ShippedProfile = z.object({
  name: z.string(),
  agency: z.string(),
  description: z.string().nullable(),
});
export const ProfileList = z.object({ profiles: z.array(ShippedProfile) });
export type ProfileList = z.infer<typeof ProfileList>;
/** What the upload form offers: the shipped profiles and the size limit (ICSB_UPLOAD_MAX_MB). */
export const UploadOptions = ProfileList.extend({ maxBytes: z.number() });
export type UploadOptions = z.infer<typeof UploadOptions>;

export const BatchDto = z.object({
  id: z.number(),
  fileName: z.string().nullable(),
  format: z.string(),
  profile: z.string().nullable(),
  /** The agencies whose contacts the batch holds. */
  agencies: z.array(z.string()),
  loadedBy: z.string().nullable(),
  loadedAt: z.string(),
  onError: z.string().nullable(),
  counts: CountsDto,
});
export type BatchDto = z.infer<typeof BatchDto>;
export const BatchList = z.object({ batches: z.array(BatchDto) });
export type BatchList = z.infer<typeof BatchList>;

export const RemovedBatchDto = z.object({
  id: z.number(),
  contacts: z.number(),
  rejects: z.number(),
  crimes: z.number(),
  relinked: z.number(),
});
export type RemovedBatchDto = z.infer<typeof RemovedBatchDto>;

/**
 * Contacts per agency per month. An empty month between months with contacts is a feed gap when the
 * agency's typical month is busy enough that chance cannot explain it; otherwise it is only empty.
 */
export const AgencyMonths = z.object({
  code: z.string(),
  name: z.string(),
  counts: z.array(z.number()),
  /** Median contacts a month over the agency's span. */
  typical: z.number(),
  /** Empty months that are improbable by chance: a feed outage to look into. */
  gaps: z.array(z.string()),
  /** Every empty month between the agency's first and last, gaps included. */
  emptyMonths: z.array(z.string()),
});
/** The typical month at or above which an empty month is a gap: Poisson P(0 | 5) = e^-5 < 1%. */
export const GAP_MIN_TYPICAL = 5;

/** How complete the stored contacts are, per agency. */
export const AgencyCompleteness = z.object({
  code: z.string(),
  name: z.string(),
  contacts: z.number(),
  outOfArea: z.number(),
  /** Only the month is known (no day, no time of day). */
  monthOnly: z.number(),
  /** A day but no time of day. */
  dayOnly: z.number(),
  noCoordinates: z.number(),
});

export const DataQuality = z.object({
  months: z.array(z.string()),
  agencies: z.array(AgencyMonths),
  completeness: z.array(AgencyCompleteness),
  unmapped: z.array(
    z.object({
      batchId: z.number(),
      fileName: z.string().nullable(),
      column: z.string(),
      value: z.string(),
      rows: z.number(),
    }),
  ),
  rejects: z.array(
    z.object({
      batchId: z.number(),
      fileName: z.string().nullable(),
      read: z.number(),
      rejected: z.number(),
      setAside: z.number(),
    }),
  ),
  links: z.object({
    linkedReports: z.number(),
    incidents: z.number(),
    pairs: z.array(z.object({ a: z.string(), b: z.string(), incidents: z.number() })),
  }),
});
export type DataQuality = z.infer<typeof DataQuality>;

/** An agency as the administrator manages it, with what belongs to it. */
export const AgencyAdmin = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  contacts: z.number(),
  users: z.number(),
});
export const AgencyAdminList = z.object({ agencies: z.array(AgencyAdmin) });
export type AgencyAdminList = z.infer<typeof AgencyAdminList>;
export const NewAgency = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export type NewAgency = z.infer<typeof NewAgency>;
export const AgencyName = z.object({ name: z.string() });
