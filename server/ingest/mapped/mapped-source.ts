import type { CanonicalColumn } from '../../contract/canonical-contact.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';
import {
  cleaned,
  code,
  field,
  rawField,
  type CanonicalSource,
  type FieldSource,
} from '../canonical/canonical-source.ts';
import { fileProblem } from '../ingest-errors.ts';
import { quoted } from '../formats/format-plan.ts';
import { canonicalDate, dateFormatCheck, mapValues, unmappedCheck } from './mapped-values.ts';
import { DATE_FIELDS, MAPPED_FIELDS, type MappedField, type MappingProfile } from './mapping-profile.ts';

type Mapped = { source: CanonicalSource; checks: RowCheck[]; mapNames: string[] };

/** Every source column the profile names, by canonical field. */
function namedColumns(p: MappingProfile): Partial<Record<CanonicalColumn, string>> {
  const columns: Partial<Record<CanonicalColumn, string>> = {};
  for (const f of MAPPED_FIELDS) if (p.columns[f]) columns[f] = p.columns[f];
  const c = p.coordinates;
  if (c.system === 'wgs84') Object.assign(columns, { lat: c.lat, lon: c.lon });
  if (c.system === 'bng') Object.assign(columns, { easting: c.easting, northing: c.northing });
  if (c.system === 'postcode') columns.postcode = c.postcode;
  return columns;
}

const VALUE_MAPS = {
  category: 'categories',
  channel: 'channels',
  status: 'statuses',
  asb_type: 'asbTypes',
  vulnerable: 'vulnerable',
} as const satisfies Partial<Record<MappedField, keyof MappingProfile>>;

/**
 * The profile applied to a file's header: each canonical field's expression over the staged columns,
 * and the mapping checks, which run over the canonical relation (field and raw_field columns).
 */
export function mappedSource(file: string, p: MappingProfile, names: readonly string[]): Mapped {
  const columns = namedColumns(p);
  const missing = Object.values(columns).filter((c) => !names.includes(c));
  if (missing.length > 0)
    throw fileProblem(
      file,
      `line 1: the profile "${p.name}" names column(s) ${quoted(missing)} that the file lacks (its columns: ${quoted(names)})`,
      1,
      missing[0],
    );
  const source: CanonicalSource = {
    agency: { expr: sql`${p.agency}`, raw: sql`${p.agency}`, label: 'agency' },
  };
  const checks: RowCheck[] = [];
  const mapNames: string[] = [];
  for (const [f, label] of Object.entries(columns) as [CanonicalColumn, string][]) {
    const raw = cleaned(code(`c${names.indexOf(label)}`));
    const mapped = mappedField(p, f, label, raw, checks, mapNames);
    source[f] = { expr: mapped, raw, label } satisfies FieldSource;
  }
  return { source, checks, mapNames };
}

function mappedField(
  p: MappingProfile,
  f: CanonicalColumn,
  label: string,
  raw: Sql,
  checks: RowCheck[],
  mapNames: string[],
): Sql {
  if ((DATE_FIELDS as readonly string[]).includes(f)) {
    const format = p.dates.formats?.[f as (typeof DATE_FIELDS)[number]] ?? p.dates.format;
    checks.push(dateFormatCheck(label, rawField(f), format));
    return canonicalDate(raw, format, p.dates.timeZone);
  }
  const mapName = VALUE_MAPS[f as keyof typeof VALUE_MAPS] as
    (typeof VALUE_MAPS)[keyof typeof VALUE_MAPS] | undefined;
  const map = mapName ? p[mapName] : undefined;
  if (!mapName || !map) return raw;
  const mapped = mapValues(raw, map);
  checks.push(unmappedCheck(label, rawField(f), field(f), mapName));
  mapNames.push(mapName);
  return mapped;
}
