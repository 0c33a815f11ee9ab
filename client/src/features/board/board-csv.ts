import type {
  BoardAreas,
  BoardExceptions,
  BoardTargets,
  ServiceTable,
} from '../../../../server/contract/board.ts';
import type { CsvValue } from '../../lib/download/csv-download.ts';
import { countCsv, round, VERDICT_TEXT } from './board-format.ts';

type Rows = CsvValue[][];

/** The areas table as CSV: one row per area and the total, hidden counts as "<5" or "hidden". */
export function areasCsv(d: BoardAreas): Rows {
  const t = d.suppression.threshold;
  const head = ['area_code', 'area', 'residents', `contacts_${d.quarter.id}`, `contacts_${d.comparison.id}`];
  return [
    [
      ...head,
      'change',
      'percent_change',
      'p_value',
      'rate_per_1000',
      'rate_low',
      'rate_high',
      'rag',
      'target',
    ],
    ...[...d.rows, d.total].map((r) => [
      r.code || 'total',
      r.name,
      r.population,
      countCsv(r.current, t),
      countCsv(r.previous, t),
      r.change ? VERDICT_TEXT[r.change.verdict] : null,
      round(r.change?.percent, 1),
      round(r.change?.pTwoSided, 4),
      round(r.rate?.value),
      round(r.rate?.low),
      round(r.rate?.high),
      r.rag?.status ?? null,
      r.rag?.target ?? null,
    ]),
  ];
}

export function exceptionsCsv(d: BoardExceptions): Rows {
  const t = d.suppression.threshold;
  return [
    [
      'kind',
      'area_code',
      'area',
      'category',
      `contacts_${d.quarter.id}`,
      `contacts_${d.comparison.id}`,
      'change',
      'percent_change',
      'p_adjusted',
    ],
    ...d.rows.map((r) => [
      r.kind,
      r.areaCode,
      r.areaName,
      r.categoryLabel,
      countCsv(r.current, t),
      countCsv(r.previous, t),
      VERDICT_TEXT[r.change.verdict],
      round(r.change.percent, 1),
      round(r.pAdjusted, 4),
    ]),
  ];
}

export function serviceCsv(table: ServiceTable, keyName: string, threshold: number): Rows {
  return [
    [
      keyName,
      'contacts',
      'resolved',
      'median_hours',
      'p90_hours',
      'resolved_with_sla',
      'within_sla_share',
      'within_sla_low',
      'within_sla_high',
      'backlog',
      'backlog_past_sla',
      'repeat_callers',
      'rag',
      'target',
    ],
    ...[...table.rows, table.total].map((r) => [
      r.label,
      countCsv(r.contacts, threshold),
      countCsv(r.resolved, threshold),
      round(r.medianHours, 1),
      round(r.p90Hours, 1),
      countCsv(r.resolvedWithTarget, threshold),
      round(r.withinTarget?.value, 4),
      round(r.withinTarget?.low, 4),
      round(r.withinTarget?.high, 4),
      countCsv(r.backlog, threshold),
      countCsv(r.backlogPastTarget, threshold),
      countCsv(r.repeatCallers, threshold),
      r.rag?.status ?? null,
      r.rag?.target ?? null,
    ]),
  ];
}

export function targetsCsv(d: BoardTargets): Rows {
  const t = d.suppression.threshold;
  return [
    [
      'measure',
      'layer',
      'area',
      'agency',
      'category',
      'target',
      'better',
      'count',
      'value',
      'low',
      'high',
      'rag',
      'set_by',
      'set_at',
    ],
    ...d.targets.map((r) => [
      r.measure,
      r.layer,
      r.areaName ?? r.areaCode ?? (r.layer ? 'every area' : null),
      r.agencyName ?? r.agency ?? (r.measure === 'sla_share' ? 'all agencies' : null),
      r.category ?? 'all',
      r.target,
      r.better,
      countCsv(r.count, t),
      round(r.value?.value, 4),
      round(r.value?.low, 4),
      round(r.value?.high, 4),
      r.rag,
      r.setBy,
      r.setAt,
    ]),
  ];
}
