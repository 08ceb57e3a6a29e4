import { chromiumOrSkip } from '../support/chromium.js';
import { type DesignerBrowser, deployFixtures, screenshot, signIn, startDesignerBrowser, startInstance } from '../support/designer-browser.js';

const chromiumPath = chromiumOrSkip();
const describeInBrowser = chromiumPath ? describe : describe.skip;

describeInBrowser('simulation clock banner (GET/POST /api/clock, simulation mode)', () => {
  let app: DesignerBrowser;

  beforeAll(async () => {
    // The simulation starts on 2026-03-02T13:00Z (see designer-browser.ts).
    app = await startDesignerBrowser('designer_clock', chromiumPath as string, { simulatedClock: true });
    await deployFixtures(app.server.baseUrl, 'aprobar-solicitud.form', 'aprobacion-con-diagrama.bpmn');
    await startInstance(app.server.baseUrl, 'aprobacion-ui', 'SOL-R', { limite: '2026-03-03T13:00:00Z' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the simulated time, lets a process owner advance it, and judges due dates against it', async () => {
    const lead = await app.newPage();
    await signIn(lead.page, app.server.baseUrl, 'felipe-ortiz');
    const leadBanner = lead.page.getByTestId('clock-banner');
    await leadBanner.getByText(/Reloj simulado: ahora es 2\/03\/2026/).waitFor();
    await lead.page.getByTestId('badge-near').waitFor();
    await expect(leadBanner.getByRole('button', { name: 'Avanzar' }).count()).resolves.toBe(0);

    const owner = await app.newPage();
    await signIn(owner.page, app.server.baseUrl, 'ramiro-duarte');
    const ownerBanner = owner.page.getByTestId('clock-banner');
    await ownerBanner.getByLabel('Cuánto avanzar').selectOption('P7D');
    await ownerBanner.getByRole('button', { name: 'Avanzar' }).click();
    await ownerBanner.getByText(/ahora es 9\/03\/2026/).waitFor();
    await screenshot(owner.page, 'clock-banner-owner');

    await lead.page.reload();
    await leadBanner.getByText(/ahora es 9\/03\/2026/).waitFor();
    await lead.page.getByTestId('badge-overdue').waitFor();
    await screenshot(lead.page, 'clock-banner-overdue');
    expect([...lead.errors, ...owner.errors]).toEqual([]);
    await lead.page.context().close();
    await owner.page.context().close();
  });
});

describeInBrowser('no clock banner with the system clock', () => {
  let app: DesignerBrowser;

  beforeAll(async () => {
    app = await startDesignerBrowser('designer_system_clock', chromiumPath as string);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('hides the banner when GET /api/clock answers 404', async () => {
    const { page } = await app.newPage();
    await signIn(page, app.server.baseUrl, 'ramiro-duarte');
    const clock = page.waitForResponse((response) => response.url().endsWith('/api/clock'));
    await page.reload();
    expect((await clock).status()).toBe(404);
    await page.locator('[data-element-id="Inicio"]').waitFor();
    await expect(page.getByTestId('clock-banner').count()).resolves.toBe(0);
    await page.context().close();
  });
});
