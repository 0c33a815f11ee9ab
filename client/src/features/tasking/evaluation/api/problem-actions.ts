import { useQuery } from '@tanstack/react-query';
import { problemQuery } from '../../api/problem.ts';

/** The problem's actions (the page's own query, shared): the earliest one done dates the intervention. */
export const useProblemActions = (problemId: number) =>
  useQuery({ ...problemQuery(problemId), select: (d) => d.actions });
