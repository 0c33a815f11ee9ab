import type { AgreementList } from '../../contract/sharing.ts';
import type { Db } from '../../db/database.ts';
import { listAgreements } from '../../queries/sharing/agreements.ts';
import { todayUtc } from '../records/record-actor.ts';
import { toAgreement } from './agreement-dto.ts';

export async function getAgreements(db: Db): Promise<AgreementList> {
  const today = todayUtc();
  return { agreements: (await listAgreements(db)).map((r) => toAgreement(r, today)), today };
}
