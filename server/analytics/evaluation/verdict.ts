import type { Verdict } from '../../contract/evaluation.ts';
import { percentAgainstControl, type RelativeChangeTest } from './relative-change.ts';

export const VERDICT_RULE =
  'Worked: the target fell against the control (odds ratio above 1, p < 0.05). Of those, displaced when the ' +
  'buffer rose significantly against the control (odds ratio below 1, p < 0.05), the displacement exceeding ' +
  'the gain when WDQ < -1; diffusion of benefit when the buffer fell against the control and WDQ > 0. Got ' +
  'worse: the target rose significantly against the control. Otherwise no measurable effect, which is also ' +
  'the verdict when a zero count leaves the test undone.';

export const WDQ_RULE =
  'WDQ = (Da/Ca - Db/Cb) / (Ra/Ca - Rb/Cb) for target R, buffer D, control C, before b, after a: above 0 ' +
  'diffusion of benefit, below 0 displacement, below -1 more displaced than gained; none when the target did ' +
  'not change against the control. TNE = (Rb Ca/Cb - Ra) + (Db Ca/Cb - Da): contacts prevented in target ' +
  'and buffer together against the control trend (negative: more contacts).';

export interface VerdictInput {
  targetTest: RelativeChangeTest;
  bufferTest: RelativeChangeTest;
  wdq: number | null;
}

const fell = (t: RelativeChangeTest) => t.oddsRatio !== null && t.oddsRatio > 1;
const rose = (t: RelativeChangeTest) => t.oddsRatio !== null && t.oddsRatio < 1;

/** The plain-language verdict by the rules in VERDICT_RULE. */
export function verdictOf({ targetTest, bufferTest, wdq }: VerdictInput): Verdict {
  if (targetTest.significant && fell(targetTest)) {
    if (bufferTest.significant && rose(bufferTest)) return 'displaced';
    if (wdq !== null && wdq > 0 && fell(bufferTest)) return 'diffusion';
    return 'worked';
  }
  if (targetTest.significant && rose(targetTest)) return 'worse';
  return 'no_effect';
}

const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
const n2 = (x: number) => x.toFixed(2);

/** "fell 38% against the control (odds ratio 1.61, 95% CI 1.30-2.00, p < 0.001)" */
function changeText(t: RelativeChangeTest, figures: boolean): string {
  const pct = percentAgainstControl(t);
  if (pct === null || t.p === null || t.low === null || t.high === null)
    return 'could not be tested against the control (a zone had no contacts in a window)';
  const whole = Math.round(Math.abs(pct));
  const direction = whole === 0 ? 'held level' : pct < 0 ? 'fell' : 'rose';
  const sure = t.significant ? 'more than chance would explain' : 'within what chance alone produces';
  if (!figures) return `${direction} against the control, ${sure}`;
  return (
    `${direction} ${whole > 0 ? `${whole}% ` : ''}against the control (odds ratio ${n2(t.oddsRatio as number)}, ` +
    `95% CI ${n2(t.low)}-${n2(t.high)}, ${pText(t.p)})`
  );
}

function conclusion(verdict: Verdict, wdq: number | null, figures: boolean): string {
  const w = figures && wdq !== null ? `, WDQ ${n2(wdq)}` : '';
  if (verdict === 'displaced')
    return wdq !== null && wdq < -1 ? `displacement larger than the gain${w}` : `displacement${w}`;
  if (verdict === 'diffusion') return `it worked, with diffusion of benefit to the buffer${w}`;
  if (verdict === 'worked') return `it worked, without displacement shown${w}`;
  if (verdict === 'worse') return 'it got worse';
  return 'no measurable effect';
}

/**
 * The verdict in plain words. With figures: percentages, odds ratios, intervals, p and WDQ. Without: only
 * directions and words, for a reader who may not see the counts (they could be worked back from figures).
 */
export function verdictText(input: VerdictInput & { verdict: Verdict }, figures: boolean): string {
  const target = `Contacts in the target ${changeText(input.targetTest, figures)}`;
  const buffer = `the buffer ${changeText(input.bufferTest, figures)}`;
  return `${target}; ${buffer}: ${conclusion(input.verdict, input.wdq, figures)}.`;
}
