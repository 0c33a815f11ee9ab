import { RAG_RULE } from '../../analytics/board/rag.ts';
import { CHANGE_RULE } from '../../analytics/trends/change-verdict.ts';
import type { Role } from '../../contract/auth.ts';
import type { BoardChoices } from '../../contract/board.ts';
import type { Db } from '../../db/database.ts';
import { listLayers } from '../../queries/boundaries.ts';
import { dataExtent } from '../../queries/data-extent.ts';
import { defaultLayer, suppressionRule } from './board-scope.ts';
import { completeQuarters } from './quarters.ts';

/** The quarters the data cover whole (latest first, the default), the layers and the rules in force. */
export async function getBoardChoices(db: Db, threshold: number, role: Role): Promise<BoardChoices> {
  const [extent, layers] = await Promise.all([dataExtent(db), listLayers(db)]);
  const quarters = completeQuarters(extent.first, extent.last);
  return {
    quarters,
    defaultQuarter: quarters[0]?.id ?? null,
    layers: layers.filter((l) => l.areas > 0).map((l) => ({ id: l.id, name: l.name, areas: l.areas })),
    defaultLayer: defaultLayer(layers)?.id ?? null,
    threshold,
    rules: { suppression: suppressionRule(threshold), change: CHANGE_RULE, rag: RAG_RULE },
    viewer: { alwaysSuppressed: role === 'board', mayEditTargets: role === 'admin' },
  };
}
