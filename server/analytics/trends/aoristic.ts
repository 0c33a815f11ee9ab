export const HOURS_PER_WEEK = 168;
export const MINUTES_PER_WEEK = HOURS_PER_WEEK * 60;

/** One hour-of-week cell: index = weekday * 24 + hour, weekday 0 = Monday. */
export interface CellWeight {
  cell: number;
  weight: number;
}

function checkWindow(startMinuteOfWeek: number, durationMinutes: number): void {
  if (!(startMinuteOfWeek >= 0 && startMinuteOfWeek < MINUTES_PER_WEEK))
    throw new RangeError(
      `start must be a minute of the week in [0, ${MINUTES_PER_WEEK}): ${startMinuteOfWeek}`,
    );
  if (!(durationMinutes >= 0) || !Number.isFinite(durationMinutes))
    throw new RangeError(`duration must be finite and >= 0 minutes: ${durationMinutes}`);
}

/** Minutes of the window [start, start + duration) falling in each hour cell, wrapping round the week. */
function minutesPerCell(start: number, duration: number): Map<number, number> {
  const whole = Math.floor(duration / MINUTES_PER_WEEK);
  const minutes = new Map<number, number>();
  if (whole > 0) for (let c = 0; c < HOURS_PER_WEEK; c++) minutes.set(c, whole * 60);
  let left = duration - whole * MINUTES_PER_WEEK;
  let at = start;
  while (left > 0) {
    const hourStart = Math.floor(at / 60) * 60;
    const take = Math.min(left, hourStart + 60 - at);
    const cell = (hourStart / 60) % HOURS_PER_WEEK;
    minutes.set(cell, (minutes.get(cell) ?? 0) + take);
    left -= take;
    at = (hourStart + 60) % MINUTES_PER_WEEK;
  }
  return minutes;
}

/**
 * Aoristic weights of one record whose event happened at an unknown moment, equally likely anywhere in
 * [start, start + duration): each hour-of-week cell gets the share of the window inside it, so the
 * weights sum to 1. A duration of 0 is a known moment (weight 1 in its cell); the window wraps round
 * the week, and whole weeks spread evenly over every cell.
 */
export function aoristicWeights(startMinuteOfWeek: number, durationMinutes: number): CellWeight[] {
  checkWindow(startMinuteOfWeek, durationMinutes);
  if (durationMinutes === 0) return [{ cell: Math.floor(startMinuteOfWeek / 60), weight: 1 }];
  return [...minutesPerCell(startMinuteOfWeek, durationMinutes)]
    .sort(([a], [b]) => a - b)
    .map(([cell, minutes]) => ({ cell, weight: minutes / durationMinutes }));
}
