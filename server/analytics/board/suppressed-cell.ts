/** A count as a board may show it: the value, or hidden with the reason. */
export type BoardCell =
  { kind: 'value'; value: number } | { kind: 'suppressed'; reason: 'small_count' | 'protects_another' };

/** Default threshold inside the partnership; use PUBLICATION_THRESHOLD for anything published. */
export const BOARD_THRESHOLD = 5;
export const PUBLICATION_THRESHOLD = 10;

export interface SuppressionOptions {
  /** Counts below this are hidden (default 5). */
  threshold?: number;
  /** Hide zeros too; by default a zero is shown, as it describes nobody. */
  suppressZeros?: boolean;
}

export function suppressionRule({ threshold = BOARD_THRESHOLD, suppressZeros = false }: SuppressionOptions) {
  if (!(threshold >= 1)) throw new RangeError(`threshold must be >= 1: ${threshold}`);
  return {
    isSmall: (v: number) => v < threshold && (v > 0 || suppressZeros),
    /** Order of preference for a protecting cell: any non-zero before a zero, then the smallest. */
    cost: (v: number): [number, number] => [v === 0 && !suppressZeros ? 1 : 0, v],
  };
}

export function checkCount(value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`counts must be whole numbers >= 0: ${value}`);
}

export const cheaper = (a: [number, number], b: [number, number]): boolean =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

export const toCell = (value: number, hidden: 'small_count' | 'protects_another' | null): BoardCell =>
  hidden === null ? { kind: 'value', value } : { kind: 'suppressed', reason: hidden };
