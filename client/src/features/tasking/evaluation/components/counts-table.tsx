import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { formatCount, formatPeriod } from '../../../../lib/format.ts';
import { changeText, ZONE_LABEL, ZONES } from '../evaluation-format.ts';

const km2 = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** Contacts in each zone before and after, with the change and each zone's size. */
export function CountsTable({ evaluation: e }: { evaluation: Evaluation }) {
  return (
    <table className="table evaluation-counts">
      <caption className="visually-hidden">Contacts per zone before and after the intervention</caption>
      <thead>
        <tr>
          <th scope="col">Zone</th>
          <th scope="col" className="num">
            Before
            <span className="table-sub">{formatPeriod(e.before)}</span>
          </th>
          <th scope="col" className="num">
            After
            <span className="table-sub">{formatPeriod(e.after)}</span>
          </th>
          <th scope="col" className="num">
            Change
          </th>
          <th scope="col" className="num">
            Area (km²)
          </th>
        </tr>
      </thead>
      <tbody>
        {ZONES.map((z) => (
          <tr key={z} data-zone={z}>
            <th scope="row">
              {ZONE_LABEL[z]}
              {z === 'control' && <span className="table-sub">{e.params.controlLabel}</span>}
            </th>
            <td className="num">{formatCount(e.counts[z].before)}</td>
            <td className="num">{formatCount(e.counts[z].after)}</td>
            <td className="num">{changeText(e.counts[z])}</td>
            <td className="num">{km2.format(e.zones.areaKm2[z])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
