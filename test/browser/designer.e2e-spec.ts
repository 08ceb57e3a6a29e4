import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumOrSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;
const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

describeInBrowser('designer page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer('designer_page');
    browser = await launchChromium(chromiumPath as string);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an empty BPMN canvas with only the start event', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(server.baseUrl + '/');

    await page.waitForSelector('[data-testid="bpmn-canvas"] .djs-container svg');
    expect(page.url()).toBe(server.baseUrl + '/designer');
    const ids = await page.locator('.djs-element.djs-shape').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-element-id')),
    );
    expect(ids.filter((id) => !id?.endsWith('_label'))).toEqual(['Inicio']);
    await expect(page.locator('.djs-palette').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'designer-empty-canvas.png') });
  });

  it('switches the interface between Spanish and English', async () => {
    await expect(page.getByRole('link', { name: 'Diseñador' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cambiar el idioma a inglés' }).click();
    await expect(page.getByRole('link', { name: 'Designer' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Switch the language to Spanish' }).click();
    await expect(page.getByRole('link', { name: 'Diseñador' }).isVisible()).resolves.toBe(true);
  });
});
