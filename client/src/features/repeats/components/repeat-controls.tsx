import type { RepeatView } from '../use-repeat-view.ts';

interface Props {
  view: RepeatView;
  onChoose: (key: keyof RepeatView, value: string) => void;
}

const WINDOW_LABELS: readonly (readonly [string, string])[] = [
  ['1m', '1 month'],
  ['3m', '3 months'],
  ['6m', '6 months (case review)'],
  ['12m', '12 months'],
  ['24m', '24 months'],
  ['28d', '28 days'],
  ['90d', '90 days'],
];

const THRESHOLDS = ['2', '3', '4', '5', '6', '8', '10'];

/** The rolling window and the case-review threshold. */
export function RepeatControls({ view, onChoose }: Props) {
  return (
    <div className="repeat-controls" role="group" aria-label="Repeat options">
      <label className="field">
        <span className="field__label">Window (ending on the period's last day)</span>
        <select
          className="input"
          name="window"
          value={view.window}
          onChange={(e) => onChoose('window', e.target.value)}
        >
          {WINDOW_LABELS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Case-review threshold (complaints in six months)</span>
        <select
          className="input"
          name="threshold"
          value={view.threshold}
          onChange={(e) => onChoose('threshold', e.target.value)}
        >
          {THRESHOLDS.map((t) => (
            <option key={t} value={t}>
              {t === '3' ? '3 (community trigger)' : t}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
