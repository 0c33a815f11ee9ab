import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { tempDir, TWO_SQUARES } from './geo-fixtures.ts';

const files = tempDir();
const db = path.join(files.dir, 'cli.duckdb');
const squares = files.write('squares.geojson', JSON.stringify(TWO_SQUARES));
afterAll(() => files.remove());

describe('icsb boundaries and icsb population', () => {
  it('boundaries load stores a layer and says how many areas and contacts', async () => {
    const r = await runCli([
      'boundaries',
      'load',
      '--layer',
      'squares',
      '--name',
      'Two squares',
      '--code-property',
      'CODE',
      '--name-property',
      'NAME',
      squares,
      '--db',
      db,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Loaded layer squares: 2 areas, \d+ lookup cells/);
    expect(r.stdout).toMatch(/Contacts: 0 in an area, 0 out of area/);
  });

  it('population load and deprivation store values, and boundaries list shows them', async () => {
    const pop = files.write('pop.csv', '\uFEFFarea,residents\r\nA,"1,200"\r\nB,800\r\n');
    const p = await runCli([
      'population',
      'load',
      '--layer',
      'squares',
      '--code-column',
      'area',
      '--population-column',
      'residents',
      pop,
      '--db',
      db,
    ]);
    expect(p.stdout).toMatch(/Stored 2 populations for layer squares/);
    const imd = files.write('imd.csv', 'area,rank,decile\nA,"1,928",1\n');
    const d = await runCli([
      'population',
      'deprivation',
      '--layer',
      'squares',
      '--code-column',
      'area',
      '--rank-column',
      'rank',
      '--decile-column',
      'decile',
      imd,
      '--db',
      db,
    ]);
    expect(d.stdout).toMatch(/Stored 1 deprivation values for layer squares/);
    expect(d.stdout).toMatch(/1 area\(s\) of the layer have no value, e\.g\. B/);
    const list = await runCli(['boundaries', 'list', '--db', db]);
    expect(list.stdout).toMatch(/^LAYER\s+NAME\s+AREAS\s+POPULATION\s+DEPRIVATION\s+CONTACT TAGS\s+SOURCE/);
    expect(list.stdout).toMatch(
      /squares\s+Two squares\s+2\s+2\s+1\s+0\s+squares\.geojson \(code CODE, name NAME\)/,
    );
  });

  it('prints a bad file as one line naming the file and the feature', async () => {
    const bad = files.write(
      'bad.geojson',
      JSON.stringify({ ...TWO_SQUARES, features: [{ type: 'Feature', properties: {}, geometry: null }] }),
    );
    const r = await runCli([
      'boundaries',
      'load',
      '--layer',
      'bad',
      '--name',
      'Bad',
      '--code-property',
      'CODE',
      '--name-property',
      'NAME',
      bad,
      '--db',
      db,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'icsb: bad.geojson: feature 0: has no code property CODE (properties: none)',
    );
  });

  it('boundaries remove drops the layer', async () => {
    const r = await runCli(['boundaries', 'remove', '--layer', 'squares', '--db', db]);
    expect(r.code).toBe(0);
    expect((await runCli(['boundaries', 'list', '--db', db])).stdout).toMatch(/\(no boundary layers\)/);
    expect(fs.existsSync(db)).toBe(true);
  });
});
