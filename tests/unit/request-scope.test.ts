import { describe, expect, it } from 'vitest';
import {
  coveredMs,
  freshRequested,
  timedQuery,
  withRequestScope,
  type RequestScope,
} from '../../server/db/request-scope.ts';

describe('coveredMs', () => {
  it('counts overlapping spans once and gaps not at all', () => {
    // [0,10] and [5,12] cover 12 ms; [20,25] adds 5; [21,22] lies inside it.
    expect(
      coveredMs([
        [20, 25],
        [0, 10],
        [5, 12],
        [21, 22],
      ]),
    ).toBe(17);
  });

  it('is zero without spans', () => {
    expect(coveredMs([])).toBe(0);
  });
});

describe('freshRequested', () => {
  it('is false outside a request and follows the scope inside one', async () => {
    expect(freshRequested()).toBe(false);
    const seen = await withRequestScope({ spans: [], fresh: true }, async () => {
      await Promise.resolve();
      return freshRequested();
    });
    expect(seen).toBe(true);
  });
});

describe('timedQuery', () => {
  it('records a span only inside withQueryTimes, through awaits', async () => {
    const times: RequestScope = { spans: [], fresh: false };
    await timedQuery(async () => 1);
    await withRequestScope(times, async () => {
      await Promise.resolve();
      await Promise.all([timedQuery(async () => 1), timedQuery(async () => 2)]);
    });
    expect(times.spans).toHaveLength(2);
    for (const [s, e] of times.spans) expect(e).toBeGreaterThanOrEqual(s);
  });

  it('records the span of a failing call and rethrows', async () => {
    const times: RequestScope = { spans: [], fresh: false };
    const failing = withRequestScope(times, () => timedQuery(() => Promise.reject(new Error('boom'))));
    await expect(failing).rejects.toThrow('boom');
    expect(times.spans).toHaveLength(1);
  });
});
