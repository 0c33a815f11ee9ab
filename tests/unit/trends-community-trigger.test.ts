import { describe, expect, it } from 'vitest';
import { communityTrigger } from '../../server/analytics/trends/community-trigger.ts';

const one = (dates: string[], options = {}) => communityTrigger([{ id: 'x', dates }], options)[0];

describe('communityTrigger (3 complaints within 183 days)', () => {
  it('triggers on exactly 3 complaints spanning 183 days, first and last day included', () => {
    // 2024-01-01 + 182 days = 2024-07-01
    expect(one(['2024-01-01', '2024-03-15', '2024-07-01'])).toEqual({
      id: 'x',
      complaints: 3,
      mostInWindow: 3,
      triggered: true,
      firstTrigger: { from: '2024-01-01', to: '2024-07-01' },
    });
  });

  it('does not trigger when the same three span 184 days', () => {
    expect(one(['2024-01-01', '2024-03-15', '2024-07-02'])).toMatchObject({
      mostInWindow: 2,
      triggered: false,
    });
  });

  it('does not trigger on 3 complaints spread over 7 months', () => {
    expect(one(['2024-01-10', '2024-04-20', '2024-08-10'])).toMatchObject({
      triggered: false,
      firstTrigger: null,
    });
  });

  it('finds a later window and reports where the threshold was first met', () => {
    const r = one(['2023-01-05', '2023-09-01', '2023-11-30', '2024-02-01', '2024-02-02']);
    expect(r).toMatchObject({ complaints: 5, mostInWindow: 4, triggered: true });
    expect(r?.firstTrigger).toEqual({ from: '2023-09-01', to: '2024-02-01' });
  });

  it('counts several complaints on one day, in any order', () => {
    expect(one(['2024-05-02', '2024-05-01', '2024-05-01'])).toMatchObject({
      triggered: true,
      firstTrigger: { from: '2024-05-01', to: '2024-05-02' },
    });
  });

  it('takes the threshold and window as parameters', () => {
    expect(one(['2024-01-01', '2024-01-30'], { threshold: 2, windowDays: 30 })?.triggered).toBe(true);
    expect(one(['2024-01-01', '2024-01-31'], { threshold: 2, windowDays: 30 })?.triggered).toBe(false);
  });

  it('gives one result per entity and refuses dates that are not YYYY-MM-DD', () => {
    const results = communityTrigger([
      { id: 'a', dates: [] },
      { id: 'b', dates: ['2024-01-01'] },
    ]);
    expect(results.map((r) => [r.id, r.complaints, r.triggered])).toEqual([
      ['a', 0, false],
      ['b', 1, false],
    ]);
    expect(() => communityTrigger([{ id: 'c', dates: ['01/02/2024'] }])).toThrow(RangeError);
    expect(() => communityTrigger([], { threshold: 0 })).toThrow(RangeError);
  });
});
