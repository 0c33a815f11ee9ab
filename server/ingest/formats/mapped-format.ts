import { mappedSource } from '../mapped/mapped-source.ts';
import { unmappedReason } from '../mapped/mapped-values.ts';
import type { MappingProfile } from '../mapped/mapping-profile.ts';
import { canonicalPlan } from './canonical-plan.ts';
import type { FormatReader } from './format-plan.ts';

/** Any agency export, through a mapping profile; then the same checks as the canonical CSV. */
export function mappedFormat(profile: MappingProfile): FormatReader {
  return {
    delimiter: profile.csv.delimiter,
    encoding: profile.csv.encoding,
    profile: profile.name,
    plan(file, names, known) {
      const { source, checks, mapNames } = mappedSource(file, profile, names);
      return { ...canonicalPlan(source, known, checks), unmappedReasons: mapNames.map(unmappedReason) };
    },
  };
}
