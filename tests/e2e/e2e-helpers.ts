import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import { loadConfig } from '../../server/config.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { CLIENT_DIR, startServer } from '../../server/serve.ts';

const SCREENSHOTS = path.resolve('test-output/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface E2eServer {
  /** Base URL without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** The real server in-process on port 0, with an in-memory database and the demo data. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`No built client in ${CLIENT_DIR}: run \`npm run build\` before the browser tests.`);
  }
  const config = loadConfig({
    ...process.env,
    ICSB_DB: ':memory:',
    PORT: '0',
    ICSB_DEMO_RECORDS: '5000',
    ICSB_LOGIN_RATE_LIMIT: '1000',
  });
  const { server, db, url } = await startServer(config, () => undefined);
  return {
    url: url.replace(/\/$/, ''),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

/** One server and one browser for a test file, started before its tests and closed after them. */
export function useE2eEnvironment(): { readonly server: E2eServer; readonly browser: Browser } {
  const env: { server?: E2eServer; browser?: Browser } = {};
  beforeAll(async () => {
    env.server = await startE2eServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  const started = <T>(v: T | undefined): T => {
    if (!v) throw new Error('the e2e environment is not started (use it inside a test)');
    return v;
  };
  return {
    get server() {
      return started(env.server);
    },
    get browser() {
      return started(env.browser);
    },
  };
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });

/** A fresh context (no cookies) at a desktop size, collecting page errors and console errors. */
export async function openPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Asking /api/auth/me without a session is how the client learns it must sign in.
    const expected = m.location().url.endsWith('/api/auth/me') && m.text().includes('401');
    if (m.type() === 'error' && !expected) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return { context, page, errors };
}

/** Fills the sign-in form of the page currently shown (or of /login when `baseUrl` is given). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, baseUrl?: string) {
  if (baseUrl) await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A fresh page signed in as `username`, on the page the role lands on: the board's pack, else the overview. */
export async function signedInPage(
  env: { readonly server: E2eServer; readonly browser: Browser },
  username = 'analyst',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openPage(env.browser);
  await signIn(opened.page, username, undefined, env.server.url);
  await opened.page.waitForURL(`${env.server.url}${username === 'board' ? '/board' : '/'}`);
  return opened;
}

/** GET an API path with the page's session cookie; throws on a non-2xx answer. */
export async function apiGet<T>(page: Page, baseUrl: string, apiPath: string): Promise<T> {
  const res = await page.request.get(baseUrl + apiPath);
  if (!res.ok()) throw new Error(`GET ${apiPath}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, [aria-busy="true"]'));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const formatCount = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** Resolves once no query is refetching. */
export const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** The headline contacts figure once no query is refetching. */
export async function headlineContacts(page: Page): Promise<string> {
  await settled(page);
  return (await page.getByTestId('headline-contacts').textContent()) ?? '';
}

/** Boundary paths Leaflet has drawn (SVG renderer: one path per feature). */
export const boundaryPaths = (page: Page) => page.locator('.leaflet-overlay-pane path.leaflet-interactive');

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** WGS84 [south, west, north, east] of hotspot cell i, rebuilt from its id as the map does. */
export const cellBox = (h: Hotspots, i: number) =>
  decodeHotspots(h, bngToWgs84).cells.bounds.slice(4 * i, 4 * i + 4) as [number, number, number, number];

/** Clicks the middle of hotspot cell i, placed on screen from the view's bounds the map writes on itself. */
export async function clickCell(page: Page, h: Hotspots, i: number) {
  const map = page.locator('.leaflet-container');
  const [south, west, north, east] = ((await map.getAttribute('data-view')) ?? '').split(',').map(Number);
  const box = await map.boundingBox();
  if (!box || south === undefined || west === undefined || north === undefined || east === undefined)
    throw new Error('the map has no view bounds');
  const [s, w, n, e] = cellBox(h, i);
  const x = box.x + (((w + e) / 2 - west) / (east - west)) * box.width;
  const y =
    box.y + ((mercator(north) - mercator((s + n) / 2)) / (mercator(north) - mercator(south))) * box.height;
  await page.mouse.click(x, y);
  await expect
    .poll(() => page.getByTestId('cell-details').locator('dl').getAttribute('data-cell'))
    .toBe(h.cells.ids[i]);
}
