import pg from 'pg';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from '../support/chromium.js';
import { apiAs, type DesignerBrowser, deployFixtures, screenshot, signIn, startDesignerBrowser, startInstance } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;

const shape = (page: Page, id: string, marker: string) => page.locator(`.djs-element.${marker}[data-element-id="${id}"]`);

describeInBrowser('instances and audit replay (GET /api/instances, /history, /verify; cancel, suspend, resume)', () => {
  let app: DesignerBrowser;
  let done: { key: string };
  let running: { key: string };

  beforeAll(async () => {
    app = await startDesignerBrowser('designer_instances', chromiumPath as string);
    const base = app.server.baseUrl;
    await deployFixtures(base, 'aprobar-solicitud.form', 'aprobacion-con-diagrama.bpmn');
    const limite = new Date(Date.now() + 5 * 86400_000).toISOString();
    done = await startInstance(base, 'aprobacion-ui', 'SOL-A', { limite });
    running = await startInstance(base, 'aprobacion-ui', 'SOL-B', { limite });
    const inbox = await apiAs<{ items: { key: string; instanceKey: string }[] }>(base, 'felipe-ortiz', '/api/user-tasks?candidate=me');
    const task = inbox.items.find((item) => item.instanceKey === done.key)!;
    await apiAs(base, 'felipe-ortiz', `/api/user-tasks/${task.key}/complete`, { method: 'POST', body: { variables: { aprobado: true, comentario: 'Conforme' } } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists instances for an auditor, filters by business key, and shows the active task on the diagram', async () => {
    const { page, errors } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ines-contreras');

    await page.waitForURL('**/instances');
    await page.getByTestId('instances-table').waitFor();
    await expect(page.getByTestId('instances-table').locator('tbody tr').count()).resolves.toBe(2);
    await page.getByLabel('Clave de negocio').fill('SOL-B');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.getByTestId('instances-table').locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    await screenshot(page, 'instances-list');

    await page.getByRole('link', { name: running.key }).click();
    await shape(page, 'Revisar', 'hito-active').waitFor();
    await expect(page.getByRole('button', { name: 'Suspender' }).count()).resolves.toBe(0); // auditors change nothing
    await screenshot(page, 'instance-detail');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replays the history step by step: buttons, keyboard, and who completed the task with which data', async () => {
    const { page, errors } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ines-contreras');
    await page.goto(`${app.server.baseUrl}/instances/${done.key}/audit`);
    const step = page.getByTestId('audit-step');
    await step.getByText(/^Paso 1 de \d+$/).waitFor();
    const total = Number(/de (\d+)/.exec((await step.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Último paso' }).click();
    await step.getByText(`Paso ${total} de ${total}`).waitFor();
    await shape(page, 'Fin', 'hito-completed').waitFor();
    await shape(page, 'Revisar', 'hito-completed').waitFor();
    await page.locator('.djs-connection.hito-taken[data-element-id="F2"]').waitFor({ state: 'attached' }); // a flat line counts as hidden

    await page.keyboard.press('Home');
    await step.getByText(`Paso 1 de ${total}`).waitFor();
    await expect(shape(page, 'Revisar', 'hito-completed').count()).resolves.toBe(0);
    await page.keyboard.press('ArrowRight');
    await step.getByText(`Paso 2 de ${total}`).waitFor();
    await page.getByTestId('audit-actor').getByText('ramiro-duarte').waitFor();

    await page.locator('.records button').filter({ hasText: 'USER_TASK_COMPLETED' }).click();
    await page.getByTestId('audit-actor').getByText('felipe-ortiz').waitFor();
    await page.getByTestId('audit-record').getByText('USER_TASK_COMPLETED').waitFor();
    await page.locator('hito-record-panel').getByText('Conforme').waitFor();
    await shape(page, 'Revisar', 'hito-current').waitFor();
    await screenshot(page, 'audit-replay');

    // Clicking an element on the diagram moves to that element's next record.
    await page.locator('hito-diagram-viewer .djs-element[data-element-id="Fin"]').first().click();
    await page.getByTestId('audit-record').getByText('Fin', { exact: true }).waitFor();
    await shape(page, 'Fin', 'hito-current').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('verifies the hash chain, and reports an altered history as altered', async () => {
    const { page } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ines-contreras');
    await page.goto(`${app.server.baseUrl}/instances/${done.key}/audit`);

    await page.getByRole('button', { name: 'Verificar integridad' }).click();
    await page.getByTestId('verdict').getByText(/Historial íntegro: los \d+ registros encadenan correctamente/).waitFor();

    const db = new pg.Client({ connectionString: app.server.database.url });
    await db.connect();
    await db.query(`UPDATE event_record SET value = jsonb_set(value, '{variables,comentario}', '"Rechazado"') WHERE instance_key = $1 AND intent = 'USER_TASK_COMPLETED'`, [done.key]);
    await db.end();
    await page.getByRole('button', { name: 'Verificar integridad' }).click();
    await page.getByTestId('verdict').getByText(/Historial ALTERADO: la cadena se rompe en el registro n\.º \d+/).waitFor();
    await page.getByRole('button', { name: 'Ir a ese registro' }).click();
    await page.getByTestId('audit-record').getByText('USER_TASK_COMPLETED').waitFor();
    await screenshot(page, 'audit-verify-altered');
    await page.context().close();
  });

  it('lets a process owner suspend, resume and cancel a running instance', async () => {
    const { page } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ramiro-duarte');
    await page.goto(`${app.server.baseUrl}/instances/${running.key}`);

    await page.getByRole('button', { name: 'Suspender' }).click();
    await page.getByText('La instancia fue suspendida.').waitFor();
    await page.getByRole('button', { name: 'Reanudar' }).click();
    await page.getByText('La instancia fue reanudada.').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Cancelar instancia' }).click();
    await page.getByText('La instancia fue cancelada.').waitFor();

    const instance = await apiAs<{ state: string }>(app.server.baseUrl, 'ramiro-duarte', `/api/instances/${running.key}`);
    expect(instance.state).toBe('terminated');
    await page.context().close();
  });
});
