import type { Executor } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { findBatch } from '../../queries/batch-list.ts';
import { listBatchRejects } from '../../queries/data-quality-batch-list.ts';

const field = (v: string | number | null): string => {
  const text = v === null ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The problems a set-aside load kept with its batch, as the rejects CSV ingest writes (line,column,value,reason). */
export async function batchRejectsCsv(db: Executor, id: number): Promise<{ name: string; csv: string }> {
  const batch = await findBatch(db, id);
  if (!batch) throw notFound(`Batch ${id}`);
  const rows = await listBatchRejects(db, id);
  const lines = rows.map((r) => [r.line, r.column_name, r.value, r.reason].map(field).join(','));
  const base = (batch.file_name ?? `batch-${id}`).split('/').pop()?.replace(/(\.csv)?(\.gz)?$/i, '');
  return { name: `${base}.rejects.csv`, csv: ['line,column,value,reason', ...lines].join('\n') + '\n' };
}
