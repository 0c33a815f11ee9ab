import { describe, expect, it } from 'vitest';
import { ident, join, sql } from '../../server/db/sql.ts';

describe('sql tag', () => {
  it('turns each interpolated value into a numbered parameter', () => {
    const q = sql`select * from contact where a = ${1} and b = ${'x'} and c = ${true}`;
    expect(q.text).toBe('select * from contact where a = $1 and b = $2 and c = $3');
    expect(q.params).toEqual([1, 'x', true]);
  });

  it('never puts a value into the text, even one that looks like SQL', () => {
    const evil = "'; drop table contact; --";
    const q = sql`select 1 where name = ${evil}`;
    expect(q.text).toBe('select 1 where name = $1');
    expect(q.params).toEqual([evil]);
  });

  it('leaves text without values untouched', () => {
    expect(sql`select 1`).toEqual({ text: 'select 1', params: [] });
  });

  it('renumbers a nested fragment after the parameters before it', () => {
    const inner = sql`x = ${10} and y = ${20}`;
    const q = sql`select ${1} where ${inner} and z = ${30}`;
    expect(q.text).toBe('select $1 where x = $2 and y = $3 and z = $4');
    expect(q.params).toEqual([1, 10, 20, 30]);
  });

  it('renumbers fragments nested two deep', () => {
    const deepest = sql`c = ${'c'}`;
    const middle = sql`b = ${'b'} and ${deepest}`;
    const q = sql`a = ${'a'} and ${middle} and d = ${'d'}`;
    expect(q.text).toBe('a = $1 and b = $2 and c = $3 and d = $4');
    expect(q.params).toEqual(['a', 'b', 'c', 'd']);
  });

  it('renumbers multi-digit placeholders as whole numbers', () => {
    const values = Array.from({ length: 12 }, (_, i) => i);
    const inner = join(
      values.map((v) => sql`${v}`),
      ', ',
    );
    expect(inner.text).toContain('$10, $11, $12');
    const q = sql`select ${'first'}, ${inner}`;
    expect(q.text).toBe(`select $1, ${values.map((_, i) => `$${i + 2}`).join(', ')}`);
    expect(q.params).toEqual(['first', ...values]);
  });

  it('uses the same fragment twice with separate parameters', () => {
    const f = sql`k = ${7}`;
    const q = sql`${f} or ${f}`;
    expect(q.text).toBe('k = $1 or k = $2');
    expect(q.params).toEqual([7, 7]);
  });
});

describe('join', () => {
  it('joins fragments with a separator and numbers their parameters in order', () => {
    const q = join([sql`a = ${1}`, sql`b = ${2}`, sql`c = ${3}`], ' and ');
    expect(q.text).toBe('a = $1 and b = $2 and c = $3');
    expect(q.params).toEqual([1, 2, 3]);
  });

  it('gives empty text for no fragments and the fragment itself for one', () => {
    expect(join([], ' and ')).toEqual({ text: '', params: [] });
    expect(join([sql`a = ${1}`], ' and ')).toEqual({ text: 'a = $1', params: [1] });
  });

  it('nests inside a larger statement', () => {
    const where = join([sql`a = ${1}`, sql`b = ${2}`], ' or ');
    const q = sql`select ${0} where (${where}) limit ${5}`;
    expect(q.text).toBe('select $1 where (a = $2 or b = $3) limit $4');
    expect(q.params).toEqual([0, 1, 2, 5]);
  });
});

describe('ident', () => {
  const COLUMNS = ['lsoa_code', 'ward_code'] as const;

  it('splices an allowlisted identifier into the text without a parameter', () => {
    const q = sql`select ${ident('ward_code', COLUMNS)}, count(*) from contact_area where x = ${1}`;
    expect(q.text).toBe('select ward_code, count(*) from contact_area where x = $1');
    expect(q.params).toEqual([1]);
  });

  it('rejects a name that is not on the list', () => {
    expect(() => ident('password_hash' as 'lsoa_code', COLUMNS)).toThrow(/not allowed: password_hash/);
  });

  it('rejects a listed name that is not a plain identifier', () => {
    const bad = 'x; drop table agency';
    expect(() => ident(bad, [bad])).toThrow(/not allowed/);
  });
});
