import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { startTestApp, testConfig, type TestApp } from '../helpers/test-app.ts';

describe('sign-in rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: testConfig({ ICSB_LOGIN_RATE_LIMIT: '3' }) });
  });
  afterAll(() => app.close());

  const attempt = (password: string) =>
    app.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'analyst', password }),
    });

  it('answers 429 with a JSON error once the limit of attempts is used, even for the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('wrong-password')).status).toBe(401);
    const limited = await attempt(DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/application\/json/);
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/too many sign-in attempts/i) },
    });
    expect(limited.headers.get('set-cookie')).toBeNull();
  });

  it('does not limit other routes', async () => {
    for (let i = 0; i < 5; i++) expect((await app.request('/api/health')).status).toBe(200);
  });
});
