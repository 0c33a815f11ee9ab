import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchServer {
  url: string;
  cookie: string;
  pid: number;
  /** Peak resident set of the server process so far, from the kernel (VmHWM). */
  peakRssMb: () => number;
  stop: () => Promise<void>;
}

/** The real server in its own process on the bench database, signed in as the bench user. */
export async function startBenchServer(
  o: { dbPath: string; username: string; password: string; threads: number; memory: string },
  say: (line: string) => void,
): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ICSB_DB: o.dbPath,
      PORT: '0',
      HOST: '127.0.0.1',
      ICSB_DEMO_RECORDS: '0',
      ICSB_LOGIN_RATE_LIMIT: '1000',
      ICSB_DB_THREADS: String(o.threads),
      ICSB_DB_MEMORY: o.memory,
      ICSB_SERVER_TIMING: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listening(child);
  say(`server ${child.pid} at ${url}`);
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: o.username, password: o.password }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const pid = child.pid as number;
  return {
    url,
    cookie,
    pid,
    peakRssMb: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m?.[1]) resolve(m[1].replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => process.stderr.write(b));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}
