import { useId, useState } from 'react';
import { CheckboxDropdown } from '../../../components/checkbox-dropdown.tsx';
import { areasOf, useBoundaries } from '../../../lib/api/boundaries.ts';
import { layersByDetail, useOptions } from '../../../lib/api/options.ts';
import { useSummary } from '../../../lib/api/summary.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { AreaPicker } from './area-picker.tsx';
import { DateRangeFields } from './date-range-fields.tsx';
import { FilterIssues } from './filter-issues.tsx';
import { PeriodInForce } from './period-in-force.tsx';
import './filter-bar.css';

/** The filters shared by every page; their state is the address bar. */
export function FilterBar() {
  const { filters, issues, query, ready, update, dismiss, reset } = useUrlFilters();
  const options = useOptions();
  // The same query as the overview's headline figures, so on that page it costs no extra request.
  const summary = useSummary(query, ready);
  const inForce = summary.data?.period ?? null;
  const periodId = useId();
  // A layer picked without an area yet is not a filter, so it lives here until an area is chosen.
  const [pickedLayer, setPickedLayer] = useState('');
  const layer = filters.area?.layer ?? pickedLayer;
  const boundaries = useBoundaries(layer);
  const o = options.data;
  const active =
    !!filters.from || !!filters.to || filters.category.length + filters.agency.length > 0 || !!filters.area;

  return (
    <div className="filter-bar">
      <div className="filter-bar__inner">
        <form
          className="filter-bar__form"
          role="search"
          aria-label="Filters"
          onSubmit={(e) => e.preventDefault()}
        >
          <DateRangeFields
            from={filters.from}
            to={filters.to}
            inForce={inForce}
            describedBy={periodId}
            onChange={update}
          />
          <CheckboxDropdown
            label="Categories"
            allLabel="All categories"
            options={o?.categories.map((c) => ({ value: c.code, label: c.label })) ?? []}
            selected={filters.category}
            onChange={(category) => update({ category })}
          />
          <CheckboxDropdown
            label="Agencies"
            allLabel="All agencies"
            options={o?.agencies.map((a) => ({ value: a.code, label: a.name })) ?? []}
            selected={filters.agency}
            onChange={(agency) => update({ agency })}
          />
          <AreaPicker
            layers={layersByDetail(o)}
            layer={layer}
            onLayerChange={(l) => {
              setPickedLayer(l);
              update({ area: null });
            }}
            areas={areasOf(boundaries.data)}
            areasState={boundaries.isError ? 'error' : boundaries.isFetching ? 'loading' : 'ready'}
            code={filters.area?.code ?? null}
            onAreaChange={(code) => update({ area: code ? { layer, code } : null })}
          />
          <button
            type="button"
            className="button button--link filter-bar__reset"
            onClick={() => {
              setPickedLayer('');
              reset();
            }}
            disabled={!active && issues.length === 0}
          >
            Reset filters
          </button>
        </form>
        <PeriodInForce id={periodId} chosen={filters} period={inForce} failed={summary.isError} />
        {options.isError && (
          <p className="filter-bar__note" role="alert">
            Filter choices could not be loaded: {options.error.message}
          </p>
        )}
        <FilterIssues issues={issues} onRemove={dismiss} />
      </div>
    </div>
  );
}
