import path from 'node:path';
import { GAP_MIN_TYPICAL, type DataQuality } from '../../contract/data.ts';
import type { Executor } from '../../db/database.ts';
import { unmappedValues, rejectsPerBatch } from '../../queries/data-quality-batches.ts';
import { agencyCompleteness } from '../../queries/data-quality-completeness.ts';
import { linkPairs, linkTotals } from '../../queries/data-quality-links.ts';
import { agencyMonths, type AgencyMonthRow } from '../../queries/data-quality-months.ts';

/** What is stored, and how complete: feed gaps, missing places and times, unmapped values, rejects, links. */
export async function getDataQuality(db: Executor): Promise<DataQuality> {
  const [months, completeness, unmapped, rejects, totals, pairs] = await Promise.all([
    agencyMonths(db),
    agencyCompleteness(db),
    unmappedValues(db),
    rejectsPerBatch(db),
    linkTotals(db),
    linkPairs(db),
  ]);
  const { labels, agencies } = monthMatrix(months);
  return {
    months: labels,
    agencies,
    completeness: completeness.map((c) => ({
      code: c.agency_code,
      name: c.agency_name,
      contacts: c.contacts,
      outOfArea: c.out_of_area,
      monthOnly: c.month_only,
      dayOnly: c.day_only,
      noCoordinates: c.no_coordinates,
    })),
    unmapped: unmapped.map((u) => ({
      batchId: u.batch_id,
      fileName: baseName(u.file_name),
      column: u.column_name,
      value: u.value,
      rows: u.rows,
    })),
    rejects: rejects.map((r) => ({
      batchId: r.batch_id,
      fileName: baseName(r.file_name),
      read: r.rows_read,
      rejected: r.rows_rejected,
      setAside: r.set_aside,
    })),
    links: { linkedReports: totals.linked_reports, incidents: totals.incidents, pairs },
  };
}

/** Lays each agency's months on one shared axis; months outside its span are counted as 0, not gaps. */
function monthMatrix(rows: AgencyMonthRow[]): { labels: string[]; agencies: DataQuality['agencies'] } {
  const labels = monthsBetween(rows.map((r) => r.month).sort());
  const byAgency = new Map<string, DataQuality['agencies'][number]>();
  const at = new Map(labels.map((m, i) => [m, i]));
  for (const r of rows) {
    let a = byAgency.get(r.agency_code);
    if (!a) {
      const counts = labels.map(() => 0);
      a = { code: r.agency_code, name: r.agency_name, counts, typical: r.typical, gaps: [], emptyMonths: [] };
      byAgency.set(r.agency_code, a);
    }
    a.counts[at.get(r.month) ?? 0] = r.contacts;
    if (r.contacts > 0) continue;
    a.emptyMonths.push(r.month);
    if (r.typical >= GAP_MIN_TYPICAL) a.gaps.push(r.month);
  }
  return { labels, agencies: [...byAgency.values()] };
}

const baseName = (f: string | null) => (f === null ? null : path.basename(f));

/** Every month from the first to the last (YYYY-MM), so months no agency reported still show. */
function monthsBetween(sorted: string[]): string[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
