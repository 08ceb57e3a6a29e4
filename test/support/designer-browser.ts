import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { loadDemoDirectoryIfEmpty } from '../../server/src/directory/demo-directory.js';
import { call, signIn as apiSignIn } from './api-client.js';
import { launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './test-app.js';

/** Where browser tests put their screenshots (git-ignored). */
export const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

/** The password of every demo person in `processes/directory/demo.yaml`. */
export const DEMO_PASSWORD = 'demo-hito-2026';

/** A test server with the demo directory loaded, and a Chromium to drive the designer in. */
export interface DesignerBrowser {
  server: TestServer;
  browser: Browser;
  /** A fresh 1366×768 page (its own sessionStorage); errors thrown in it are collected in `errors`. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** A test server on a fresh database with the demo directory; optionally in simulation mode. */
async function startServer(label: string, simulatedClock: boolean): Promise<TestServer> {
  const server = await startTestServer(label, { simulatedClock, simulationStart: Date.parse('2026-03-02T13:00:00Z') });
  await loadDemoDirectoryIfEmpty(server.app);
  return server;
}

export async function startDesignerBrowser(label: string, chromiumPath: string, options: { simulatedClock?: boolean } = {}): Promise<DesignerBrowser> {
  const server = await startServer(label, options.simulatedClock ?? false);
  const browser = await launchChromium(chromiumPath);
  return {
    server,
    browser,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Signs in through the login page as a demo person and waits for the header to show them. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-testid="signed-in-person"]').waitFor();
}

/** Saves a screenshot as `test/artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** A fixture of `test/browser/fixtures/`. */
export function browserFixture(name: string): Promise<string> {
  return readFile(join(process.cwd(), 'test', 'browser', 'fixtures', name), 'utf8');
}

const tokens = new Map<string, Promise<string>>();

/** Calls the API as a demo person (one API sign-in per server and person), failing loudly on an error status. */
export async function apiAs<T>(baseUrl: string, person: string, path: string, request: { method?: string; body?: unknown } = {}): Promise<T> {
  const id = `${baseUrl} ${person}`;
  if (!tokens.has(id)) tokens.set(id, apiSignIn(baseUrl, person).then((signedIn) => signedIn.accessToken));
  const accessToken = await tokens.get(id)!;
  const response = await call<T>(baseUrl, path, { ...request, token: accessToken });
  if (response.status >= 400) throw new Error(`${request.method ?? 'GET'} ${path} as ${person}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Deploys fixtures as the demo process owner. */
export async function deployFixtures(baseUrl: string, ...names: string[]): Promise<{ processes: { key: number; bpmnProcessId: string; version: number }[] }> {
  const resources = await Promise.all(names.map(async (name) => ({ name, content: await browserFixture(name) })));
  return apiAs(baseUrl, 'ramiro-duarte', '/api/deployments', { method: 'POST', body: { resources } });
}

/** Starts an instance as the demo process owner. */
export function startInstance(baseUrl: string, bpmnProcessId: string, businessKey: string, variables: Record<string, unknown> = {}): Promise<{ key: string }> {
  return apiAs(baseUrl, 'ramiro-duarte', '/api/instances', { method: 'POST', body: { bpmnProcessId, businessKey, variables } });
}
