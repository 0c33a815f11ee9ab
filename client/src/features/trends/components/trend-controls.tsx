import type { TrendView } from '../use-trend-view.ts';

interface Props {
  view: TrendView;
  layers: readonly { id: string; name: string }[];
  onChoose: <K extends keyof TrendView>(key: K, value: TrendView[K]) => void;
}

type Options = readonly (readonly [value: string, label: string])[];

const INTERVALS: Options = [
  ['day', 'Day'],
  ['week', 'Week (from Monday)'],
  ['month', 'Month'],
];
const SPLITS: Options = [
  ['none', 'No split'],
  ['category', 'Category'],
  ['asb_type', 'ASB type'],
  ['agency', 'Agency'],
];
const COUNTS: Options = [
  ['reports', 'Reports'],
  ['incidents', 'Incidents (linked reports once)'],
];
const CHARTS: Options = [
  ['auto', 'Automatic (by dispersion)'],
  ['c', 'c-chart (Poisson counts)'],
  ['xmr', 'XmR (individuals)'],
];

function Choice<K extends keyof TrendView>(p: Props & { name: K; label: string; options: Options }) {
  return (
    <label className="field">
      <span className="field__label">{p.label}</span>
      <select
        className="input"
        value={p.view[p.name]}
        onChange={(e) => p.onChoose(p.name, e.target.value as TrendView[K])}
      >
        {p.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Interval, split, what to count and which control chart. */
export function TrendControls(props: Props) {
  const splits = [...SPLITS, ...props.layers.map((l) => [`area:${l.id}`, `Area: ${l.name}`] as const)];
  return (
    <div className="trend-controls" role="group" aria-label="Trend options">
      <Choice {...props} name="interval" label="Interval" options={INTERVALS} />
      <Choice {...props} name="split" label="Split by" options={splits} />
      <Choice {...props} name="count" label="Count" options={COUNTS} />
      <Choice {...props} name="chart" label="Control chart" options={CHARTS} />
    </div>
  );
}
