import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumOrSkip } from '../support/chromium.js';
import { type DesignerBrowser, screenshot, startDesignerBrowser } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;
const PROCESSES = join(process.cwd(), 'processes');
const shipped = readdirSync(PROCESSES).filter((name) => name.endsWith('.bpmn')).sort();

describeInBrowser('the shipped methodologies in the designer', () => {
  let app: DesignerBrowser;

  beforeAll(async () => {
    app = await startDesignerBrowser('designer_shipped', chromiumPath as string);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('ships the five methodologies', () => {
    expect(shipped).toEqual(['ciclo-reportes-alertas.bpmn', 'estrategia-regional.bpmn', 'lanzamiento-minuto-a-minuto.bpmn', 'okr-trimestral.bpmn', 'plan-accion-cluster.bpmn']);
  });

  it.each(shipped)('opens %s without import warnings, with the hito: extension', async (file) => {
    const { page, errors } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await page.locator('.toolbar input[type="file"]').setInputFiles(join(PROCESSES, file));

    const status = page.getByTestId('modeler-status');
    await status.getByText(file, { exact: false }).waitFor({ timeout: 10_000 });
    expect((await status.textContent())?.trim()).toBe(`Diagrama abierto: ${file}`);
    expect(await page.locator('.djs-element.djs-shape').count()).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await screenshot(page, `designer-${file.replace('.bpmn', '')}`);
    await page.context().close();
  });
});
