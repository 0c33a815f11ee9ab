import type { useQueryClient } from '@tanstack/react-query';

export const PROBLEMS_KEY = ['problems'] as const;
export const ACTIONS_KEY = ['actions'] as const;
export const problemKey = (id: number) => ['problem', id] as const;

/**
 * After any change to a problem or its actions: the problem (its history too), the JAG list (open and
 * overdue counts, priority) and the overdue actions are fetched again.
 */
export const invalidateTasking = (client: ReturnType<typeof useQueryClient>, problemId?: number) =>
  Promise.all([
    client.invalidateQueries({ queryKey: PROBLEMS_KEY }),
    client.invalidateQueries({ queryKey: ACTIONS_KEY }),
    client.invalidateQueries({ queryKey: problemId === undefined ? ['problem'] : problemKey(problemId) }),
  ]);
