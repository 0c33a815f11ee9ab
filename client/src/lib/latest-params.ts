/**
 * The search parameters now in the address bar. react-router's functional setSearchParams hands over
 * the parameters of the last render, so two choices made before a re-render would lose the first.
 */
export const latestParams = (): URLSearchParams => new URLSearchParams(window.location.search);

/** The latest parameters with one page choice set, or left out when it is the default so links stay short. */
export function withChoice(key: string, value: string, fallback: string): URLSearchParams {
  const next = latestParams();
  if (value === fallback) next.delete(key);
  else next.set(key, value);
  return next;
}
