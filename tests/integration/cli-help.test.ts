import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('icsb --help', () => {
  it('lists the subcommands and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: icsb/);
    expect(stdout).toMatch(/^\s+serve\b/m);
    expect(stdout).toMatch(/^\s+user\b/m);
  });

  it('lists the user subcommands', async () => {
    const { code, stdout } = await runCli(['user', '--help']);
    expect(code).toBe(0);
    for (const sub of ['add', 'list', 'set-password', 'disable'])
      expect(stdout).toMatch(new RegExp(`^\\s+${sub}\\b`, 'm'));
  });

  it.each([['serve'], ['user', 'add'], ['user', 'list'], ['user', 'set-password'], ['user', 'disable']])(
    'offers --db on %s %s',
    async (...command) => {
      const { code, stdout } = await runCli([...command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/--db <path>/);
      expect(stdout.replace(/\s+/g, ' ')).toContain('(default: "data/icsb.duckdb")');
    },
  );

  it('documents the user add options', async () => {
    const { stdout } = await runCli(['user', 'add', '--help']);
    for (const option of ['--username', '--agency', '--role', '--password-stdin'])
      expect(stdout).toContain(option);
  });

  it('fails with a message on an unknown command', async () => {
    const { code, stderr } = await runCli(['frobnicate']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
