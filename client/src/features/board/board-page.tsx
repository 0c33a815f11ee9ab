import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useBoardAreas } from './api/board-areas.ts';
import { useBoardChoices } from './api/board-choices.ts';
import { useBoardExceptions } from './api/board-exceptions.ts';
import { useBoardService } from './api/board-service.ts';
import { useBoardTasking } from './api/board-tasking.ts';
import { useBoardTargets } from './api/board-targets.ts';
import { filtersText } from './board-filters-text.ts';

const yearEarlier = (quarter: string) => `${Number(quarter.slice(0, 4)) - 1}${quarter.slice(4)}`;
import { AreaChangeChart } from './components/area-change-chart.tsx';
import { AreasTable } from './components/areas-table.tsx';
import { BoardControls } from './components/board-controls.tsx';
import { ExceptionsList } from './components/exceptions-list.tsx';
import { PackHeader } from './components/pack-header.tsx';
import { PrintBar } from './components/print-bar.tsx';
import { ServiceChart } from './components/service-chart.tsx';
import { ServiceTable } from './components/service-table.tsx';
import { TargetsPanel } from './components/targets-panel.tsx';
import { TaskingResults } from './components/tasking-results.tsx';
import { boardParams, useBoardView } from './use-board-view.ts';
import './board.css';

/** The CSP board's quarterly pack; `print` lays it out for paper and opens the print dialog once loaded. */
export default function BoardPage({ print = false }: { print?: boolean }) {
  const choices = useBoardChoices();
  const options = useOptions().data;
  const { filters, query, ready } = useUrlFilters();
  const { view, choose } = useBoardView(choices.data);
  const params = boardParams(query, view);
  const enabled = ready && view.quarter !== '' && view.layer !== '';
  const areas = useBoardAreas(params, enabled);
  const exceptions = useBoardExceptions(params, enabled);
  const service = useBoardService(params, enabled);
  const targets = useBoardTargets(params, enabled);
  const tasking = useBoardTasking(view.preview ? { suppress: 'true' } : {}, enabled);
  const loaded = [areas, exceptions, service, targets, tasking].every((q) => q.isSuccess && !q.isFetching);
  if (choices.isPending) return <Loading label="Loading the board pack" />;
  if (choices.isError)
    return <ErrorState message={choices.error.message} onRetry={() => void choices.refetch()} />;
  const c = choices.data;
  if (!c || c.quarters.length === 0)
    return <p className="board-note">No complete quarter of data is held yet, so there is no board pack.</p>;
  const quarter = c.quarters.find((q) => q.id === view.quarter);
  const layer = c.layers.find((l) => l.id === view.layer) ?? { id: view.layer, name: view.layer };
  const suppressed = c.viewer.alwaysSuppressed || view.preview;
  const key = JSON.stringify(params);
  const categoryLabel = (code: string) => options?.categories.find((x) => x.code === code)?.label ?? code;

  return (
    <div className={print ? 'page board board--print' : 'page board'}>
      <title>{`Board pack ${quarter?.label ?? ''} · ICSB Analytics`}</title>
      {print ? (
        <PrintBar loaded={loaded} />
      ) : (
        <>
          <h1 className="page__title">Board</h1>
          <BoardControls choices={c} view={view} onChoose={choose} />
          <p className="muted board-note no-print">
            The quarter replaces the filter bar&rsquo;s dates; its categories, agencies and area still apply.
            {suppressed &&
              ` Counts below ${c.threshold} show as "<${c.threshold}"; * marks a count hidden so that a small one cannot be worked out from the totals.`}
          </p>
        </>
      )}
      <PackHeader
        quarter={quarter}
        comparison={areas.data?.comparison ?? c.quarters.find((q) => q.id === yearEarlier(view.quarter))}
        layerName={layer.name}
        filters={filtersText(filters, options)}
        suppressed={suppressed}
        choices={c}
      />
      <Panel
        title={`Contacts by area: ${layer.name}`}
        description="Against the same quarter last year, judged by the Poisson E-test, and the rate per 1,000 residents with its 95% interval."
        resetKey={key}
      >
        <QueryState query={areas} loadingLabel="Counting contacts by area">
          {(d) => (
            <>
              <AreaChangeChart data={d} />
              <AreasTable data={d} />
              <p className="muted board-note">{d.rules.change}</p>
            </>
          )}
        </QueryState>
      </Panel>
      <Panel
        title="Exceptions"
        description="Areas and categories that changed significantly on last year."
        resetKey={key}
      >
        <QueryState query={exceptions} loadingLabel="Testing every area and category">
          {(d) => (
            <>
              <ExceptionsList data={d} />
              <p className="muted board-note">{d.rule}</p>
            </>
          )}
        </QueryState>
      </Panel>
      <Panel
        title="Service performance"
        description="Per agency and per category, for contacts received in the quarter."
        resetKey={key}
      >
        <QueryState query={service} loadingLabel="Measuring service levels">
          {(d) => (
            <>
              <ServiceChart data={d} />
              <h3 className="board-subtitle">By agency</h3>
              <ServiceTable
                table={d.byAgency}
                keyName="Agency"
                threshold={d.suppression.threshold}
                fileName={`board-service-agency-${d.quarter.id}`}
              />
              <h3 className="board-subtitle">By category</h3>
              <ServiceTable
                table={d.byCategory}
                keyName="Category"
                threshold={d.suppression.threshold}
                fileName={`board-service-category-${d.quarter.id}`}
              />
              <p className="muted board-note">{d.definitions}</p>
            </>
          )}
        </QueryState>
      </Panel>
      <Panel
        title="Targets"
        description="Set by the administrators; red, amber or green by the rule below."
        resetKey={key}
      >
        <QueryState query={targets} loadingLabel="Checking the targets">
          {(d) => (
            <TargetsPanel
              data={d}
              editable={c.viewer.mayEditTargets && !print}
              layer={layer}
              areas={areas.data?.rows ?? []}
              categoryLabel={categoryLabel}
            />
          )}
        </QueryState>
      </Panel>
      <Panel
        title="Tasking results"
        description="The latest saved evaluation of each problem: its place against a control before and after the response, with displacement into the buffer weighed. Not limited to the quarter or the filters."
        resetKey={key}
      >
        <QueryState query={tasking} loadingLabel="Loading the tasking results">
          {(d) => <TaskingResults data={d} />}
        </QueryState>
      </Panel>
    </div>
  );
}
