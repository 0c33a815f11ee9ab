import { useState } from 'react';

/**
 * A local edit over a value owned elsewhere (the address bar, which updates asynchronously). The edit
 * shows until the owner's value changes; then the owner's value wins.
 */
export function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState({ base: value, current: value });
  const shown = Object.is(draft.base, value) ? draft.current : value;
  return [shown, (next: T) => setDraft({ base: value, current: next })];
}
