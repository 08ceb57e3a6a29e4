import { chromiumOrSkip } from '../support/chromium.js';
import { apiAs, type DesignerBrowser, deployFixtures, screenshot, signIn, startDesignerBrowser, startInstance } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;

interface Task {
  key: string;
  instanceKey: string;
}

describeInBrowser('participant inbox (GET /api/user-tasks, claim, unclaim, complete)', () => {
  let app: DesignerBrowser;
  let first: { key: string };
  let second: { key: string };

  beforeAll(async () => {
    app = await startDesignerBrowser('designer_inbox', chromiumPath as string);
    await deployFixtures(app.server.baseUrl, 'aprobar-solicitud.form', 'aprobacion-con-diagrama.bpmn');
    const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    first = await startInstance(app.server.baseUrl, 'aprobacion-ui', 'SOL-1', { monto: 1200, limite: inHours(12) });
    second = await startInstance(app.server.baseUrl, 'aprobacion-ui', 'SOL-2', { monto: 300, limite: inHours(30) });
  });

  afterAll(async () => {
    await app?.close();
  });

  async function taskOf(instanceKey: string): Promise<Task> {
    const inbox = await apiAs<{ items: Task[] }>(app.server.baseUrl, 'felipe-ortiz', '/api/user-tasks?candidate=me');
    return inbox.items.find((task) => task.instanceKey === instanceKey)!;
  }

  it('lists the tasks of the participant\'s role, sorted by due date, with a due-soon badge', async () => {
    const { page, errors } = await app.newPage();

    await signIn(page, app.server.baseUrl, 'felipe-ortiz');

    const table = page.getByTestId('inbox-table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await expect(table.getByText('Revisar la solicitud').count()).resolves.toBe(2);
    await expect(table.getByTestId('badge-near').count()).resolves.toBe(2);
    await page.getByRole('button', { name: /Ordenado por vencimiento, el más próximo primero/ }).click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    await screenshot(page, 'inbox-tasks');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('claims, unclaims and completes a task with its form, refusing an incomplete form', async () => {
    const { page, errors } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'felipe-ortiz');
    const task = await taskOf(first.key);

    await page.goto(`${app.server.baseUrl}/inbox/${task.key}`);
    await page.getByTestId('task-form').getByLabel('Comentario').waitFor();
    await page.getByRole('button', { name: 'Reclamar' }).click();
    await page.getByTestId('task-notice').getByText('La tarea ahora es suya.').waitFor();
    await page.getByRole('button', { name: 'Liberar' }).click();
    await page.getByTestId('task-notice').getByText('La tarea volvió a sus candidatos.').waitFor();
    await page.getByRole('button', { name: 'Reclamar' }).click();
    await page.getByRole('button', { name: 'Liberar' }).waitFor();

    await page.getByRole('button', { name: 'Completar' }).click();
    await page.getByText('Revise los campos marcados del formulario.').waitFor();
    await screenshot(page, 'task-form-invalid');

    await page.getByTestId('task-form').getByLabel('Aprobar la solicitud').check();
    await page.getByTestId('task-form').getByLabel('Comentario').fill('Cumple los requisitos.');
    await page.getByRole('button', { name: 'Completar' }).click();
    await page.getByTestId('task-notice').getByText('Tarea completada. Gracias.').waitFor();

    const instance = await apiAs<{ state: string; variables: Record<string, unknown> }>(app.server.baseUrl, 'ramiro-duarte', `/api/instances/${first.key}`);
    expect(instance).toMatchObject({ state: 'completed', variables: { aprobado: true, comentario: 'Cumple los requisitos.', monto: 1200 } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the server\'s reason when the task was completed meanwhile (409)', async () => {
    const { page } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'felipe-ortiz');
    const task = await taskOf(second.key);
    await page.goto(`${app.server.baseUrl}/inbox/${task.key}`);
    await page.getByTestId('task-form').getByLabel('Comentario').fill('Revisado.');

    await apiAs(app.server.baseUrl, 'felipe-ortiz', `/api/user-tasks/${task.key}/complete`, { method: 'POST', body: { variables: {} } });
    await page.getByRole('button', { name: 'Completar' }).click();

    const problem = page.getByTestId('problem');
    await problem.getByText('La acción no se pudo realizar en el estado actual.').waitFor();
    await problem.getByText(/COMPLETED|completed/).waitFor();
    // The page reloads the task: it is completed now, so nothing can be done with it any more.
    await page.getByRole('button', { name: 'Completar' }).waitFor({ state: 'detached' });
    await screenshot(page, 'task-conflict');
    await page.context().close();
  });
});
