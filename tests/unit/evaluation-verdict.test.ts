import { describe, expect, it } from 'vitest';
import {
  weightedDisplacementQuotient,
  type ZoneCounts,
} from '../../server/analytics/evaluation/displacement.ts';
import { relativeChange } from '../../server/analytics/evaluation/relative-change.ts';
import { verdictOf, verdictText } from '../../server/analytics/evaluation/verdict.ts';
import { evaluationWindows } from '../../server/analytics/evaluation/windows.ts';

function judge(r: [number, number], d: [number, number], c: [number, number]) {
  const z: ZoneCounts = {
    target: { before: r[0], after: r[1] },
    buffer: { before: d[0], after: d[1] },
    control: { before: c[0], after: c[1] },
  };
  const input = {
    targetTest: relativeChange(z.target, z.control),
    bufferTest: relativeChange(z.buffer, z.control),
    wdq: weightedDisplacementQuotient(z),
  };
  const verdict = verdictOf(input);
  return {
    verdict,
    text: verdictText({ ...input, verdict }, true),
    words: verdictText({ ...input, verdict }, false),
  };
}

describe('the evaluation verdict', () => {
  it('calls a significant target fall with a significant buffer rise displacement, with the figures', () => {
    // Target OR 400/240 = 1.67: a fall of 1 - 1/1.6667 = 40%; z = 5.834, p = 5.4e-9; CI 1.40-1.98.
    // Buffer OR 400/480 = 0.8333: a rise of 1/0.8333 - 1 = 20%; z = -2.440, p = 0.0147; CI 0.72-0.96.
    // WDQ = (0.24 - 0.20) / (0.12 - 0.20) = -0.5.
    const { verdict, text } = judge([400, 240], [400, 480], [2000, 2000]);
    expect(verdict).toBe('displaced');
    expect(text).toBe(
      'Contacts in the target fell 40% against the control (odds ratio 1.67, 95% CI 1.40-1.98, p < 0.001); ' +
        'the buffer rose 20% against the control (odds ratio 0.83, 95% CI 0.72-0.96, p = 0.015): ' +
        'displacement, WDQ -0.50.',
    );
  });

  it('says when the displacement exceeds the gain (WDQ < -1)', () => {
    // Target 200 -> 120 (OR 1.67, p 2e-5), buffer 400 -> 500 (OR 0.8, p 0.0026), WDQ = -1.25.
    const { verdict, text } = judge([200, 120], [400, 500], [2000, 2000]);
    expect(verdict).toBe('displaced');
    expect(text).toMatch(/displacement larger than the gain, WDQ -1\.25\.$/);
  });

  it('calls a target fall with the buffer also falling (WDQ 0.25) diffusion of benefit', () => {
    const { verdict, text } = judge([400, 240], [400, 360], [2000, 2000]);
    expect(verdict).toBe('diffusion');
    // The buffer fell 1 - 360/400 = 10% against a flat control, p = 0.18.
    expect(text).toContain(
      'the buffer fell 10% against the control (odds ratio 1.11, 95% CI 0.95-1.30, p = 0.184)',
    );
    expect(text).toMatch(/diffusion of benefit to the buffer, WDQ 0\.25\.$/);
  });

  it('calls a target fall with a flat buffer worked', () => {
    expect(judge([400, 240], [400, 400], [2000, 2000]).verdict).toBe('worked');
  });

  it('calls a significant relative rise in the target worse', () => {
    // OR 100/160 = 0.625, z = -3.479, p = 0.0005
    const { verdict, text } = judge([100, 160], [100, 100], [1000, 1000]);
    expect(verdict).toBe('worse');
    expect(text).toContain('Contacts in the target rose 60% against the control');
  });

  it('finds no measurable effect when the target moved with the control (WDQ undefined)', () => {
    const { verdict, text } = judge([100, 100], [50, 80], [1000, 1000]);
    expect(verdict).toBe('no_effect');
    expect(text).toContain(
      'target held level against the control (odds ratio 1.00, 95% CI 0.75-1.34, p = 1.000)',
    );
    expect(text).toMatch(/: no measurable effect\.$/);
  });

  it('says the test could not be made when the target had no contacts after', () => {
    const { verdict, text } = judge([12, 0], [30, 30], [1000, 1000]);
    expect(verdict).toBe('no_effect');
    expect(text).toContain('Contacts in the target could not be tested against the control');
  });

  it('gives a text without any figure when counts may not be shown', () => {
    const { words } = judge([400, 240], [400, 480], [2000, 2000]);
    expect(words).toBe(
      'Contacts in the target fell against the control, more than chance would explain; the buffer rose ' +
        'against the control, more than chance would explain: displacement.',
    );
    expect(words).not.toMatch(/\d/);
  });
});

describe('the before and after windows', () => {
  const extent = { first: '2023-01-01', last: '2025-12-31' };

  it('takes equal whole months either side and leaves the intervention month out', () => {
    const w = evaluationWindows('2024-06-15', 3, extent);
    expect(w.before).toEqual({
      from: '2024-03-01',
      to: '2024-05-31',
      months: ['2024-03', '2024-04', '2024-05'],
    });
    expect(w.after).toEqual({
      from: '2024-07-01',
      to: '2024-09-30',
      months: ['2024-07', '2024-08', '2024-09'],
    });
    expect(w.interventionMonth).toBe('2024-06');
    expect(w.warnings).toEqual([]);
  });

  it('shortens both windows to what the data cover after, and says so', () => {
    // November 2025 intervention: only December 2025 is a whole month after it.
    const w = evaluationWindows('2025-11-03', 6, extent);
    expect(w.months).toBe(1);
    expect(w.before.months).toEqual(['2025-10']);
    expect(w.after.months).toEqual(['2025-12']);
    expect(w.warnings[0]).toMatch(/each window is 1 month\(s\), not the 6 asked/);
  });

  it('has no window at all when the intervention is in the first month of data', () => {
    expect(evaluationWindows('2023-01-20', 6, extent).months).toBe(0);
  });
});
