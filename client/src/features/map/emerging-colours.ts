/** Emerging hotspot patterns, strongest first: ColorBrewer OrRd for hot and PuBu for cold (colour-blind safe ramps). */
export const EMERGING_COLOURS: Record<string, string> = {
  intensifying_hot: '#990000',
  persistent_hot: '#d7301f',
  new_hot: '#ef6548',
  consecutive_hot: '#fc8d59',
  oscillating_hot: '#fdbb84',
  diminishing_hot: '#fdd49e',
  sporadic_hot: '#fee8c8',
  historical_hot: '#fff7ec',
  intensifying_cold: '#034e7b',
  persistent_cold: '#0570b0',
  new_cold: '#3690c0',
  consecutive_cold: '#74a9cf',
  oscillating_cold: '#a6bddb',
  diminishing_cold: '#d0d1e6',
  sporadic_cold: '#ece7f2',
  historical_cold: '#fff7fb',
};

/** 'new_hot' -> 'New hot spot'. */
export const emergingLabel = (pattern: string): string =>
  pattern === 'none'
    ? 'No pattern'
    : `${pattern.charAt(0).toUpperCase()}${pattern.slice(1).replace('_', ' ')} spot`;
