/**
 * The search parameters now in the address bar. react-router's functional setSearchParams hands over
 * the parameters of the last render, so two choices made before a re-render would lose the first.
 */
export const latestParams = (): URLSearchParams => new URLSearchParams(window.location.search);
