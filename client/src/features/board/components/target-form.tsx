import { useState, type FormEvent } from 'react';
import type { BoardAreaRow } from '../../../../../server/contract/board.ts';
import { useOptions } from '../../../lib/api/options.ts';
import { useAddBoardTarget } from '../api/add-board-target.ts';
import { SelectField } from './select-field.tsx';

const MEASURES = [
  { value: 'rate_per_1000', label: 'Rate per 1,000 residents per quarter (lower is better)' },
  { value: 'sla_share', label: 'Share resolved within SLA (higher is better)' },
];

interface Props {
  layer: { id: string; name: string };
  areas: readonly Pick<BoardAreaRow, 'code' | 'name'>[];
}

/** Admins: a new target, a rate per 1,000 residents per quarter for an area, or a share within SLA. */
export function TargetForm({ layer, areas }: Props) {
  const options = useOptions().data;
  const add = useAddBoardTarget();
  const [measure, setMeasure] = useState<'rate_per_1000' | 'sla_share'>('rate_per_1000');
  const [area, setArea] = useState('');
  const [agency, setAgency] = useState('');
  const [category, setCategory] = useState('');
  const [value, setValue] = useState('');
  const rate = measure === 'rate_per_1000';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const number = Number(value);
    add.mutate(
      {
        measure,
        layer: rate ? layer.id : null,
        areaCode: rate && area ? area : null,
        agency: !rate && agency ? agency : null,
        category: (category || null) as never,
        target: rate ? number : number / 100,
        better: rate ? 'lower' : 'higher',
      },
      { onSuccess: () => setValue('') },
    );
  };

  return (
    <form className="target-form no-print" onSubmit={submit} aria-label="Add a target">
      <SelectField
        label="Measure"
        value={measure}
        options={MEASURES}
        onChange={(v) => setMeasure(v as typeof measure)}
      />
      {rate ? (
        <SelectField
          label={`Area of ${layer.name}`}
          value={area}
          options={[
            { value: '', label: 'Every area' },
            ...areas.map((a) => ({ value: a.code, label: a.name })),
          ]}
          onChange={setArea}
        />
      ) : (
        <SelectField
          label="Agency"
          value={agency}
          options={[
            { value: '', label: 'All agencies' },
            ...(options?.agencies.map((a) => ({ value: a.code, label: a.name })) ?? []),
          ]}
          onChange={setAgency}
        />
      )}
      <SelectField
        label="Category"
        value={category}
        options={[
          { value: '', label: 'All categories' },
          ...(options?.categories.map((c) => ({ value: c.code, label: c.label })) ?? []),
        ]}
        onChange={setCategory}
      />
      <label className="field">
        <span className="field__label">{rate ? 'Target rate, at most' : 'Target share (%), at least'}</span>
        <input
          className="input"
          type="number"
          min={0}
          max={rate ? undefined : 100}
          step="any"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        Add target
      </button>
      {add.isError && (
        <p className="form-error" role="alert">
          {add.error.message}
        </p>
      )}
    </form>
  );
}
