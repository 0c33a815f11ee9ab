import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('fills documented defaults when the environment is empty', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      ICSB_DB: 'data/icsb.duckdb',
      PORT: 8080,
      HOST: '127.0.0.1',
      ICSB_DB_MEMORY: '4GB',
      ICSB_DB_MAX_CONCURRENT: 4,
      ICSB_SESSION_IDLE_MINUTES: 30,
      ICSB_SESSION_MAX_HOURS: 12,
      ICSB_LOGIN_RATE_LIMIT: 10,
      ICSB_SECURE_COOKIES: false,
    });
    expect(c.ICSB_DB_THREADS).toBeGreaterThanOrEqual(1);
    expect(c.ICSB_TILE_URL).toBeUndefined();
  });

  it('parses numbers and booleans from their text', () => {
    const c = loadConfig({ PORT: '3000', ICSB_SECURE_COOKIES: 'true', ICSB_DB_MEMORY: '512MB' });
    expect(c.PORT).toBe(3000);
    expect(c.ICSB_SECURE_COOKIES).toBe(true);
    expect(c.ICSB_DB_MEMORY).toBe('512MB');
  });

  it('throws naming the variable with a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ICSB_DB_MEMORY: 'lots' })).toThrow(/ICSB_DB_MEMORY: a size such as 4GB/);
    expect(() => loadConfig({ ICSB_SECURE_COOKIES: 'yes' })).toThrow(/ICSB_SECURE_COOKIES/);
  });

  it('rejects out-of-range numbers', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ ICSB_DB_MAX_CONCURRENT: '0' })).toThrow(/ICSB_DB_MAX_CONCURRENT/);
  });

  it('names every bad variable in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: '-1', ICSB_SESSION_IDLE_MINUTES: 'soon', ICSB_DB: '' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    for (const name of ['PORT', 'ICSB_SESSION_IDLE_MINUTES', 'ICSB_DB'])
      expect(message).toContain(`${name}:`);
  });
});
