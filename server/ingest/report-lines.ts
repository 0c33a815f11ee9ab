import path from 'node:path';
import type { FileReport } from './ingest-report.ts';

const n = (x: number) => x.toLocaleString('en-GB');
const SHOWN = 20;

/** A file's report as plain lines for a terminal or a log. */
export function reportLines(r: FileReport): string[] {
  const name = path.basename(r.file);
  const c = r.counts;
  const lines: string[] = [];
  if (r.outcome === 'loaded' && r.format === 'postcodes') {
    lines.push(`${name}: postcode centroids loaded in ${(r.ms / 1000).toFixed(1)} s`);
    lines.push(`  read ${n(c.read)} | loaded ${n(c.loaded)} | rejected ${n(c.rejected)}`);
  } else if (r.outcome === 'loaded') {
    lines.push(`${name}: loaded as batch ${r.batchId} (${r.format}) in ${(r.ms / 1000).toFixed(1)} s`);
    const other = r.format === 'police-uk' ? ` | other crimes ${n(c.other)}` : '';
    lines.push(
      `  read ${n(c.read)} | loaded ${n(c.loaded)} | rejected ${n(c.rejected)} | duplicates ${n(c.duplicates)}` +
        ` | out of area ${n(c.outOfArea)} | not geocoded ${n(c.notGeocoded)} | linked ${n(c.linked)}${other}`,
    );
  } else if (r.outcome === 'rejected') lines.push(`${name}: REJECTED: ${r.message ?? ''}`);
  else lines.push(`${name}: REFUSED: ${r.message ?? ''}`);
  for (const d of r.duplicatesOf)
    lines.push(
      `  ${n(d.rows)} duplicate(s) of ${d.batchId === null ? 'earlier rows of this file' : `batch ${d.batchId}`}: not loaded again`,
    );
  if (r.problemCount > 0) {
    lines.push(`  problems (${Math.min(SHOWN, r.problems.length)} of ${n(r.problemCount)}):`);
    for (const p of r.problems.slice(0, SHOWN)) lines.push(`    ${problemLine(name, p)}`);
  }
  for (const u of r.unmapped)
    lines.push(`  unmapped: column "${u.column}" value "${u.value}" (${n(u.rows)} rows)`);
  if (r.rejectsFile) lines.push(`  every problem: ${r.rejectsFile}`);
  return lines;
}

export function problemLine(file: string, p: FileReport['problems'][number]): string {
  const where = [
    file,
    p.line === null ? null : `line ${p.line}`,
    p.column === null ? null : `column "${p.column}"`,
  ];
  const value = p.value === null ? '' : ` value "${p.value.replace(/[\r\n]+/g, ' ')}"`;
  return `${where.filter(Boolean).join(', ')}:${value} ${p.reason}`;
}

/** One line adding up several files' reports. */
export function totalLine(reports: readonly FileReport[]): string {
  const sum = (f: (r: FileReport) => number) => n(reports.reduce((a, r) => a + f(r), 0));
  const count = (o: FileReport['outcome']) => reports.filter((r) => r.outcome === o).length;
  return (
    `${reports.length} files: ${count('loaded')} loaded, ${count('rejected')} rejected, ` +
    `${count('already_loaded')} already loaded | contacts loaded ${sum((r) => r.counts.loaded)}` +
    ` | rejected rows ${sum((r) => r.counts.rejected)} | duplicates ${sum((r) => r.counts.duplicates)}`
  );
}
