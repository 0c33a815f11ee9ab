import { Link } from 'react-router';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useActions } from './api/actions.ts';
import { useProblems } from './api/problems.ts';
import { OverdueActions } from './components/overdue-actions.tsx';
import { PriorityRule } from './components/priority-rule.tsx';
import { ProblemFilters } from './components/problem-filters.tsx';
import { ProblemTable } from './components/problem-table.tsx';
import { useProblemFilters } from './use-problem-filters.ts';
import './tasking.css';

/** The JAG meeting view: problems by priority, and the overdue actions each agency has to chase. */
export default function TaskingPage() {
  const agencies = useOptions().data?.agencies ?? [];
  const filters = useProblemFilters();
  const problems = useProblems(filters.params);
  const overdue = useActions({ overdue: 'true', status: 'open' });
  const canWrite = problems.data?.canWrite ?? false;

  return (
    <div className="page tasking-page">
      <title>Tasking · ICSB Analytics</title>
      <h1 className="page__title">Tasking</h1>
      {canWrite && (
        <p className="tasking-page__intro">
          To start a problem, click a hotspot cell, an area or a drawn area on the <Link to="/map">Map</Link>{' '}
          and choose “Start a problem here”.
        </p>
      )}
      <Panel
        title="Problems by priority"
        description="The Joint Action Group's list: the highest priority first, and why it ranks there."
      >
        <ProblemFilters value={filters.value} agencies={agencies} onChange={filters.change} />
        <QueryState
          query={problems}
          loadingLabel="Loading the problems"
          isEmpty={(d) => d.problems.length === 0}
          empty="No problems match. Change the filters, or start one from the Map."
        >
          {(d) => (
            <>
              <ProblemTable problems={d.problems} />
              <PriorityRule problems={d.problems} harmWeights={d.harmWeights} />
            </>
          )}
        </QueryState>
      </Panel>
      <Panel
        title="Overdue actions by agency"
        description="Actions not done or cancelled whose due date has passed, earliest first."
      >
        <QueryState
          query={overdue}
          loadingLabel="Loading the overdue actions"
          isEmpty={(d) => d.actions.length === 0}
          empty="No action is overdue."
        >
          {(d) => <OverdueActions actions={d.actions} />}
        </QueryState>
      </Panel>
    </div>
  );
}
