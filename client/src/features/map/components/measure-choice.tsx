import type { Measure } from '../choropleth.ts';

interface Props {
  value: Measure;
  /** False when no area of the layer has residents: only counts can be shown. */
  rateAvailable: boolean;
  /** False when the areas could not be tested against the force-wide rate (say, one area in the filters). */
  versusAvailable: boolean;
  /** False while the filters keep one area: Gi* would only find that area and its neighbours. */
  gistarAvailable: boolean;
  onChange: (measure: Measure) => void;
}

const CHOICES: readonly { measure: Measure; label: string }[] = [
  { measure: 'rate', label: 'Rate per 1,000 residents' },
  { measure: 'count', label: 'Number of contacts' },
  { measure: 'versus', label: 'Above or below the force rate' },
  { measure: 'gistar', label: 'Gi* hot and cold areas' },
];

/** Colour by rate (fair between areas of different sizes) or by the raw number of contacts. */
export function MeasureChoice({ value, rateAvailable, versusAvailable, gistarAvailable, onChange }: Props) {
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
            disabled={
              (c.measure === 'rate' && !rateAvailable) ||
              (c.measure === 'versus' && !versusAvailable) ||
              (c.measure === 'gistar' && !gistarAvailable)
            }
            onChange={() => onChange(c.measure)}
          />
          <span>{c.label}</span>
        </label>
      ))}
      {!gistarAvailable && (
        <p className="muted side-box__note">
          Gi* hot and cold areas are not mapped while the filters keep one area.
        </p>
      )}
      {!rateAvailable && (
        <p className="muted side-box__note">
          This layer has no resident counts, so only contacts can be shown.
        </p>
      )}
    </fieldset>
  );
}
