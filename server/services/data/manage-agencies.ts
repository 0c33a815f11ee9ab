import type { AgencyAdminList, NewAgency } from '../../contract/data.ts';
import { AGENCY_KINDS } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import { AppError, invalidInput, notFound } from '../../errors.ts';
import { findAgency, insertAgency, listAgenciesWithUse, renameAgency } from '../../queries/agencies-admin.ts';
import { bumpDataVersion } from '../../queries/meta.ts';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** The one set of rules for agencies, used by `icsb agency` and the Data page. */
export function checkNewAgency(a: NewAgency): NewAgency {
  if (!CODE.test(a.code))
    throw invalidInput(
      'code',
      `"${a.code}" is not an agency code: 2 to 40 lower-case letters, digits and _, starting with a letter (e.g. city_council).`,
    );
  if (!(AGENCY_KINDS as readonly string[]).includes(a.kind)) {
    if (a.kind === 'council')
      throw invalidInput(
        'kind',
        'Kind "council" is ambiguous: use unitary_council, district_council or county_council.',
      );
    throw invalidInput('kind', `Unknown kind "${a.kind}". Kinds: ${AGENCY_KINDS.join(', ')}.`);
  }
  return { ...a, name: checkAgencyName(a.name) };
}

export function checkAgencyName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120)
    throw invalidInput('name', 'The name must be 1 to 120 characters.');
  return trimmed;
}

export async function getAgencies(db: Db): Promise<AgencyAdminList> {
  return { agencies: await listAgenciesWithUse(db) };
}

/** Adds an agency; a taken code is refused (409), never overwritten. */
export async function addAgency(db: Db, input: NewAgency): Promise<NewAgency> {
  const agency = checkNewAgency(input);
  await db.transaction(async (tx) => {
    const existing = await findAgency(tx, agency.code);
    if (existing)
      throw new AppError(
        'agency_exists',
        409,
        `Agency ${agency.code} already exists ("${existing.name}"); rename it instead.`,
      );
    await insertAgency(tx, agency);
    await bumpDataVersion(tx, { rollupKept: true });
  });
  return agency;
}

/** Renames an agency; its code, contacts and users stay. Returns the old name. */
export async function renameAgencyTo(db: Db, code: string, newName: string): Promise<{ old: string; name: string }> {
  const name = checkAgencyName(newName);
  return db.transaction(async (tx) => {
    const existing = await findAgency(tx, code);
    if (!existing) throw notFound(`Agency "${code}"`);
    await renameAgency(tx, code, name);
    await bumpDataVersion(tx, { rollupKept: true });
    return { old: existing.name, name };
  });
}
