import type { SaraStage } from '../../../../../server/contract/tasking.ts';
import { AgencySelect, StageSelect } from './choice-fields.tsx';

export type ProblemFilterValues = { status: string; owner: string; stage: SaraStage | '' };

interface Props {
  value: ProblemFilterValues;
  agencies: readonly { code: string; name: string }[];
  onChange: (patch: Partial<ProblemFilterValues>) => void;
}

/** Which problems the JAG list shows: status, owner agency and SARA stage. */
export function ProblemFilters({ value, agencies, onChange }: Props) {
  return (
    <form className="tasking-filters" aria-label="Which problems" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span className="field__label">Status</span>
        <select className="input" value={value.status} onChange={(e) => onChange({ status: e.target.value })}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="all">Open and closed</option>
        </select>
      </label>
      <AgencySelect
        label="Owner agency"
        value={value.owner}
        agencies={agencies}
        empty="Every agency"
        onChange={(owner) => onChange({ owner })}
      />
      <StageSelect value={value.stage} empty="Every stage" onChange={(stage) => onChange({ stage })} />
    </form>
  );
}
