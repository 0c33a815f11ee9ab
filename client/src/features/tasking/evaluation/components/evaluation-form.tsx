import type { FormEvent } from 'react';
import {
  MAX_BUFFER_M,
  MAX_WINDOW_MONTHS,
  MIN_BUFFER_M,
} from '../../../../../../server/contract/evaluation.ts';
import type { Category } from '../../../../../../server/contract/taxonomy.ts';
import { CheckboxDropdown } from '../../../../components/checkbox-dropdown.tsx';
import { useOptions } from '../../../../lib/api/options.ts';
import type { EvaluationDraft } from '../evaluation-defaults.ts';
import { ControlPicker } from './control-picker.tsx';

interface Props {
  draft: EvaluationDraft;
  onChange: (patch: Partial<EvaluationDraft>) => void;
  onRun: (save: boolean) => void;
  busy: boolean;
}

/** What to evaluate: the intervention date, the buffer ring, the windows, the control and the categories. */
export function EvaluationForm({ draft, onChange, onRun, busy }: Props) {
  const categories = useOptions().data?.categories ?? [];
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    onRun(submitter?.getAttribute('value') === 'save');
  };
  return (
    <form className="evaluation-form" onSubmit={submit} aria-label="Evaluation settings">
      <label className="field">
        <span className="field__label">Intervention date</span>
        <input
          className="input"
          type="date"
          required
          value={draft.interventionDate}
          onChange={(e) => onChange({ interventionDate: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">Buffer width (m)</span>
        <input
          className="input"
          type="number"
          min={MIN_BUFFER_M}
          max={MAX_BUFFER_M}
          step={50}
          required
          value={draft.bufferM}
          onChange={(e) => onChange({ bufferM: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        <span className="field__label">Months before and after</span>
        <input
          className="input"
          type="number"
          min={1}
          max={MAX_WINDOW_MONTHS}
          required
          value={draft.months}
          onChange={(e) => onChange({ months: Number(e.target.value) })}
        />
      </label>
      <ControlPicker
        layer={draft.controlLayer}
        code={draft.controlCode}
        onChange={(controlLayer, controlCode) => onChange({ controlLayer, controlCode })}
      />
      <CheckboxDropdown
        label="Categories"
        allLabel="All categories"
        options={categories.map((c) => ({ value: c.code, label: c.label }))}
        selected={draft.categories}
        onChange={(next) => onChange({ categories: next as Category[] })}
      />
      <div className="evaluation-form__buttons">
        <button type="submit" value="preview" className="button button--secondary" disabled={busy}>
          Preview
        </button>
        <button type="submit" value="save" className="button button--primary" disabled={busy}>
          Run and save
        </button>
      </div>
      <p className="muted evaluation-form__note">
        The buffer is a ring this wide around the problem&rsquo;s place: where crime pushed out of the target
        would most likely go (displacement), or where the benefit may spill over (diffusion). The month of the
        intervention is left out; the before and after windows are the whole months either side of it.
      </p>
    </form>
  );
}
