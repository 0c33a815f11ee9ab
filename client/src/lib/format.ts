const count = new Intl.NumberFormat('en-GB');
const percent1 = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const signedPercent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const signed1 = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

export const formatCount = (n: number): string => count.format(n);

/** A share between 0 and 1 as a percentage. */
export const formatShare = (share: number): string => percent1.format(share);

/** A change already expressed in percent (56.25 means +56.3%). */
export const formatPercentChange = (percent: number): string =>
  signedPercent.format(percent / 100).replace('-', '\u2212');

/** Signed with one decimal and a true minus sign, for z-scores. */
export const formatSigned = (n: number): string => signed1.format(n).replace('-', '\u2212');

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export const formatDate = (iso: string): string => day.format(utc(iso));

/** 'YYYY-MM' or an ISO date as 'Apr 2025'. */
export const formatMonth = (ym: string): string => month.format(utc(ym.length === 7 ? `${ym}-01` : ym));

export const formatMonthShort = (ym: string): string => monthShort.format(utc(`${ym.slice(0, 7)}-01`));

export const formatPeriod = (p: { from: string; to: string }): string =>
  `${formatDate(p.from)} to ${formatDate(p.to)}`;

const rate1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rate2sig = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });

/** A rate with one decimal; below 0.1 two significant figures, so a small lower bound does not read as 0. */
export const formatRate = (n: number): string => (n > 0 && n < 0.1 ? rate2sig.format(n) : rate1.format(n));

/** "12.3 per 1,000 residents (95% interval 10.1 to 14.8)". */
export const formatRateWithInterval = (r: { rate: number; rateLow: number; rateHigh: number }): string =>
  `${formatRate(r.rate)} per 1,000 residents (95% interval ${formatRate(r.rateLow)} to ${formatRate(r.rateHigh)})`;
