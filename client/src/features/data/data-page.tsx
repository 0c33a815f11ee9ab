import { useState } from 'react';
import type { BatchDto } from '../../../../server/contract/data.ts';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useMe } from '../auth/api/me.ts';
import { useBatches } from './api/batches.ts';
import { useQuality } from './api/quality.ts';
import { useRemoveBatch } from './api/remove-batch.ts';
import { BatchTable } from './components/batch-table.tsx';
import { CompletenessTable } from './components/completeness-table.tsx';
import { FeedMonths } from './components/feed-months.tsx';
import { LinksSummary, RejectsList, UnmappedList } from './components/quality-lists.tsx';
import { RemoveBatchDialog } from './components/remove-batch-dialog.tsx';
import { AgenciesSection } from './agencies-section.tsx';
import { UploadSection } from './upload-section.tsx';
import './data.css';

export default function DataPage() {
  const admin = useMe().data?.role === 'admin';
  const batches = useBatches();
  const quality = useQuality();
  const [removing, setRemoving] = useState<BatchDto | null>(null);
  const remove = useRemoveBatch();

  return (
    <div className="page data">
      <title>Data · ICSB Analytics</title>
      <h1 className="page__title">Data</h1>
      <p className="muted data__scope">Everything stored, whatever the filters above say.</p>
      {admin && <UploadSection />}
      <Panel title="Batches" className="data__batches" description="Every file loaded, newest first.">
        <QueryState query={batches} isEmpty={(b) => b.batches.length === 0} empty="No data has been loaded yet.">
          {(b) => <BatchTable batches={b.batches} onRemove={admin ? setRemoving : undefined} />}
        </QueryState>
      </Panel>
      <Panel
        title="Contacts per agency and month"
        className="data__feed"
        description="A month without contacts between months with them usually means a missing extract, not a quiet month."
      >
        <QueryState query={quality} isEmpty={(q) => q.agencies.length === 0} empty="No contacts are stored.">
          {(q) => <FeedMonths months={q.months} agencies={q.agencies} />}
        </QueryState>
      </Panel>
      <Panel
        title="Completeness"
        className="data__completeness"
        description="Contacts the map (no place) or the hour-of-day chart (no time) cannot use."
      >
        <QueryState query={quality} isEmpty={(q) => q.completeness.length === 0} empty="No contacts are stored.">
          {(q) => <CompletenessTable rows={q.completeness} />}
        </QueryState>
      </Panel>
      <Panel title="Unmapped values" className="data__unmapped">
        <QueryState query={quality}>{(q) => <UnmappedList rows={q.unmapped} />}</QueryState>
      </Panel>
      <Panel title="Rejected rows by batch" className="data__rejects">
        <QueryState query={quality}>{(q) => <RejectsList rows={q.rejects} canDownload={admin} />}</QueryState>
      </Panel>
      <Panel title="Reports linked across agencies" className="data__links">
        <QueryState query={quality}>{(q) => <LinksSummary links={q.links} />}</QueryState>
      </Panel>
      {admin && <AgenciesSection />}
      {removing && (
        <RemoveBatchDialog
          batch={removing}
          pending={remove.isPending}
          error={remove.error?.message ?? null}
          onCancel={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        />
      )}
    </div>
  );
}
