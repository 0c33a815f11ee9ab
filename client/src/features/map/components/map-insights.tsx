import { useState } from 'react';
import { Panel } from '../../../components/panel.tsx';
import { useHotPlaces, type HotPlace } from '../api/hot-places.ts';
import { useHotspotAccuracies } from '../api/hotspot-accuracy.ts';
import { AccuracyTable } from './accuracy-table.tsx';
import { ConcentrationChart } from './concentration-chart.tsx';
import { HotPlacesTable } from './hot-places-table.tsx';

interface Props {
  filters: Record<string, string>;
  ready: boolean;
  /** The map's sizes from the address bar (the server's defaults when null). */
  sizes: Record<'cell' | 'band' | 'bandwidth', string | null>;
  onPlace: (place: HotPlace) => void;
}

type Tab = 'places' | 'accuracy';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'places', label: 'Repeat locations' },
  { id: 'accuracy', label: 'Which map predicts best' },
];

/** Below the map: repeat locations with the concentration curve, and each method's predictive accuracy. */
export function MapInsights({ filters, ready, sizes, onPlace }: Props) {
  const [tab, setTab] = useState<Tab>('places');
  const places = useHotPlaces(filters, sizes.cell, ready);
  const set = Object.fromEntries(Object.entries(sizes).filter((e): e is [string, string] => !!e[1]));
  const accuracy = useHotspotAccuracies(filters, set, ready && tab === 'accuracy');
  return (
    <Panel title="Repeat locations and map accuracy" className="map-insights">
      <div className="insights__tabs" role="tablist" aria-label="Map insights">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`insights-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`insights-panel-${t.id}`}
            className={tab === t.id ? 'insights__tab insights__tab--on' : 'insights__tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`insights-panel-${tab}`} aria-labelledby={`insights-tab-${tab}`}>
        {tab === 'accuracy' ? (
          <AccuracyTable results={accuracy} />
        ) : places.isError ? (
          <p className="muted">The repeat locations could not be loaded: {places.error.message}</p>
        ) : !places.data ? (
          <p className="muted">Counting contacts per place…</p>
        ) : (
          <div className="insights__places">
            <HotPlacesTable data={places.data} onPlace={onPlace} />
            <ConcentrationChart data={places.data} />
          </div>
        )}
      </div>
    </Panel>
  );
}
