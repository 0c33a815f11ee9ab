import { describe, expect, it } from 'vitest';
import type { Action } from '../../server/contract/tasking.ts';
import { defaultInterventionDate } from '../../client/src/features/tasking/evaluation/evaluation-defaults.ts';

const done = (completedOn: string) => ({ status: 'done', completedOn }) as Action;
const planned = { status: 'planned', completedOn: null } as unknown as Action;
const today = new Date('2026-11-22T10:00:00Z');

describe('the default intervention date of an evaluation', () => {
  it('is the first completed action, or three months ago with none done', () => {
    expect(defaultInterventionDate([done('2026-03-15'), done('2026-02-10'), planned], today)).toBe(
      '2026-02-10',
    );
    expect(defaultInterventionDate([planned], today)).toBe('2026-08-22');
  });

  it('moves back to leave the whole after-window inside the data (data to 31 Oct, 6 months: 1 Apr)', () => {
    // Before Oct 2025-Mar 2026, the month of April left out, after May-Oct 2026.
    expect(defaultInterventionDate([done('2026-11-22')], today, '2026-10-31', 6)).toBe('2026-04-01');
    expect(defaultInterventionDate([], today, '2026-10-31', 3)).toBe('2026-07-01');
  });

  it('keeps a date whose month still has the window after it', () => {
    expect(defaultInterventionDate([done('2026-04-28')], today, '2026-10-31', 6)).toBe('2026-04-28');
    expect(defaultInterventionDate([done('2025-01-05')], today, '2026-10-31', 6)).toBe('2025-01-05');
  });
});
