import path from 'node:path';

/** The rejects CSV for an input file: <dir>/<name without .csv/.gz>.rejects.csv. */
export const rejectsPath = (dir: string, file: string): string =>
  path.join(dir, `${path.basename(file).replace(/(\.csv)?(\.gz)?$/i, '')}.rejects.csv`);
