import { SARA_STAGES, type SaraStage } from '../../../../../server/contract/tasking.ts';
import { stageLabel } from '../tasking-format.ts';

interface AgencyProps {
  label: string;
  value: string;
  agencies: readonly { code: string; name: string }[];
  /** The first option, with the empty value ("Every agency", "Choose an agency"); none when omitted. */
  empty?: string;
  required?: boolean;
  onChange: (code: string) => void;
}

/** A labelled drop-down of the partnership's agencies. */
export function AgencySelect({ label, value, agencies, empty, required, onChange }: AgencyProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="input" required={required} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {agencies.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface StageProps<T extends string> {
  value: T;
  /** The first option, with the empty value ("Every stage"); none when omitted. */
  empty?: string;
  onChange: (stage: T) => void;
}

/** A labelled drop-down of the SARA stages. */
export function StageSelect<T extends SaraStage | ''>({ value, empty, onChange }: StageProps<T>) {
  return (
    <label className="field">
      <span className="field__label">Stage</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {SARA_STAGES.map((s) => (
          <option key={s} value={s}>
            {stageLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface TextProps {
  title: string;
  description: string;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
}

/** A problem's title and description, with the limits the server holds them to. */
export function TitleFields({ title, description, onTitle, onDescription }: TextProps) {
  return (
    <>
      <label className="field">
        <span className="field__label">Title</span>
        <input
          className="input"
          required
          maxLength={120}
          value={title}
          onChange={(e) => onTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Description</span>
        <textarea
          className="input"
          rows={3}
          maxLength={2000}
          value={description}
          onChange={(e) => onDescription(e.target.value)}
        />
      </label>
    </>
  );
}

/** A required day (YYYY-MM-DD). */
export function DateField(p: { label: string; value: string; onChange: (day: string) => void }) {
  return (
    <label className="field">
      <span className="field__label">{p.label}</span>
      <input
        className="input"
        type="date"
        required
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </label>
  );
}
