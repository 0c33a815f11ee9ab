import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real public data beside the project (../shared/data); ICSB_SHARED_DATA overrides it. */
export const SHARED_DATA = process.env.ICSB_SHARED_DATA ?? path.resolve(REPO_ROOT, '../shared/data');
