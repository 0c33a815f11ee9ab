import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState } from '../../components/states.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useHourWeekday } from './api/hour-weekday.ts';
import { useSeasonal } from './api/seasonal.ts';
import { useTrendChange } from './api/trend-change.ts';
import { useTrendSeries } from './api/trend-series.ts';
import { ChangePanel } from './components/change-panel.tsx';
import { ControlChart } from './components/control-chart.tsx';
import { HourWeekdayHeatmap } from './components/hour-weekday-heatmap.tsx';
import { SeasonalChart } from './components/seasonal-chart.tsx';
import { SeriesChart } from './components/series-chart.tsx';
import { TrendControls } from './components/trend-controls.tsx';
import { useTrendView, viewParams } from './use-trend-view.ts';
import './trends.css';

const NO_MATCH = 'No contacts match these filters in this period.';

export default function TrendsPage() {
  const { query, ready } = useUrlFilters();
  const { view, choose } = useTrendView();
  const layers = useOptions().data?.layers ?? [];
  const withView = { ...query, ...viewParams(view) };
  const withCount = view.count === 'reports' ? query : { ...query, count: view.count };
  const series = useTrendSeries(withView, ready);
  const change = useTrendChange(withCount, ready);
  const hours = useHourWeekday(query, ready);
  const seasonal = useSeasonal(withCount, ready);
  const resetKey = JSON.stringify(withView);

  return (
    <div className="page trends">
      <title>Trends · ICSB Analytics</title>
      <h1 className="page__title">Trends</h1>
      <TrendControls view={view} layers={layers} onChoose={choose} />
      <Panel
        title="Change"
        className="trends__change"
        resetKey={resetKey}
        description="Judged by the Poisson E-test; a percentage alone says nothing about chance."
      >
        <QueryState query={change} loadingLabel="Testing the change">
          {(c) => <ChangePanel data={c} />}
        </QueryState>
      </Panel>
      <Panel title={`Contacts per ${view.interval}`} className="trends__series" resetKey={resetKey}>
        <QueryState
          query={series}
          loadingLabel="Loading the series"
          isEmpty={(s) => s.total.every((v) => v === 0)}
          empty={NO_MATCH}
        >
          {(s) => <SeriesChart data={s} />}
        </QueryState>
      </Panel>
      <Panel
        title="Control chart"
        className="trends__control"
        resetKey={resetKey}
        description="Is the series behaving as usual? Signals: a point beyond a limit, 7 in a row on one side of the mean, 6 rising or falling."
      >
        <QueryState
          query={series}
          loadingLabel="Loading the control chart"
          isEmpty={(s) => s.total.every((v) => v === 0)}
          empty={NO_MATCH}
        >
          {(s) =>
            s.control ? (
              <ControlChart data={s} control={s.control} />
            ) : (
              <EmptyState>Too few whole {s.interval}s in the period for a control chart.</EmptyState>
            )
          }
        </QueryState>
      </Panel>
      <Panel
        title="Hour of day and day of week"
        className="trends__hours"
        resetKey={resetKey}
        description="Records with a from–to window are spread evenly over it (aoristic weighting)."
      >
        <QueryState
          query={hours}
          loadingLabel="Loading the hour and weekday pattern"
          isEmpty={(h) => h.records + h.leftOut.monthOnly + h.leftOut.dayOnly + h.leftOut.invalid === 0}
          empty={NO_MATCH}
        >
          {(h) => <HourWeekdayHeatmap data={h} />}
        </QueryState>
      </Panel>
      <Panel
        title="Seasons"
        className="trends__seasonal"
        resetKey={resetKey}
        description="Every month of data held, one line per year; the category, agency and area filters apply, the period does not."
      >
        <QueryState
          query={seasonal}
          loadingLabel="Loading the seasons"
          isEmpty={(s) => s.years.length === 0}
          empty="No data held yet."
        >
          {(s) => <SeasonalChart data={s} />}
        </QueryState>
      </Panel>
    </div>
  );
}
