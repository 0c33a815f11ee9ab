import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchList, UploadJob, UploadJobList } from '../../server/contract/data.ts';
import { sql } from '../../server/db/sql.ts';
import { SHARED_DATA } from '../helpers/shared-data.ts';
import { startTestApp, testConfig, type TestApp } from '../helpers/test-app.ts';

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-upload-test-'));
const EXAMPLES = path.resolve('docs/examples');
const ASB_MONTH = path.join(
  SHARED_DATA,
  'police_uk/leicestershire/street_asb/2018-10-leicestershire-street-asb.csv',
);

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ ICSB_UPLOAD_DIR: uploadDir, ICSB_UPLOAD_MAX_MB: '1' }) });
  admin = await app.login('admin');
});
afterAll(async () => {
  await app.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

interface Part {
  name: string;
  bytes: Buffer | string;
}

/** POSTs a multipart upload: the fields first, then the profile and the file, as the page sends them. */
function upload(fields: Record<string, string>, file: Part, cookie = admin, profile?: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (profile !== undefined) form.append('profileFile', new Blob([profile]), 'profile.json');
  const bytes = typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes);
  form.append('file', new Blob([bytes]), file.name);
  return fetch(`${app.url}/api/data/uploads`, { method: 'POST', body: form, headers: { cookie } });
}

/** Uploads and polls the job until it is done or failed. */
async function load(fields: Record<string, string>, file: Part, profile?: string): Promise<UploadJob> {
  const res = await upload(fields, file, admin, profile);
  expect(res.status, await res.clone().text()).toBe(202);
  return poll(UploadJob.parse(await res.json()));
}

async function poll(queued: UploadJob): Promise<UploadJob> {
  let job = queued;
  while (job.phase !== 'done' && job.phase !== 'failed') {
    await new Promise((r) => setTimeout(r, 50));
    job = UploadJob.parse(await (await app.request(`/api/data/uploads/${job.id}`, { cookie: admin })).json());
  }
  return job;
}

const contactCount = async () =>
  (await app.db.all<{ n: number }>(sql`select count(*)::double as n from contact`))[0]?.n ?? -1;
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;
const example = (name: string) => ({ name, bytes: fs.readFileSync(path.join(EXAMPLES, name)) });
const leftovers = () => fs.readdirSync(uploadDir).filter((f) => f.startsWith('upload-'));

describe('POST /api/data/uploads', () => {
  it('loads a police.uk month with the counts of the file, recorded under the admin', async () => {
    const text = fs.readFileSync(ASB_MONTH, 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const asb = lines.filter((l) => l.includes(',Anti-social behaviour,')).length;
    expect(asb).toBeGreaterThan(100);
    const job = await load({ format: 'police-uk' }, { name: path.basename(ASB_MONTH), bytes: text });
    expect(job.report?.outcome).toBe('loaded');
    expect(job.report?.counts).toMatchObject({ read: lines.length - 1, loaded: asb, rejected: 0 });
    expect(await contactCount()).toBe(asb);
    const list = BatchList.parse(await (await app.request('/api/data/batches', { cookie: admin })).json());
    expect(list.batches[0]).toMatchObject({
      id: job.report?.batchId,
      fileName: path.basename(ASB_MONTH),
      format: 'police-uk',
      loadedBy: 'admin',
      agencies: ['leicestershire_police'],
    });
    expect(leftovers()).toEqual([]);
  });

  it('refuses the same file again, gzipped or not, and adds nothing', async () => {
    const before = await contactCount();
    const first = BatchList.parse(await (await app.request('/api/data/batches', { cookie: admin })).json());
    const job = await load({ format: 'police-uk' }, { name: 'again.csv', bytes: fs.readFileSync(ASB_MONTH) });
    expect(job.report?.outcome).toBe('already_loaded');
    expect(job.report?.message).toMatch(new RegExp(`already loaded as batch ${first.batches[0]?.id}`));
    expect(await contactCount()).toBe(before);
    const zipped = zlib.gzipSync(fs.readFileSync(ASB_MONTH));
    const gz = await load({ format: 'police-uk' }, { name: 'again.csv.gz', bytes: zipped });
    expect(gz.error).toBeNull();
    expect(gz.report?.counts.duplicates).toBe(before);
    expect(gz.report?.counts.loaded).toBe(0);
    expect(await contactCount()).toBe(before);
  });

  it('refuses a bad row under reject-file, naming line and column, and stores nothing', async () => {
    const before = await contactCount();
    const good = fs.readFileSync(path.join(EXAMPLES, 'contacts-example.csv'), 'utf8').trimEnd().split('\n');
    // The second data row (line 3) gets an impossible longitude.
    const bad = [...good];
    bad[2] = (bad[2] ?? '').replace(',,,458923,304117,', ',52.6,-91,458923,304117,');
    const job = await load(
      { format: 'contacts', onError: 'reject-file' },
      { name: 'bad.csv', bytes: bad.join('\n') },
    );
    expect(job.report?.outcome).toBe('rejected');
    expect(job.report?.problems[0]).toMatchObject({ line: 3, column: 'lon', value: '-91' });
    expect(await contactCount()).toBe(before);
    const rejects = await app.request(job.report?.rejectsUrl ?? '/none', { cookie: admin });
    expect(rejects.status).toBe(200);
    expect(await rejects.text()).toMatch(/^line,column,value,reason\n3,lon,-91,/);

    const aside = await load(
      { format: 'contacts', onError: 'set-aside' },
      { name: 'bad.csv', bytes: bad.join('\n') },
    );
    expect(aside.report?.outcome).toBe('loaded');
    expect(aside.report?.counts).toMatchObject({
      read: good.length - 1,
      loaded: good.length - 2,
      rejected: 1,
    });
    expect(await contactCount()).toBe(before + good.length - 2);
    const kept = await app.request(`/api/data/batches/${aside.report?.batchId}/rejects`, { cookie: admin });
    expect(kept.headers.get('content-disposition')).toMatch(/bad\.rejects\.csv/);
    expect(await kept.text()).toMatch(/^line,column,value,reason\n3,lon,-91,/);
    expect(leftovers()).toEqual([]);
  });

  it('loads a mapped export with a shipped profile, and with an uploaded one', async () => {
    const options = await (await app.request('/api/data/upload-options', { cookie: admin })).json();
    expect(options).toMatchObject({
      maxBytes: 1024 * 1024,
      profiles: expect.arrayContaining([expect.objectContaining({ name: 'council-crm' })]),
    });
    const shipped = await load(
      { format: 'mapped', profile: 'council-crm' },
      example('council-crm-export.csv'),
    );
    expect(shipped.report?.outcome).toBe('loaded');
    expect(shipped.profile).toBe('council-crm');
    const rows = fs.readFileSync(path.join(EXAMPLES, 'housing-system-export.csv'), 'utf8').trim().split('\n');
    const profile = fs.readFileSync(path.join(EXAMPLES, 'housing-profile.json'), 'utf8');
    const own = await load({ format: 'mapped' }, example('housing-system-export.csv'), profile);
    expect(own.report?.counts.read).toBe(rows.length - 1);
    expect(own.report?.outcome).toBe('loaded');
  });

  it('names the field of an invalid uploaded profile, and an unknown shipped one', async () => {
    const profile = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'housing-profile.json'), 'utf8'));
    delete profile.columns.category;
    const res = await upload(
      { format: 'mapped' },
      example('housing-system-export.csv'),
      admin,
      JSON.stringify(profile),
    );
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: 'invalid_profile',
      message: expect.stringMatching(/columns: .*category/),
    });
    const unknown = await upload({ format: 'mapped', profile: 'nope' }, example('council-crm-export.csv'));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toMatch(/Unknown mapping profile 'nope'.*council-crm/);
    expect(leftovers()).toEqual([]);
  });

  it('queues uploads sent at once and loads them one after another, in order', async () => {
    const month = (n: number) => ({
      name: `2018-0${n}-queued.csv`,
      bytes: fs.readFileSync(ASB_MONTH, 'utf8').replaceAll('2018-10,', `2018-0${n},`),
    });
    const sent = await Promise.all([1, 2, 3].map((n) => upload({ format: 'police-uk' }, month(n))));
    const jobs = await Promise.all(sent.map(async (r) => UploadJob.parse(await r.json())));
    expect(sent.map((r) => r.status)).toEqual([202, 202, 202]);
    const done = await Promise.all(jobs.map((j) => poll(j)));
    const ids = done.map((j) => j.report?.batchId ?? -1);
    // Loaded in the order received: batch ids follow the times the uploads came in (the same
    // millisecond for two of them is possible, so only never earlier); the list below checks the queue.
    const byBatch = [...done].sort((a, b) => (a.report?.batchId ?? 0) - (b.report?.batchId ?? 0));
    expect(new Set(ids).size).toBe(3);
    const times = byBatch.map((j) => j.createdAt);
    expect(times).toEqual([...times].sort());
    expect(done.every((j) => j.report?.outcome === 'loaded')).toBe(true);
    const list = UploadJobList.parse(
      await (await app.request('/api/data/uploads', { cookie: admin })).json(),
    );
    const listed = list.jobs.slice(0, 3).map((j) => j.report?.batchId);
    expect(listed).toEqual([...ids].sort((a, b) => b - a));
  });

  it('answers 413 in JSON for a file over the limit, and keeps nothing', async () => {
    const header = 'Crime ID,Month,Reported by\n';
    const big = header + 'x,2024-01,Some Police\n'.repeat(80_000);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await upload({ format: 'police-uk' }, { name: 'big.csv', bytes: big });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({
      code: 'upload_too_large',
      message: expect.stringMatching(/1 MB/),
    });
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['a name that is not .csv', 'notes.txt', 'a,b\n1,2\n', /not a \.csv or \.csv\.gz/],
    [
      'binary content named .csv',
      'image.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]),
      /binary/,
    ],
    ['plain text named .csv.gz', 'month.csv.gz', 'a,b\n1,2\n', /not gzip-compressed/],
    ['gzip named .csv', 'month.csv', zlib.gzipSync('a,b\n1,2\n'), /name it \.csv\.gz/],
  ])('answers 400 with the reason for %s', async (_what, name, bytes, reason) => {
    const res = await upload({ format: 'contacts' }, { name, bytes });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('not_csv');
    expect(error.message).toMatch(reason);
    expect(leftovers()).toEqual([]);
  });

  it('deletes the partial file when the upload is cut off', async () => {
    const boundary = 'icsb-test-boundary';
    const req = http.request(`${app.url}/api/data/uploads`, {
      method: 'POST',
      headers: {
        cookie: admin,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': '1000000',
      },
    });
    req.on('error', () => undefined);
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\npolice-uk\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\n\r\n`;
    req.write(head + fs.readFileSync(ASB_MONTH, 'utf8').slice(0, 100_000));
    await expect.poll(() => leftovers().length).toBe(1);
    req.destroy();
    await expect.poll(() => leftovers()).toEqual([]);
  });

  it('answers 400 naming a bad field', async () => {
    const res = await upload({ format: 'excel' }, example('contacts-example.csv'));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/'format'/),
    });
  });

  it('is refused to other roles and to no one signed in', async () => {
    for (const role of ['analyst', 'tasking', 'board']) {
      const res = await upload(
        { format: 'contacts' },
        example('contacts-example.csv'),
        await app.login(role),
      );
      expect(res.status, role).toBe(403);
    }
    const anonymous = await upload({ format: 'contacts' }, example('contacts-example.csv'), '');
    expect(anonymous.status).toBe(401);
  });
});

describe('DELETE /api/data/batches/:id', () => {
  it('removes a batch and everything it loaded; analysts may not', async () => {
    const list = BatchList.parse(await (await app.request('/api/data/batches', { cookie: admin })).json());
    const police = list.batches.find((b) => b.format === 'police-uk');
    if (!police) throw new Error('the police.uk batch should be listed');
    const before = await contactCount();
    const analyst = await app.login('analyst');
    const refused = await app.request(`/api/data/batches/${police.id}`, {
      method: 'DELETE',
      cookie: analyst,
    });
    expect(refused.status).toBe(403);
    const res = await app.request(`/api/data/batches/${police.id}`, { method: 'DELETE', cookie: admin });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: police.id, contacts: police.counts.loaded });
    expect(await contactCount()).toBe(before - police.counts.loaded);
    const again = await app.request(`/api/data/batches/${police.id}`, { method: 'DELETE', cookie: admin });
    expect(again.status).toBe(404);
  });
});
