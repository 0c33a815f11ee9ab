import type { HotPlace } from '../api/hot-places.ts';

/** A place's name: a button that zooms the map to it when it has a position and a handler. */
export function PlaceLink({ place, onPlace }: { place: HotPlace; onPlace?: (place: HotPlace) => void }) {
  if (!onPlace || place.lat === null) return <span title={place.ref}>{place.label}</span>;
  return (
    <button
      type="button"
      className="button--link place-link"
      onClick={() => onPlace(place)}
      title={place.ref}
    >
      {place.label}
    </button>
  );
}
