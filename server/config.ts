import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  ICSB_DB: z.string().min(1).default('data/icsb.duckdb'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  ICSB_DB_THREADS: z.coerce.number().int().min(1).default(Math.max(1, os.availableParallelism())),
  ICSB_DB_MEMORY: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as 4GB')
    .default('4GB'),
  ICSB_DB_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(4),
  ICSB_TILE_URL: z.string().optional(),
  ICSB_TILE_ATTRIBUTION: z.string().optional(),
  ICSB_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  ICSB_SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  ICSB_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  ICSB_SUPPRESS_BELOW: z.coerce.number().int().min(1).max(100).default(5),
  ICSB_DEMO_RECORDS: z.coerce.number().int().min(0).default(300_000),
  ICSB_DEMO_SEED: z.coerce.number().int().default(20240401),
  /** Largest upload an administrator may send, in MB (the Data page). */
  ICSB_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1_000_000).default(1024),
  /** Where uploads wait for ingest and rejects CSVs are kept; a temp folder by default. */
  ICSB_UPLOAD_DIR: z.string().min(1).default(path.join(os.tmpdir(), 'icsb-uploads')),
  ICSB_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Server-Timing headers (DuckDB time and the server's time) on API answers; the benchmark turns it on. */
  ICSB_SERVER_TIMING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws one readable message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
