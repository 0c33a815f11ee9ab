import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { AppError } from '../../errors.ts';
import { DATE_FIELDS, MappingProfile } from './mapping-profile.ts';

const invalid = (file: string, message: string) =>
  new AppError('invalid_profile', 400, `mapping profile ${path.basename(file)}: ${message}`);

/** Reads and validates a mapping profile JSON file; every problem is named with its path in the JSON. */
export function readMappingProfile(file: string): MappingProfile {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw invalid(file, err instanceof Error ? err.message : String(err));
  }
  const parsed = MappingProfile.safeParse(json);
  if (!parsed.success)
    throw invalid(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

/** What only the database can check: the agency exists, the time zone and date formats are known. */
export async function checkProfile(db: Executor, file: string, p: MappingProfile): Promise<void> {
  const agency = await db.all(sql`select code from agency where code = ${p.agency}`);
  if (agency.length === 0) throw invalid(file, `agency "${p.agency}" is not a known agency code`);
  try {
    await db.all(sql`select timezone(${p.dates.timeZone}, timestamp '2024-01-01 00:00') as t`);
  } catch {
    throw invalid(file, `dates.timeZone "${p.dates.timeZone}" is not a known time zone (e.g. Europe/London)`);
  }
  const formats = [p.dates.format, ...DATE_FIELDS.map((f) => p.dates.formats?.[f])].filter(
    (f) => f !== undefined,
  );
  for (const format of formats) {
    try {
      await db.all(sql`select try_strptime('2024-01-01', ${format}) as t`);
    } catch {
      throw invalid(file, `date format "${format}" is not a valid strptime format`);
    }
  }
}
