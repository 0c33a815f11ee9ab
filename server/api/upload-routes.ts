import path from 'node:path';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import { batchRejectsCsv } from '../services/data/batch-rejects-csv.ts';
import { removeDataBatch } from '../services/data/remove-data-batch.ts';
import { listShippedProfiles } from '../services/data/mapping-profiles.ts';
import { sweepStaleUploads } from '../services/data/stale-uploads.ts';
import { startUpload } from '../services/data/start-upload.ts';
import { UploadQueue } from '../services/data/upload-queue.ts';
import type { AppDeps } from './deps.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const JobId = z.object({ id: z.uuid() });
const BatchId = z.object({ id: z.coerce.number().int().positive() });

/**
 * Administrators load files over HTTP: POST streams one file (multipart, fields first) to disk and
 * answers 202 with an upload job; GET the job for its progress and, when done, its report. Uploads
 * load one at a time in order (DuckDB has one writer); removals wait for the load in progress.
 */
export function uploadRoutes(deps: AppDeps): RouteDef[] {
  const { config } = deps;
  const dir = config.ICSB_UPLOAD_DIR;
  sweepStaleUploads(dir);
  const queue = new UploadQueue(deps.db, path.join(dir, 'rejects'), deps.log);
  const limits = { maxBytes: config.ICSB_UPLOAD_MAX_MB * 1024 * 1024, dir };
  const jobOf = (params: unknown) => {
    const { id } = parseInput(JobId, params);
    const job = queue.status(id);
    if (!job) throw notFound(`Upload ${id}`);
    return job;
  };
  return [
    {
      method: 'get',
      path: '/api/data/upload-options',
      roles: ['admin'],
      handler: (_req, res) => res.json({ ...listShippedProfiles(), maxBytes: limits.maxBytes }),
    },
    {
      method: 'post',
      path: '/api/data/uploads',
      roles: ['admin'],
      handler: async (req, res) => {
        const job = await startUpload(deps.db, queue, req, limits, userOf(res).username);
        await recordAudit(
          deps.db,
          { user: userOf(res), ip: req.ip },
          'upload',
          `upload ${job.id}: ${job.fileName} (${job.bytes} bytes, ${job.format}${job.profile ? `, profile ${job.profile}` : ''})`,
        );
        res.status(202).location(`/api/data/uploads/${job.id}`).json(job);
      },
    },
    {
      method: 'get',
      path: '/api/data/uploads',
      roles: ['admin'],
      handler: (_req, res) => res.json({ jobs: queue.list() }),
    },
    {
      method: 'get',
      path: '/api/data/uploads/:id',
      roles: ['admin'],
      handler: (req, res) => res.json(jobOf(req.params)),
    },
    {
      method: 'get',
      path: '/api/data/uploads/:id/rejects',
      roles: ['admin'],
      handler: (req, res) => {
        const file = queue.rejectsFile(jobOf(req.params).id);
        if (!file) throw notFound('The rejects file of this upload');
        res.download(file.path, file.name, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      },
    },
    {
      method: 'get',
      path: '/api/data/batches/:id/rejects',
      roles: ['admin'],
      handler: async (req, res) => {
        const { id } = parseInput(BatchId, req.params);
        const { name, csv } = await batchRejectsCsv(deps.db, id);
        res.attachment(name).type('text/csv; charset=utf-8').send(csv);
      },
    },
    {
      method: 'delete',
      path: '/api/data/batches/:id',
      roles: ['admin'],
      handler: async (req, res) => {
        const { id } = parseInput(BatchId, req.params);
        const removed = await removeDataBatch(deps.db, id);
        await recordAudit(
          deps.db,
          { user: userOf(res), ip: req.ip },
          'batch_remove',
          `batch ${id}: ${removed.contacts} contacts, ${removed.crimes} crimes, ${removed.rejects} rejects removed; ${removed.relinked} relinked`,
        );
        res.json(removed);
      },
    },
  ];
}
