import type { GeoJsonObject } from 'geojson';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { TASKING_WRITE_ROLES } from '../../../../server/contract/tasking.ts';
import type { Category } from '../../../../server/contract/taxonomy.ts';
import { Panel } from '../../components/panel.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useMe } from '../auth/api/me.ts';
import { useCreateProblem } from './api/create-problem.ts';
import { NewProblemForm } from './components/new-problem-form.tsx';
import { ProblemMap } from './components/problem-map.tsx';
import { readPlaceParam } from './place-param.ts';
import { useNewPlace } from './use-new-place.ts';
import './tasking.css';

/** Opens a problem on the place chosen on the map (`place=` in the link); the filters' categories carry over. */
export default function NewProblemPage() {
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const options = useOptions();
  const me = useMe().data;
  const { filters } = useUrlFilters();
  const place = useNewPlace(readPlaceParam(sp.get('place')));
  const create = useCreateProblem();

  if (me && !TASKING_WRITE_ROLES.includes(me.role)) {
    return <EmptyState>Your role may read problems but not start them.</EmptyState>;
  }
  if (!place) {
    return (
      <EmptyState>
        A problem starts from a place. On the <Link to="/map">Map</Link>, click a hotspot cell, an area or a
        drawn area and choose “Start a problem here”.
      </EmptyState>
    );
  }
  if (!options.data || !me) return <Loading label="Loading the form" />;
  const agencies = options.data.agencies;
  const own = agencies.some((a) => a.code === me.agency.code) ? me.agency.code : '';

  return (
    <div className="page new-problem-page">
      <title>New problem · Tasking · ICSB Analytics</title>
      <h1 className="page__title">New problem</h1>
      <div className="problem-page__grid">
        <Panel title="Place" description="Where the problem is, as chosen on the map.">
          <p className="new-problem__place" data-testid="new-problem-place">
            {place.label}
          </p>
          {place.error && (
            <p className="form-error" role="alert">
              {place.error} Go back to the <Link to="/map">Map</Link> and choose the place again.
            </p>
          )}
          {place.geometry !== null && (
            <ProblemMap geometry={place.geometry as GeoJsonObject} label={place.label} />
          )}
        </Panel>
        <Panel title="The problem">
          <NewProblemForm
            agencies={agencies}
            categories={options.data.categories}
            // The filter bar checked these against the categories.
            initial={{ categories: filters.category as Category[], ownerAgency: own }}
            saving={create.isPending}
            error={create.error?.message ?? null}
            canSave={place.place !== null}
            onSave={(draft) => {
              if (!place.place) return;
              create.mutate(
                { ...draft, place: place.place },
                { onSuccess: (d) => void navigate(`/tasking/${d.problem.id}`) },
              );
            }}
          />
        </Panel>
      </div>
    </div>
  );
}
