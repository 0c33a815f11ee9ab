import type { Measure } from '../choropleth.ts';

interface Props {
  value: Measure;
  /** False when no area of the layer has residents: only counts can be shown. */
  rateAvailable: boolean;
  onChange: (measure: Measure) => void;
}

const CHOICES: readonly { measure: Measure; label: string }[] = [
  { measure: 'rate', label: 'Rate per 1,000 residents' },
  { measure: 'count', label: 'Number of contacts' },
];

/** Colour by rate (fair between areas of different sizes) or by the raw number of contacts. */
export function MeasureChoice({ value, rateAvailable, onChange }: Props) {
  return (
    <fieldset className="side-box measure-choice">
      <legend className="side-box__title">Colour areas by</legend>
      {CHOICES.map((c) => (
        <label key={c.measure} className="check">
          <input
            type="radio"
            name="map-measure"
            value={c.measure}
            checked={value === c.measure}
            disabled={c.measure === 'rate' && !rateAvailable}
            onChange={() => onChange(c.measure)}
          />
          <span>{c.label}</span>
        </label>
      ))}
      {!rateAvailable && (
        <p className="muted side-box__note">
          This layer has no resident counts, so only contacts can be shown.
        </p>
      )}
    </fieldset>
  );
}
