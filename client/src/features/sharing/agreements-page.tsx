import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useMe } from '../auth/api/me.ts';
import { useAgreements } from './api/agreements.ts';
import { useCreateAgreement } from './api/create-agreement.ts';
import { useUpdateAgreement } from './api/update-agreement.ts';
import { AgreementForm } from './components/agreement-form.tsx';
import { AgreementTable } from './components/agreement-table.tsx';
import './sharing.css';

/** Information sharing agreements: which agency shares which categories' personal details with which. */
export default function AgreementsPage() {
  const me = useMe();
  if (!me.data) return <Loading label="Checking your access" />;
  if (me.data.role !== 'admin') {
    return (
      <div className="page agreements">
        <title>Agreements · ICSB Analytics</title>
        <h1 className="page__title">Information sharing agreements</h1>
        <EmptyState>Only administrators record information sharing agreements.</EmptyState>
      </div>
    );
  }
  return <AgreementsView />;
}

function AgreementsView() {
  const list = useAgreements();
  const agencies = useOptions().data?.agencies ?? [];
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const agencyName = (code: string) => agencies.find((a) => a.code === code)?.name ?? code;
  return (
    <div className="page agreements">
      <title>Agreements · ICSB Analytics</title>
      <h1 className="page__title">Information sharing agreements</h1>
      <p className="muted agreements__intro">
        An agreement in force lets users of the receiving agency reveal the personal details of the sharing
        agency’s records in its categories, giving a reason each time. Without one, personal details stay
        redacted. Every change is recorded in the audit log.
      </p>
      <QueryState query={list} loadingLabel="Loading the agreements">
        {(d) => (
          <>
            <Panel title="Agreements">
              {d.agreements.length === 0 ? (
                <EmptyState>No agreements yet: each agency sees only its own personal details.</EmptyState>
              ) : (
                <AgreementTable
                  agreements={d.agreements}
                  agencyName={agencyName}
                  today={d.today}
                  canEdit
                  ending={update.isPending ? (update.variables.id ?? null) : null}
                  onEnd={(a) => update.mutate({ id: a.id, patch: { ends: d.today } })}
                />
              )}
              {update.isError && (
                <p className="form-error" role="alert">
                  The agreement could not be ended: {update.error.message}
                </p>
              )}
            </Panel>
            <Panel title="Add an agreement">
              <AgreementForm
                agencies={agencies}
                today={d.today}
                pending={create.isPending}
                error={create.error?.message ?? null}
                onAdd={(a, done) => create.mutate(a, { onSuccess: done })}
              />
            </Panel>
          </>
        )}
      </QueryState>
    </div>
  );
}
