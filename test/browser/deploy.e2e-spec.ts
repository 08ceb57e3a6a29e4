import { join } from 'node:path';
import { chromiumOrSkip } from '../support/chromium.js';
import { apiAs, type DesignerBrowser, deployFixtures, screenshot, signIn, startDesignerBrowser } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;
const FIXTURE = join(process.cwd(), 'test', 'browser', 'fixtures', 'aprobacion-con-diagrama.bpmn');

describeInBrowser('deploying from the designer (POST /api/deployments, GET /api/definitions)', () => {
  let app: DesignerBrowser;

  beforeAll(async () => {
    app = await startDesignerBrowser('designer_deploy', chromiumPath as string);
    // The process's form goes first, as a process owner would upload it with the diagram.
    await deployFixtures(app.server.baseUrl, 'aprobar-solicitud.form');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('marks the element of every problem of a rejected deployment, and a click on a problem selects it', async () => {
    const { page, errors } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ramiro-duarte');
    await page.goto(`${app.server.baseUrl}/designer`);
    await page.locator('.toolbar input[type="file"]').setInputFiles(FIXTURE);
    await page.locator('.djs-element[data-element-id="Revisar"]').first().click();
    await page.locator('[data-group-id="group-hito"]').getByLabel('Fecha de vencimiento').fill('= fecha(');
    await page.waitForTimeout(400);

    await page.getByRole('button', { name: 'Desplegar', exact: true }).click();

    const problems = page.getByTestId('deploy-problems');
    await problems.waitFor();
    await problems.getByRole('button').filter({ hasText: 'Revisar' }).first().waitFor();
    await page.locator('.djs-element.hito-problem[data-element-id="Revisar"]').waitFor();
    await page.locator('.hito-problem-badge').first().waitFor();
    await screenshot(page, 'designer-deploy-problems');

    await page.locator('.djs-container').click({ position: { x: 700, y: 500 } }); // deselect
    await problems.getByRole('button').filter({ hasText: 'Revisar' }).first().click();
    await page.locator('.djs-element.selected[data-element-id="Revisar"]').waitFor();
    await expect(apiAs<unknown[]>(app.server.baseUrl, 'ramiro-duarte', '/api/definitions')).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('deploys a valid diagram, shows the new version, and opens it again from the deployed list', async () => {
    const { page, errors } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ramiro-duarte');
    await page.goto(`${app.server.baseUrl}/designer`);
    await page.locator('.toolbar input[type="file"]').setInputFiles(FIXTURE);
    await page.locator('[data-element-id="Revisar"]').waitFor();

    await page.getByRole('button', { name: 'Desplegar', exact: true }).click();

    await page.getByTestId('deploy-result').getByText('Aprobación de solicitudes: versión 1').waitFor();
    await screenshot(page, 'designer-deployed');

    await page.getByRole('button', { name: 'Nuevo' }).click();
    await page.locator('[data-element-id="Revisar"]').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Abrir desplegado' }).click();
    await page.getByRole('button', { name: 'Abrir Aprobación de solicitudes versión 1' }).click();
    await page.locator('[data-element-id="Revisar"]').waitFor();
    await page.getByTestId('modeler-status').getByText('aprobacion-ui v1').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
