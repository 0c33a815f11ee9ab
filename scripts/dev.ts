import { spawn, type ChildProcess } from 'node:child_process';

// Hot reload: the API restarts on server changes (node --watch), Vite serves the client and proxies /api.
const apiPort = process.env.PORT ?? '8080';
const env = { ...process.env, PORT: apiPort, ICSB_API_PORT: apiPort };

const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch-path=server', 'server/index.ts'], {
    stdio: 'inherit',
    env,
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit', env }),
];

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && stop());
