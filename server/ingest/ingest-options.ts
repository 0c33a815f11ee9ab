import type { MappingProfile } from './mapped/mapping-profile.ts';

export const INGEST_FORMATS = ['police-uk', 'contacts', 'mapped'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];
/** What the ingest command loads: contact formats, and the postcode centroid lookup. */
export const LOAD_FORMATS = [...INGEST_FORMATS, 'postcodes'] as const;
export type LoadFormat = (typeof LOAD_FORMATS)[number];

/** reject-file: any bad row refuses the whole file. set-aside: bad rows go to the rejects, good rows load. */
export const ON_ERROR = ['reject-file', 'set-aside'] as const;
export type OnError = (typeof ON_ERROR)[number];

/** Two reports of one incident to different agencies: same category family, this close in space and time. */
export interface LinkThresholds {
  metres: number;
  minutes: number;
}
export const DEFAULT_LINK: LinkThresholds = { metres: 100, minutes: 60 };

export interface IngestOptions {
  format: IngestFormat;
  /** Required for the mapped format. */
  profile?: MappingProfile;
  onError: OnError;
  /** Who loads (recorded on the batch). */
  user: string | null;
  /** Folder for the rejects CSV; none is written without it. */
  rejectsDir?: string;
  link: LinkThresholds;
}

export interface IngestProgress {
  file: string;
  phase: 'loading' | 'areas' | 'linking' | 'committing' | 'done';
  /** 0..1 within the phase when known. */
  fraction: number | null;
  /** Rows read so far (estimated while reading). */
  rows: number | null;
}
export type OnProgress = (p: IngestProgress) => void;
