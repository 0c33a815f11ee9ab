import { formatCount, formatShare } from '../../../lib/format.ts';
import { PlaceLink } from './place-link.tsx';
import type { HotPlace, HotPlaces } from '../api/hot-places.ts';

interface Props {
  data: HotPlaces;
  onPlace: (place: HotPlace) => void;
}

/** The busiest places ("hot dots"), each one click from the map. */
export function HotPlacesTable({ data, onPlace }: Props) {
  if (!data.placeDetail)
    return (
      <p className="muted">
        Places are named only for analysts and tasking officers; the curve shows how concentrated contacts
        are.
      </p>
    );
  if (data.places.length === 0) return <p className="muted">No contact has a place reference.</p>;
  return (
    <div className="table-scroll">
      <table className="table hot-places" data-testid="hot-places">
        <caption className="insights__caption">
          The {data.places.length} places with most contacts. {formatCount(data.placesWithThreeOrMore)} places
          had 3 or more contacts in the period (the community-trigger count is 3 in 6 months).
          {data.withoutPlace > 0 && ` ${formatCount(data.withoutPlace)} contacts have no place reference.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Place</th>
            <th scope="col" className="num">
              Contacts
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Months with contacts
            </th>
            <th scope="col">Most common</th>
          </tr>
        </thead>
        <tbody>
          {data.places.map((p, i) => (
            <tr key={p.ref}>
              <td>{i + 1}</td>
              <td>
                <PlaceLink place={p} onPlace={onPlace} />
              </td>
              <td className="num">{formatCount(p.contacts)}</td>
              <td className="num">{formatShare(p.contacts / Math.max(1, data.contacts))}</td>
              <td className="num">{formatCount(p.months)}</td>
              <td>{p.topCategory.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
