import type { ConcentrationDto, RepeatConcentration } from '../../../../../server/contract/repeats.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';

const share = (v: number | null) => (v === null ? '–' : formatShare(v));

function Row({ label, c }: { label: string; c: ConcentrationDto }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{formatCount(c.references)}</td>
      <td className="num">{formatCount(c.complaints)}</td>
      <td className="num">{share(c.top1)}</td>
      <td className="num">{share(c.top5)}</td>
      <td className="num">{share(c.top10)}</td>
      <td className="num">{share(c.repeatShare)}</td>
      <td className="num">{c.gini === null ? '–' : c.gini.toFixed(2)}</td>
    </tr>
  );
}

/** The curve's figures: shares of complaints from the busiest 1, 5 and 10%, repeats and the Gini. */
export function ConcentrationFigures({ data }: { data: RepeatConcentration }) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid="concentration-figures">
        <caption className="visually-hidden">Concentration of complaints</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              References
            </th>
            <th scope="col" className="num">
              Complaints
            </th>
            <th scope="col" className="num">
              Busiest 1%
            </th>
            <th scope="col" className="num">
              Busiest 5%
            </th>
            <th scope="col" className="num">
              Busiest 10%
            </th>
            <th scope="col" className="num" title="Share of complaints from references with 2 or more">
              From repeats
            </th>
            <th
              scope="col"
              className="num"
              title="0: every reference the same; near 1: a few hold nearly all"
            >
              Gini
            </th>
          </tr>
        </thead>
        <tbody>
          <Row label="Callers" c={data.callers} />
          <Row label="Places" c={data.locations} />
        </tbody>
      </table>
    </div>
  );
}
