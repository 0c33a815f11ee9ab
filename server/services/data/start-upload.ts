import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { UploadFields, type UploadJob } from '../../contract/data.ts';
import type { Db } from '../../db/database.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { DEFAULT_LINK, type IngestOptions } from '../../ingest/ingest-options.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { resolveProfile } from './mapping-profiles.ts';
import { receiveUpload, type ReceivedUpload, type UploadLimits } from './receive-upload.ts';
import type { UploadQueue } from './upload-queue.ts';

/** More than this many uploads waiting and a new one is refused (409) rather than queued. */
export const MAX_WAITING = 10;

/**
 * An administrator's upload: the file streamed to disk and checked, the form fields and profile
 * checked, then queued for loading as one batch recorded under the user's name.
 */
export async function startUpload(
  db: Db,
  queue: UploadQueue,
  req: IncomingMessage,
  limits: UploadLimits,
  user: string,
): Promise<UploadJob> {
  if (queue.waiting() >= MAX_WAITING) throw queueFull();
  const upload = await receiveUpload(req, limits);
  try {
    const options = await optionsFor(db, upload, user);
    if (queue.waiting() >= MAX_WAITING) throw queueFull();
    return queue.submit({
      upload,
      options,
      format: options.format,
      profile: options.profile?.name ?? null,
      user,
    });
  } catch (err) {
    await fs.promises.rm(upload.dir, { recursive: true, force: true });
    throw err;
  }
}

const queueFull = () =>
  new AppError('upload_queue_full', 409, `${MAX_WAITING} uploads are already waiting; try again when they are loaded.`);

async function optionsFor(db: Db, upload: ReceivedUpload, user: string): Promise<IngestOptions> {
  const parsed = UploadFields.safeParse(upload.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'form';
    throw invalidInput(field, `Invalid field '${field}': ${issue?.message ?? 'invalid'}`);
  }
  const f = parsed.data;
  const base = { format: f.format, onError: f.onError, user, link: DEFAULT_LINK };
  if (f.format !== 'mapped') {
    if (f.agency || f.profile || upload.profileJson !== null)
      throw invalidInput('format', `A mapping profile and agency go with the mapped format, not ${f.format}.`);
    return base;
  }
  if (f.agency) {
    const known = (await listAgencies(db)).map((a) => a.code);
    if (!known.includes(f.agency))
      throw invalidInput('agency', `Unknown agency '${f.agency}'. Agencies: ${known.join(', ')}.`);
  }
  const profile = await resolveProfile(db, { name: f.profile, json: upload.profileJson, agency: f.agency });
  return { ...base, profile };
}
