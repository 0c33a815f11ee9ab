import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { AppError, invalidInput } from '../../errors.ts';
import { SniffCsv } from './sniff-csv-stream.ts';

export interface UploadLimits {
  maxBytes: number;
  /** Folder that gets one temporary sub-folder per upload. */
  dir: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  /** The text of a mapping profile sent as the part `profileFile`. */
  profileJson: string | null;
  /** The uploaded file on disk, in its own temporary folder (`dir`), and its name as sent. */
  file: { path: string; name: string; bytes: number };
  dir: string;
}

const MAX_PROFILE_BYTES = 256 * 1024;

export const tooLarge = (maxBytes: number) =>
  new AppError(
    'upload_too_large',
    413,
    `The file is larger than the upload limit of ${Math.round(maxBytes / 1024 / 1024)} MB (ICSB_UPLOAD_MAX_MB).`,
  );

/**
 * Streams a multipart upload to a temporary file (never held in memory), checking size and type as
 * the bytes arrive. The fields must come before the file. On any failure the folder is removed.
 */
export async function receiveUpload(req: IncomingMessage, limits: UploadLimits): Promise<ReceivedUpload> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxBytes + MAX_PROFILE_BYTES + 64 * 1024) {
    req.resume();
    throw tooLarge(limits.maxBytes);
  }
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? ''))
    throw new AppError('unsupported_media_type', 415, 'Send the file as multipart/form-data.');
  await fs.promises.mkdir(limits.dir, { recursive: true });
  const dir = await fs.promises.mkdtemp(path.join(limits.dir, 'upload-'));
  try {
    return { ...(await parse(req, dir, limits)), dir };
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true });
    throw err;
  }
}

function parse(req: IncomingMessage, dir: string, limits: UploadLimits): Promise<Omit<ReceivedUpload, 'dir'>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let profileJson: string | null = null;
    let file: ReceivedUpload['file'] | null = null;
    let writing: Promise<void> = Promise.resolve();
    let failed = false;
    const bb = busboy({
      headers: req.headers,
      limits: { fileSize: limits.maxBytes, files: 2, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    });
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      // Read the rest and drop it, so the client gets our answer rather than a reset connection.
      req.resume();
      reject(err);
    };
    bb.on('field', (name, value) => (fields[name] = value));
    bb.on('file', (name, stream, info) => {
      if (name === 'profileFile') {
        writing = writing.then(() => readSmall(stream)).then((t) => void (profileJson = t));
        writing.catch(fail);
        return;
      }
      if (name !== 'file' || file) {
        stream.resume();
        return fail(invalidInput(name, `Unexpected file part '${name}': send one file as 'file'.`));
      }
      const sent = path.basename(info.filename || 'upload.csv').slice(-200);
      const target = path.join(dir, sent.replace(/[^\w.\- ]/g, '_'));
      const entry = { path: target, name: sent, bytes: 0 };
      file = entry;
      stream.on('limit', () => fail(tooLarge(limits.maxBytes)));
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          entry.bytes += chunk.length;
          done(null, chunk);
        },
      });
      writing = pipeline(stream, new SniffCsv(sent), counter, fs.createWriteStream(target));
      writing.catch(fail);
    });
    bb.on('error', () => fail(invalidInput('file', 'The upload could not be read as multipart/form-data.')));
    bb.on('close', () => {
      void writing.then(() => {
        if (failed) return;
        if (!file) return fail(invalidInput('file', 'No file was sent: add the CSV as the part "file".'));
        if (file.bytes === 0) return fail(invalidInput('file', `"${file.name}" is empty.`));
        resolve({ fields, profileJson, file });
      }, fail);
    });
    req.on('aborted', () => fail(new AppError('upload_aborted', 400, 'The upload was interrupted.')));
    req.pipe(bb);
  });
}

async function readSmall(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PROFILE_BYTES)
      throw invalidInput('profileFile', 'The mapping profile is larger than 256 KB.', 'invalid_profile');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
