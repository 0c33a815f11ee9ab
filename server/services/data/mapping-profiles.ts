import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { ProfileList } from '../../contract/data.ts';
import type { Executor } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { MappingProfile } from '../../ingest/mapped/mapping-profile.ts';
import { checkProfile } from '../../ingest/mapped/read-profile.ts';

/** The example profiles shipped with the product (docs/examples/*-profile.json). */
export const SHIPPED_PROFILES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/examples',
);

const invalid = (message: string) => invalidInput('profileFile', message, 'invalid_profile');

function shippedFiles(): string[] {
  if (!fs.existsSync(SHIPPED_PROFILES_DIR)) return [];
  return fs
    .readdirSync(SHIPPED_PROFILES_DIR)
    .filter((f) => f.endsWith('-profile.json'))
    .sort()
    .map((f) => path.join(SHIPPED_PROFILES_DIR, f));
}

function parseProfile(text: string, source: string): MappingProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalid(`${source} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = MappingProfile.safeParse(json);
  if (!parsed.success) throw invalid(`${source} is not a valid mapping profile: ${issues(parsed.error)}`);
  return parsed.data;
}

/** Every problem named by its field in the profile, e.g. `columns.category: Required`. */
const issues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`).join('; ');

/** The shipped profiles that parse; a broken example is left out rather than offered. */
export function listShippedProfiles(): ProfileList {
  const profiles = shippedFiles().flatMap((file) => {
    try {
      const p = parseProfile(fs.readFileSync(file, 'utf8'), path.basename(file));
      return [{ name: p.name, agency: p.agency, description: p.description ?? null }];
    } catch {
      return [];
    }
  });
  return { profiles };
}

/**
 * The profile for a mapped upload: an uploaded JSON (checked against its schema) or a shipped one by
 * name; the agency, when given, replaces the profile's. Then what only the database can check.
 */
export async function resolveProfile(
  db: Executor,
  choice: { name?: string; json: string | null; agency?: string },
): Promise<MappingProfile> {
  let profile: MappingProfile;
  if (choice.json !== null) profile = parseProfile(choice.json, 'the uploaded profile');
  else if (choice.name) {
    const file = shippedFiles().find((f) => parseName(f) === choice.name);
    if (!file) {
      const known = listShippedProfiles().profiles.map((p) => p.name);
      throw invalidInput('profile', `Unknown mapping profile '${choice.name}'. Shipped: ${known.join(', ')}.`);
    }
    profile = parseProfile(fs.readFileSync(file, 'utf8'), path.basename(file));
  } else throw invalidInput('profile', 'The mapped format needs a mapping profile: pick one or upload one.');
  if (choice.agency) profile = { ...profile, agency: choice.agency };
  try {
    await checkProfile(db, `${profile.name}.json`, profile);
  } catch (err) {
    throw invalid(err instanceof Error ? err.message : String(err));
  }
  return profile;
}

function parseName(file: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name ?? null;
  } catch {
    return null;
  }
}
