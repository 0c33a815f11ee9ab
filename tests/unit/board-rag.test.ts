import { describe, expect, it } from 'vitest';
import { ragStatus } from '../../server/analytics/board/rag.ts';

describe('ragStatus', () => {
  it('for a rate where lower is better: green below, red above, amber across the target', () => {
    expect(ragStatus({ low: 1.2, high: 1.9 }, 2)).toBe('green');
    expect(ragStatus({ low: 2.1, high: 3.0 }, 2)).toBe('red');
    expect(ragStatus({ low: 1.5, high: 2.5 }, 2)).toBe('amber');
  });

  it('counts an interval touching the target as including it', () => {
    expect(ragStatus({ low: 1.2, high: 2 }, 2)).toBe('amber');
    expect(ragStatus({ low: 2, high: 3 }, 2)).toBe('amber');
  });

  it('for a share where higher is better: green above, red below', () => {
    expect(ragStatus({ low: 0.91, high: 0.97 }, 0.9, 'higher')).toBe('green');
    expect(ragStatus({ low: 0.7, high: 0.85 }, 0.9, 'higher')).toBe('red');
    expect(ragStatus({ low: 0.85, high: 0.95 }, 0.9, 'higher')).toBe('amber');
  });

  it('refuses an interval upside down', () => {
    expect(() => ragStatus({ low: 3, high: 2 }, 2)).toThrow(RangeError);
  });
});
