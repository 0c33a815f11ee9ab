/** A generator failure a person can act on (a database without populations, no room for a hotspot). */
export class GeneratorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeneratorError';
  }
}
