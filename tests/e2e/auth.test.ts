import { describe, expect, it } from 'vitest';
import { openPage, screenshot, signIn, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();

describe('signing in and out', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.server.url}/map`);
    await page.waitForURL(`${env.server.url}/login`);
    await expect(page.getByRole('heading', { name: 'Sign in to ICSB Analytics' }).isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, 'login');
    await context.close();
  });

  it('shows an error for a wrong password and stays on the sign-in page', async () => {
    const { context, page } = await openPage(env.browser);
    await signIn(page, 'analyst', 'not-the-password', env.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/wrong password/i);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
    await context.close();
  });

  it('signs out back to the sign-in page, and the session is gone', async () => {
    const { context, page, errors } = await openPage(env.browser);
    await signIn(page, 'tasking', undefined, env.server.url);
    await page.waitForURL(`${env.server.url}/`);
    await page.locator('.user-menu summary').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${env.server.url}/login`);
    await page.goto(`${env.server.url}/`);
    await page.waitForURL(`${env.server.url}/login`);
    const me = await page.request.get(`${env.server.url}/api/auth/me`);
    expect(me.status()).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });
});
