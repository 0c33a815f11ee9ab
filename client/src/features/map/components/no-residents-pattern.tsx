import { NO_RESIDENTS_PATTERN } from '../choropleth.ts';

/**
 * The hatch that marks areas without residents. Leaflet's paths refer to it as fill="url(#…)", which
 * works for any inline SVG in the document; an SVG with display: none would not render the pattern.
 */
export function NoResidentsPattern() {
  return (
    <svg className="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={NO_RESIDENTS_PATTERN}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#f1f3f5" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8a94a0" strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}
