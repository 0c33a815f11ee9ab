import { sql } from '../../db/sql.ts';
import { checkPoliceHeader, policeRelation } from '../police/police-columns.ts';
import { policeChecks } from '../police/police-checks.ts';
import { loadPolice, storePoliceAreas } from '../police/police-rows.ts';
import type { FormatReader } from './format-plan.ts';

/** data.police.uk street-level CSV: ASB rows become contacts, other crime types go to police_crime. */
export const policeFormat: FormatReader = {
  delimiter: ',',
  encoding: 'utf-8',
  profile: null,
  plan(file, names) {
    checkPoliceHeader(file, names);
    const relation = policeRelation(names);
    return {
      relation,
      checks: policeChecks(),
      load: (tx, relation, failed, ids) =>
        loadPolice(tx, sql`select * from (${relation}) where not (${failed})`, ids),
      countsRows: false,
      afterLoad: (tx, rows, ids, kept) => storePoliceAreas(tx, relation(rows), ids, kept),
    };
  },
};
