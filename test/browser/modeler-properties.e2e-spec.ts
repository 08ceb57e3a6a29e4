import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chromiumOrSkip } from '../support/chromium.js';
import { type DesignerBrowser, screenshot, signIn, startDesignerBrowser } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;
const FIXTURE = join(process.cwd(), 'test', 'browser', 'fixtures', 'hito-designer.bpmn');

/** Opens the fixture through the toolbar's file input and waits for its shapes. */
async function openFixture(page: Page): Promise<void> {
  await page.locator('.toolbar input[type="file"]').setInputFiles(FIXTURE);
  await page.locator('[data-element-id="Registrar_avance"]').waitFor();
}

async function selectElement(page: Page, id: string): Promise<void> {
  await page.locator(`.djs-element[data-element-id="${id}"]`).first().click();
}

/** Waits until an input shows `value` (the panel re-renders a moment after a selection or undo). */
async function valueOf(locator: Locator, value: string): Promise<void> {
  for (let tries = 0; tries < 50 && (await locator.inputValue()) !== value; tries++) await new Promise((r) => setTimeout(r, 100));
  expect(await locator.inputValue()).toBe(value);
}

function hitoGroup(page: Page) {
  return page.locator('[data-group-id="group-hito"]');
}

describeInBrowser('modeler with the Hito properties group', () => {
  let app: DesignerBrowser;

  beforeAll(async () => {
    app = await startDesignerBrowser('modeler_properties', chromiumPath as string);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the Hito group for a user task with its assignment, schedule and form fields', async () => {
    const { page, errors } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await openFixture(page);

    await selectElement(page, 'Registrar_avance');

    await hitoGroup(page).waitFor();
    await expect(hitoGroup(page).locator('.bio-properties-panel-group-header-title').textContent()).resolves.toBe('Hito');
    for (const label of ['Instituciones candidatas', 'Roles candidatos', 'Personas candidatas', 'Persona asignada',
      'Prioridad (0–100)', 'Fecha de vencimiento', 'Fecha de seguimiento', 'Calendario', 'Formulario (id)']) {
      await hitoGroup(page).getByLabel(label, { exact: true }).waitFor();
    }
    // Values already in the file are read through the hito moddle extension.
    await valueOf(hitoGroup(page).getByLabel('Roles candidatos'), 'lider-tecnico');
    await valueOf(hitoGroup(page).getByLabel('Prioridad (0–100)'), '60');
    await screenshot(page, 'modeler-hito-group-user-task');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes edited values into hito: extension elements, downloaded with Ctrl+S', async () => {
    const { page, errors } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await openFixture(page);
    await selectElement(page, 'Registrar_avance');

    await hitoGroup(page).getByLabel('Instituciones candidatas').fill('mincit, colombia-productiva');
    await hitoGroup(page).getByLabel('Fecha de vencimiento').fill('P10D');
    await hitoGroup(page).getByLabel('Calendario').fill('assignee');
    await hitoGroup(page).getByLabel('Formulario (id)').fill('registro-avance-mensual');
    await hitoGroup(page).getByLabel('Prioridad (0–100)').fill('250');
    await hitoGroup(page).locator('.bio-properties-panel-error').getByText('de 0 a 100', { exact: false }).waitFor();
    await hitoGroup(page).getByLabel('Prioridad (0–100)').fill('80');
    await page.waitForTimeout(400); // the panel debounces input

    await page.locator('[data-testid="bpmn-canvas"] .djs-container').click({ position: { x: 700, y: 400 } });
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const xml = await readFile((await (await download).path()) as string, 'utf8');

    const assignment = /<hito:assignment ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(assignment).toContain('candidateInstitutions="mincit, colombia-productiva"');
    expect(assignment).toContain('candidateRoles="lider-tecnico"');
    expect(assignment).toContain('priority="80"');
    expect(xml).toContain('<hito:schedule dueDate="P10D" calendar="assignee" />');
    expect(xml).toContain('<hito:form formId="registro-avance-mensual" />');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('edits the correlation key of a catch event\'s message and the job type of a service task', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await openFixture(page);

    await selectElement(page, 'Esperar_respuesta');
    await valueOf(hitoGroup(page).getByLabel('Clave de correlación del mensaje'), '= accion.id');
    await expect(hitoGroup(page).getByLabel('Instituciones candidatas').count()).resolves.toBe(0);

    await selectElement(page, 'Notificar');
    await hitoGroup(page).getByLabel('Tipo de trabajo').fill('notify');
    await hitoGroup(page).getByLabel('Reintentos').fill('5');
    await page.waitForTimeout(400);
    await screenshot(page, 'modeler-hito-group-service-task');

    // Undo (Ctrl+Z on the canvas) takes back the whole edit, extension element included.
    await selectElement(page, 'Notificar');
    await page.keyboard.press('Control+z');
    await selectElement(page, 'Notificar');
    await valueOf(hitoGroup(page).getByLabel('Reintentos'), '');
    await page.context().close();
  });

  it('switches the Hito group labels to English with the interface language', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await openFixture(page);
    await selectElement(page, 'Registrar_avance');
    await hitoGroup(page).getByLabel('Instituciones candidatas').waitFor();

    await page.getByRole('button', { name: 'Cambiar el idioma a inglés' }).click();

    await hitoGroup(page).getByLabel('Candidate institutions').waitFor();
    await page.getByRole('button', { name: 'Deploy', exact: true }).waitFor();
    await screenshot(page, 'modeler-english');
    await page.getByRole('button', { name: 'Switch the language to Spanish' }).click();
    await hitoGroup(page).getByLabel('Instituciones candidatas').waitFor();
    await page.context().close();
  });

  it('asks an anonymous visitor to sign in before deploying and keeps the diagram meanwhile', async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.server.baseUrl}/designer`);
    await openFixture(page);

    await page.getByRole('button', { name: 'Desplegar' }).click();
    await page.waitForURL('**/login?returnUrl=%2Fdesigner');
    await page.getByLabel('Usuario o correo').fill('ramiro-duarte');
    await page.getByLabel('Contraseña').fill('demo-hito-2026');
    await page.getByRole('button', { name: 'Entrar' }).click();

    await page.waitForURL('**/designer');
    await page.locator('[data-element-id="Registrar_avance"]').waitFor();
    await page.context().close();
  });

  it('tells a participant without the process-owner role that they cannot deploy', async () => {
    const { page } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'andres-cardenas');
    await page.goto(`${app.server.baseUrl}/designer`);
    await page.locator('[data-element-id="Inicio"]').waitFor();

    await page.getByRole('button', { name: 'Desplegar' }).click();

    await page.getByTestId('modeler-status').getByText('Solo un dueño de procesos puede desplegar').waitFor();
    await page.context().close();
  });
});
