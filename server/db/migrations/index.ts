import { core } from './001-core.ts';
import { geography } from './002-geography.ts';
import { ingest } from './003-ingest.ts';
import { generator } from './004-generator.ts';
import { boardTargets } from './005-board-targets.ts';
import { drawnAreas } from './007-drawn-areas.ts';
import { tasking } from './008-tasking.ts';
import { audit } from './009-audit.ts';
import { sharing } from './010-sharing.ts';
import { retention } from './011-retention.ts';
import { contactRollup } from './012-contact-rollup.ts';
import { serviceRollup } from './013-service-rollup.ts';
import { hourWeekRollup } from './014-hour-week-rollup.ts';
import type { Migration } from './migration.ts';

/** Every schema step in order; add a new file (next free number) and list it here. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  geography,
  ingest,
  generator,
  boardTargets,
  drawnAreas,
  tasking,
  audit,
  sharing,
  retention,
  contactRollup,
  serviceRollup,
  hourWeekRollup,
];
