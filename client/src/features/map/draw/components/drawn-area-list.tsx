import type { DrawnArea } from '../../../../../../server/contract/drawn-areas.ts';
import { formatCount } from '../../../../lib/format.ts';
import { StartProblemLink } from '../../components/start-problem-link.tsx';

interface Props {
  areas: readonly DrawnArea[];
  filterCode: string | null;
  deleting: string | null;
  onApply: (area: DrawnArea) => void;
  onDelete: (area: DrawnArea) => void;
}

/** Drawn areas to apply again or delete; the one filtering the dashboard is marked. */
export function DrawnAreaList({ areas, filterCode, deleting, onApply, onDelete }: Props) {
  if (areas.length === 0) return <p className="muted">No drawn areas yet.</p>;
  return (
    <ul className="drawn-areas__list" aria-label="Drawn areas">
      {areas.map((a) => {
        const current = a.code === filterCode;
        return (
          <li key={a.code} className={current ? 'drawn-area drawn-area--current' : 'drawn-area'}>
            <span className="drawn-area__name">{a.name}</span>
            <span className="drawn-area__facts muted">
              {formatCount(a.contacts)} {a.contacts === 1 ? 'contact' : 'contacts'} (all dates) ·{' '}
              {a.areaKm2 < 0.1 ? '<0.1' : a.areaKm2.toFixed(1)} km²
              {a.mine ? (a.shared ? ' · shared' : '') : ` · shared by ${a.createdBy}`}
            </span>
            <span className="drawn-area__actions">
              {current ? (
                <span className="drawn-area__current">Filtering the dashboard</span>
              ) : (
                <button type="button" className="button button--link" onClick={() => onApply(a)}>
                  Filter to this area
                </button>
              )}
              <StartProblemLink place={`area:${a.layer}:${a.code}`} compact />
              {a.canDelete && (
                <button
                  type="button"
                  className="button button--link drawn-area__delete"
                  disabled={deleting === a.code}
                  aria-label={`Delete ${a.name}`}
                  onClick={() => onDelete(a)}
                >
                  {deleting === a.code ? 'Deleting…' : 'Delete'}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
