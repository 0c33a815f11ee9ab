/** Contacts in one zone in the before (b) and after (a) windows. */
export interface BeforeAfter {
  before: number;
  after: number;
}

/** Target R, buffer D and control C, each before and after. */
export interface ZoneCounts {
  target: BeforeAfter;
  buffer: BeforeAfter;
  control: BeforeAfter;
}

/**
 * Weighted Displacement Quotient (Bowers and Johnson 2003), WDQ = (Da/Ca - Db/Cb) / (Ra/Ca - Rb/Cb):
 * the buffer's change over the target's, each as a share of the control. Positive: diffusion of benefit;
 * negative: displacement; below -1: more displaced than gained. Null when the control is empty in a window
 * or the target's share did not change (there is no gain to weigh the buffer against).
 */
export function weightedDisplacementQuotient({
  target: r,
  buffer: d,
  control: c,
}: ZoneCounts): number | null {
  if (c.before === 0 || c.after === 0) return null;
  const success = r.after / c.after - r.before / c.before;
  if (success === 0) return null;
  return (d.after / c.after - d.before / c.before) / success;
}

/**
 * Total Net Effect (Guerette 2009), TNE = (Rb (Ca/Cb) - Ra) + (Db (Ca/Cb) - Da): contacts prevented in
 * the target net of those gained in the buffer, each against what the control's trend predicts. Positive:
 * contacts prevented. Null when the control had none before (no trend to predict with).
 */
export function totalNetEffect({ target: r, buffer: d, control: c }: ZoneCounts): number | null {
  if (c.before === 0) return null;
  const trend = c.after / c.before;
  return r.before * trend - r.after + (d.before * trend - d.after);
}
