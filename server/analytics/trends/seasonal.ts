export interface MonthValue {
  /** YYYY-MM */
  month: string;
  value: number;
}

export interface SeasonYear {
  /** The calendar year in which this year's first month falls. */
  year: number;
  /** "2024", or "2024/25" when the year starts after January. */
  label: string;
  /** One value per month from the start month on; null where the series has no value. */
  values: (number | null)[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A monthly series reshaped into one 12-month series per year, to overlay years and see the season:
 * Jan-Dec by default, or years starting in `startMonth` (4 for the April financial year).
 */
export function seasonalYears(
  series: readonly MonthValue[],
  startMonth = 1,
): { months: string[]; years: SeasonYear[] } {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`startMonth must be 1 to 12: ${startMonth}`);
  const byYear = new Map<number, (number | null)[]>();
  for (const { month, value } of series) {
    const m = MONTH.exec(month);
    if (!m) throw new RangeError(`month must be YYYY-MM: ${month}`);
    const offset = Number(m[1]) * 12 + Number(m[2]) - startMonth;
    const year = Math.floor(offset / 12);
    const values = byYear.get(year) ?? Array<number | null>(12).fill(null);
    if (values[offset % 12] !== null) throw new RangeError(`month given twice: ${month}`);
    values[offset % 12] = value;
    byYear.set(year, values);
  }
  const label = (year: number) => (startMonth === 1 ? String(year) : `${year}/${String(year + 1).slice(2)}`);
  return {
    months: Array.from({ length: 12 }, (_, i) => MONTH_NAMES[(startMonth - 1 + i) % 12] ?? ''),
    years: [...byYear]
      .sort(([a], [b]) => a - b)
      .map(([year, values]) => ({ year, label: label(year), values })),
  };
}
