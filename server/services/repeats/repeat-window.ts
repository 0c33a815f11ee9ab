import { repeatWindows } from '../../analytics/repeats/repeat-window.ts';
import type { Filters } from '../../contract/filters.ts';
import type { RepeatWindow, RepeatWindowDto } from '../../contract/repeats.ts';
import type { DataExtent } from '../../queries/data-extent.ts';

/** The window ending on the filters' `to`, as the DTO and as the filters of the window itself. */
export function windowOf(filters: Filters, length: RepeatWindow, extent: DataExtent) {
  const w = repeatWindows(filters.to, length);
  const dto: RepeatWindowDto = {
    period: { from: w.from, to: w.to },
    previous: { from: w.previousFrom, to: w.previousTo },
    label: w.label,
    previousComplete: extent.first !== null && extent.first <= w.previousFrom,
  };
  return { span: w, dto, inWindow: { ...filters, from: w.from, to: w.to } };
}
