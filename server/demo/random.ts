/** Moved to server/generate/random.ts; kept so existing imports still resolve. */
export * from '../generate/random.ts';
