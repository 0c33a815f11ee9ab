import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAddAgency } from './api/add-agency.ts';
import { useAgencies } from './api/agencies.ts';
import { useRenameAgency } from './api/rename-agency.ts';
import { AddAgencyForm } from './components/add-agency-form.tsx';
import { AgencyTable } from './components/agency-table.tsx';

const problem = (e: Error | null) =>
  e ? { message: e.message, parameter: e instanceof ApiError ? e.parameter : undefined } : null;

/** The agencies whose contacts are loaded and whose staff sign in (also `npx icsb agency`). */
export function AgenciesSection() {
  const agencies = useAgencies();
  const add = useAddAgency();
  const rename = useRenameAgency();
  return (
    <Panel
      title="Agencies"
      className="data__agencies"
      description="A file can only name agencies listed here. A code never changes once contacts use it; the name can."
    >
      <QueryState query={agencies}>
        {(a) => (
          <AgencyTable
            agencies={a.agencies}
            pending={rename.isPending}
            onRename={(code, name) => rename.mutate({ code, name })}
          />
        )}
      </QueryState>
      {rename.error && (
        <p className="form-error" role="alert">
          {rename.error.message}
        </p>
      )}
      <AddAgencyForm key={add.data?.code ?? "new"} pending={add.isPending} error={problem(add.error)} onAdd={(a) => add.mutate(a)} />
    </Panel>
  );
}
