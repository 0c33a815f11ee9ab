import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useSummary } from '../../lib/api/summary.ts';
import { useTimeseries } from './api/timeseries.ts';
import { HeadlineFigures } from './components/headline-figures.tsx';
import { TopCategories } from './components/top-categories.tsx';
import { TrendChart } from './components/trend-chart.tsx';
import './overview.css';

export default function OverviewPage() {
  const { query, ready } = useUrlFilters();
  const summary = useSummary(query, ready);
  const timeseries = useTimeseries(query, ready);
  const resetKey = JSON.stringify(query);

  return (
    <div className="page overview">
      <title>Overview · ICSB Analytics</title>
      <h1 className="page__title">Overview</h1>
      <Panel title="Headline figures" className="overview__headline" resetKey={resetKey}>
        <QueryState query={summary} loadingLabel="Loading headline figures">
          {(s) => <HeadlineFigures summary={s} />}
        </QueryState>
      </Panel>
      <Panel
        title="Contacts by month"
        description="Each month against the same month a year earlier."
        className="overview__trend"
        resetKey={resetKey}
      >
        <QueryState
          query={timeseries}
          loadingLabel="Loading the monthly trend"
          isEmpty={(t) => t.points.every((p) => p.contacts === 0 && !p.lastYear)}
          empty="No contacts match these filters in this period."
        >
          {(t) => <TrendChart points={t.points} />}
        </QueryState>
      </Panel>
      <Panel title="Top categories" className="overview__categories" resetKey={resetKey}>
        <QueryState
          query={summary}
          isEmpty={(s) => s.topCategories.length === 0}
          empty="No contacts match these filters in this period."
        >
          {(s) => <TopCategories rows={s.topCategories} />}
        </QueryState>
      </Panel>
    </div>
  );
}
