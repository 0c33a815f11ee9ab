import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useDraft } from '../lib/use-draft.ts';
import './checkbox-dropdown.css';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface Props {
  label: string;
  /** Said when nothing is ticked, e.g. "All categories". */
  allLabel: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A multi-select as a disclosure of checkboxes: every part reachable and operable by keyboard. */
export function CheckboxDropdown({ label, allLabel, options, selected: committed, onChange }: Props) {
  const id = useId();
  const [selected, setSelected] = useDraft<readonly string[]>(committed);
  const ref = useRef<HTMLDetailsElement>(null);
  useCloseOnOutsideClick(ref);
  const known = new Set(options.map((o) => o.value));
  // Values from the link that are not offered still show, ticked, so the user can see and untick them.
  const all = [
    ...options,
    ...selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: `${v} (unknown)` })),
  ];
  const change = (next: string[]) => {
    setSelected(next);
    onChange(next);
  };
  const toggle = (value: string, on: boolean) =>
    change(on ? [...selected, value] : selected.filter((v) => v !== value));
  const summary = selected.length === 0 ? allLabel : `${selected.length} of ${options.length} selected`;

  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <details ref={ref} className="dropdown" onKeyDown={(e) => closeOnEscape(e, ref.current)}>
        <summary className="dropdown__summary" aria-labelledby={`${id}-label ${id}-value`}>
          <span id={`${id}-value`}>{summary}</span>
        </summary>
        <fieldset className="dropdown__panel">
          <legend className="visually-hidden">{label}</legend>
          {all.map((o) => (
            <label key={o.value} className="check">
              <input
                type="checkbox"
                value={o.value}
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <span>{o.label}</span>
            </label>
          ))}
          <button
            type="button"
            className="button button--link"
            disabled={selected.length === 0}
            onClick={() => change([])}
          >
            Clear selection
          </button>
        </fieldset>
      </details>
    </div>
  );
}

function closeOnEscape(e: KeyboardEvent, details: HTMLDetailsElement | null) {
  if (e.key !== 'Escape' || !details?.open) return;
  details.open = false;
  details.querySelector('summary')?.focus();
}

function useCloseOnOutsideClick(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [ref]);
}
