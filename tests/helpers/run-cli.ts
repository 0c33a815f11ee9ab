import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/icsb.js ...args` as a separate process, as a user would, feeding it stdin. */
export function runCli(args: string[], stdin = ''): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ICSB_DB_THREADS: '1', ICSB_DB_MEMORY: '512MB' };
  // --db in each test decides the file; a developer's ICSB_DB must not.
  delete env.ICSB_DB;
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/icsb.js'), ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
