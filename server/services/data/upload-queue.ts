import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { UploadFormat, UploadJob } from '../../contract/data.ts';
import type { Db } from '../../db/database.ts';
import { ingestFile } from '../../ingest/ingest-file.ts';
import type { IngestOptions, IngestProgress } from '../../ingest/ingest-options.ts';
import { nameBatchFile } from '../../queries/data-quality-batch-list.ts';
import type { ReceivedUpload } from './receive-upload.ts';
import { uploadReportOf } from './upload-report.ts';
import { writeLane } from './write-lane.ts';

interface Entry {
  seq: number;
  job: UploadJob;
  /** Where this job's rejects CSV is written; kept until the job is forgotten. */
  rejectsDir: string;
  rejectsFile: string | null;
}

export interface UploadSpec {
  upload: ReceivedUpload;
  options: IngestOptions;
  format: UploadFormat;
  profile: string | null;
  user: string;
}

/** Finished jobs remembered for their reports and rejects downloads. */
const KEEP_FINISHED = 50;

/**
 * Uploads wait here and load one at a time, in order (DuckDB has one writer): a second upload while
 * one runs is queued, and its status says how many are ahead. The uploaded file is deleted once loaded,
 * whatever happened.
 */
export class UploadQueue {
  private readonly entries = new Map<string, Entry>();
  private seq = 0;

  constructor(
    private readonly db: Db,
    private readonly rejectsRoot: string,
    private readonly log: (msg: string, err?: unknown) => void,
  ) {}

  submit(spec: UploadSpec): UploadJob {
    const id = randomUUID();
    const { file } = spec.upload;
    const job: UploadJob = {
      id,
      fileName: file.name,
      bytes: file.bytes,
      format: spec.format,
      profile: spec.profile,
      loadedBy: spec.user,
      phase: 'queued',
      fraction: null,
      rows: null,
      waiting: 0,
      createdAt: new Date().toISOString(),
      report: null,
      error: null,
    };
    const entry: Entry = { seq: ++this.seq, job, rejectsDir: path.join(this.rejectsRoot, id), rejectsFile: null };
    this.entries.set(id, entry);
    void writeLane(this.db)(() => this.run(entry, spec));
    return this.status(id) as UploadJob;
  }

  /** Uploads waiting for their turn. */
  waiting(): number {
    return [...this.entries.values()].filter((e) => e.job.phase === 'queued').length;
  }

  status(id: string): UploadJob | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const ahead = [...this.entries.values()].filter((e) => e.seq < entry.seq && e.job.phase === 'queued');
    return { ...entry.job, waiting: entry.job.phase === 'queued' ? ahead.length : 0 };
  }

  /** Every remembered upload, newest first. */
  list(): UploadJob[] {
    return [...this.entries.values()]
      .sort((a, b) => b.seq - a.seq)
      .flatMap((e) => this.status(e.job.id) ?? []);
  }

  rejectsFile(id: string): { path: string; name: string } | null {
    const entry = this.entries.get(id);
    if (!entry?.rejectsFile || !fs.existsSync(entry.rejectsFile)) return null;
    return { path: entry.rejectsFile, name: `${entry.job.fileName.replace(/(\.csv)?(\.gz)?$/i, '')}.rejects.csv` };
  }

  private async run(entry: Entry, spec: UploadSpec): Promise<void> {
    const { job } = entry;
    const { file, dir } = spec.upload;
    const onProgress = (p: IngestProgress) => {
      // The job is done once its report is in place, not when the load says so.
      if (p.phase === 'done') return;
      job.phase = p.phase;
      job.fraction = p.fraction;
      job.rows = p.rows;
    };
    try {
      job.phase = 'loading';
      await fs.promises.mkdir(entry.rejectsDir, { recursive: true });
      const options = { ...spec.options, rejectsDir: entry.rejectsDir };
      const report = await ingestFile(this.db, file.path, options, onProgress);
      if (report.outcome === 'loaded' && report.batchId !== null)
        await nameBatchFile(this.db, report.batchId, file.name);
      entry.rejectsFile = report.rejectsFile;
      job.report = uploadReportOf(report, job.id, file.name);
      job.phase = 'done';
    } catch (err) {
      this.log(`upload ${job.id} (${file.name}) failed`, err);
      job.phase = 'failed';
      job.error = 'The load failed on the server (see the server log); nothing was stored.';
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
      this.forgetOld();
    }
  }

  private forgetOld(): void {
    const finished = [...this.entries.values()].filter((e) => e.job.phase === 'done' || e.job.phase === 'failed');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.entries.delete(old.job.id);
      fs.rmSync(old.rejectsDir, { recursive: true, force: true });
    }
  }
}
