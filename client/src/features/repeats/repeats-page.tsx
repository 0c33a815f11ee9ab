import type { UseQueryResult } from '@tanstack/react-query';
import type { RepeatKind, RepeatList, RepeatRow } from '../../../../server/contract/repeats.ts';
import { CATEGORY_LABEL, type Category } from '../../../../server/contract/taxonomy.ts';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { downloadCsv } from '../../lib/download/csv-download.ts';
import { fileNameOf } from '../../lib/download/save-file.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { allRepeatCallers, useRepeatCallers } from './api/repeat-callers.ts';
import { useRepeatConcentration } from './api/repeat-concentration.ts';
import { allRepeatLocations, useRepeatLocations } from './api/repeat-locations.ts';
import { ConcentrationChart } from './components/concentration-chart.tsx';
import { ConcentrationFigures } from './components/concentration-figures.tsx';
import { RepeatControls } from './components/repeat-controls.tsx';
import { RepeatListBody } from './components/repeat-list-body.tsx';
import { WindowExplainer } from './components/window-explainer.tsx';
import { repeatCsvRows } from './repeat-csv.ts';
import { useRepeatView, viewParams } from './use-repeat-view.ts';
import { useTableState } from './use-table-state.ts';
import './repeats.css';

type Table = ReturnType<typeof useTableState>;
const ALL: Record<RepeatKind, (p: Record<string, string>) => Promise<RepeatRow[]>> = {
  callers: allRepeatCallers,
  locations: allRepeatLocations,
};

export default function RepeatsPage() {
  const { query, ready } = useUrlFilters();
  const { view, choose } = useRepeatView();
  const agencies = useOptions().data?.agencies ?? [];
  const names = {
    agency: (code: string) => agencies.find((a) => a.code === code)?.name ?? code,
    category: (code: string) => CATEGORY_LABEL[code as Category] ?? code,
  };
  const base = { ...query, ...viewParams(view) };
  const callerTable = useTableState();
  const placeTable = useTableState();
  const callers = useRepeatCallers({ ...base, ...callerTable.params }, ready);
  const places = useRepeatLocations({ ...base, ...placeTable.params }, ready);
  const concentration = useRepeatConcentration(base, ready);
  const resetKey = JSON.stringify(base);

  const download = async (d: RepeatList, table: Table) => {
    const { limit: _limit, offset: _offset, ...order } = table.params;
    const rows = await ALL[d.kind]({ ...base, ...order });
    const name = fileNameOf('repeat', d.kind, d.window.period.from, 'to', d.window.period.to);
    downloadCsv(name, repeatCsvRows(d, rows, names));
  };
  const list = (q: UseQueryResult<RepeatList>, table: Table, what: string) => (
    <QueryState
      query={q}
      loadingLabel={`Loading repeat ${what}`}
      isEmpty={(d) => d.page.total === 0}
      empty={`No ${what} with 2 or more complaints in this window.`}
    >
      {(d) => (
        <RepeatListBody
          data={d}
          agencyName={names.agency}
          categoryName={names.category}
          sort={table.sort}
          onSort={table.onSort}
          onPage={table.onPage}
          onDownload={() => download(d, table)}
        />
      )}
    </QueryState>
  );

  return (
    <div className="page repeats">
      <title>Repeats · ICSB Analytics</title>
      <h1 className="page__title">Repeats</h1>
      <RepeatControls view={view} onChoose={choose} />
      <Panel title="The window and the rule" className="repeats__window" resetKey={resetKey}>
        <QueryState query={callers} loadingLabel="Loading the window">
          {(d) => <WindowExplainer data={d} />}
        </QueryState>
      </Panel>
      <Panel
        title="Repeat callers"
        className="repeats__callers"
        resetKey={resetKey}
        description="Pseudonymous caller references with 2 or more complaints in the window."
      >
        {list(callers, callerTable, 'callers')}
      </Panel>
      <Panel
        title="Repeat locations"
        className="repeats__locations"
        resetKey={resetKey}
        description="Place references with 2 or more complaints in the window; 'Callers' counts the different callers about each place."
      >
        {list(places, placeTable, 'places')}
      </Panel>
      <Panel
        title="Concentration"
        className="repeats__concentration"
        resetKey={resetKey}
        description="A small share of callers and places accounts for a large share of complaints: the further the curve bows above the diagonal, the more concentrated."
      >
        <QueryState
          query={concentration}
          loadingLabel="Loading the concentration curve"
          isEmpty={(c) => c.callers.complaints + c.locations.complaints === 0}
          empty="No complaints with a reference in this window."
        >
          {(c) => (
            <>
              <ConcentrationChart data={c} />
              <ConcentrationFigures data={c} />
            </>
          )}
        </QueryState>
      </Panel>
    </div>
  );
}
