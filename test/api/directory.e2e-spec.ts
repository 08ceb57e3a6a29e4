import { readFile } from 'node:fs/promises';
import { DEMO_DIRECTORY_FILE, loadDemoDirectoryIfEmpty } from '../../server/src/directory/demo-directory.js';
import { DirectoryDocumentError } from '../../server/src/directory/directory-document.js';
import { DirectoryService } from '../../server/src/directory/directory.service.js';
import { call, loadDemoDirectory, signIn } from '../support/api-client.js';
import { databaseFingerprint } from '../support/database-fingerprint.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

describe('directory: loader and service on PostgreSQL', () => {
  let server: TestServer;
  let directory: DirectoryService;
  beforeAll(async () => {
    server = await startTestServer('directory');
    directory = server.app.get(DirectoryService);
  });
  afterAll(async () => {
    await server.close();
  });

  it('loads the demo directory into an empty database once, and lists its sign-ins', async () => {
    const signIns = await loadDemoDirectoryIfEmpty(server.app);
    expect(signIns?.map((s) => s.person)).toEqual(expect.arrayContaining(['admin', 'ines-contreras', 'ramiro-duarte', 'carolina-mejia']));
    expect(signIns?.find((s) => s.person === 'carolina-mejia')?.roles).toContain('viceministra@viceministerio-desarrollo-empresarial');
    expect(await loadDemoDirectoryIfEmpty(server.app)).toBeUndefined();
    const institutions = await directory.institutions();
    expect(institutions.find((i) => i.id === 'adezs-comision-tic')).toMatchObject({ parent: 'adezs', country: 'CR' });
  });

  it('re-importing the same document changes nothing (it creates or updates by id)', async () => {
    const snapshot = async () => ({
      institutions: await directory.institutions(),
      people: await directory.people(),
      roles: await directory.roles(),
      calendars: await directory.calendars(),
      substitutions: await directory.substitutions(),
    });
    const before = await snapshot();
    const summary = await directory.import(await readFile(DEMO_DIRECTORY_FILE, 'utf8'));
    expect(summary).toEqual({
      calendars: before.calendars.length,
      roles: before.roles.length,
      institutions: before.institutions.length,
      people: before.people.length,
      substitutes: before.substitutions.length,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bad file naming entry and field, and changes nothing', async () => {
    const before = await databaseFingerprint(server.app);
    const bad = `
institutions:
  - { id: nueva-agencia, name: Nueva agencia, country: CO, timeZone: America/Bogota }
people:
  - id: nuevo-lider
    name: Nuevo Líder
    email: nuevo@example.org
    memberships:
      - { institution: nueva-agencia, roles: [lider-tecnico, director-orquesta] }
`;
    const error = await directory.import(bad, 'bad.yaml').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DirectoryDocumentError);
    expect((error as DirectoryDocumentError).problems).toEqual([
      expect.objectContaining({ entry: 'people[0] (nuevo-lider)', field: 'memberships[0].roles[1]', line: 9 }),
    ]);
    expect((error as Error).message).toContain('bad.yaml');
    expect(await databaseFingerprint(server.app)).toEqual(before);
  });

  it('validates against what is stored: an email another person uses is refused, and nothing changes', async () => {
    const before = await databaseFingerprint(server.app);
    const error = await directory
      .import({
        roles: [{ id: 'rol-transaccion', name: 'Rol de transacción' }],
        people: [{ id: 'lucia-paredes', name: 'Lucía Paredes', email: 'felipe.ortiz@colombiaproductiva.demo' }],
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DirectoryDocumentError);
    expect(await databaseFingerprint(server.app)).toEqual(before);
  });

  it('gives candidatesFor: own institutions and roles, plus those of whom one substitutes inside the period only', async () => {
    const inside = await directory.candidatesFor('daniel-becerra', new Date('2026-07-10T15:00:00Z'));
    expect(inside.people).toEqual(['daniel-becerra', 'carolina-mejia']);
    expect(inside.institutionIds).toEqual(['equipo-alto-nivel-reindustrializacion', 'viceministerio-desarrollo-empresarial']);
    expect(inside.roles).toEqual([
      { institution: 'equipo-alto-nivel-reindustrializacion', role: 'equipo-alto-nivel' },
      { institution: 'viceministerio-desarrollo-empresarial', role: 'asesor-despacho' },
      { institution: 'viceministerio-desarrollo-empresarial', role: 'viceministra' },
    ]);
    expect(inside.onBehalfOf).toEqual([expect.objectContaining({ person: 'carolina-mejia', until: '2026-07-18T05:00:00.000Z' })]);

    // The period is whole days in Bogotá: 17 July at 23:59 local is inside, 18 July 00:00 is not.
    const lastMinute = await directory.candidatesFor('daniel-becerra', new Date('2026-07-18T04:59:00Z'));
    expect(lastMinute.people).toContain('carolina-mejia');
    const after = await directory.candidatesFor('daniel-becerra', new Date('2026-07-18T05:00:00Z'));
    expect(after).toMatchObject({
      people: ['daniel-becerra'],
      institutionIds: ['viceministerio-desarrollo-empresarial'],
      roleNames: ['asesor-despacho'],
      onBehalfOf: [],
    });
    const before = await directory.candidatesFor('daniel-becerra', new Date('2026-07-06T04:59:59Z'));
    expect(before.people).toEqual(['daniel-becerra']);
  });

  it('does not chain substitutions', async () => {
    // natalia substitutes felipe at year end; someone substituting natalia does not act for felipe.
    await directory.addSubstitution({ person: 'natalia-rincon', substitute: 'sofia-herrera', from: '2026-12-01', until: '2027-01-31' });
    const candidacy = await directory.candidatesFor('sofia-herrera', new Date('2026-12-28T15:00:00Z'));
    expect(candidacy.people).toEqual(['sofia-herrera', 'natalia-rincon']);
  });

  it('finds candidate ids that do not exist', async () => {
    expect(
      await directory.findMissing({
        institutions: ['colombia-productiva', 'ministerio-magia'],
        roles: ['lider-tecnico', 'mago'],
        people: ['felipe-ortiz', 'nadie'],
      }),
    ).toEqual({ institutions: ['ministerio-magia'], roles: ['mago'], people: ['nadie'] });
  });

  it('gives each institution its own calendar, else its parent’s, else its country’s', async () => {
    expect((await directory.calendarOf('mincit'))?.id).toBe('co');
    expect((await directory.calendarOf('colombia-productiva-planeacion'))?.id).toBe('co'); // from mincit, two levels up
    expect((await directory.calendarOf('adezs-comision-tic'))?.id).toBe('cr');
    await directory.createInstitution({ id: 'sin-calendario', name: 'Sin calendario', country: 'CL', timeZone: 'America/Santiago' });
    expect((await directory.calendarOf('sin-calendario'))?.id).toBe('cl'); // the country's
    const chile = await directory.calendar('cl');
    expect(chile).toMatchObject({ timeZone: 'America/Santiago', workingDays: [1, 2, 3, 4, 5] });
    expect(chile?.holidays).toContainEqual({ date: '2026-09-18', name: 'Independencia Nacional' });
    expect((await directory.ancestors('colombia-productiva-planeacion')).map((i) => i.id)).toEqual(['colombia-productiva', 'mincit']);
    expect(await directory.members({ institution: 'colombia-productiva', role: 'lider-tecnico' })).toEqual(['felipe-ortiz', 'natalia-rincon']);
  });
});

describe('directory admin API', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer('directory_api');
    await loadDemoDirectory(server);
    admin = (await signIn(server.baseUrl, 'admin')).accessToken;
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 400 problem+json listing every invalid field', async () => {
    const response = await call<{ errors: { field: string }[]; type: string }>(server.baseUrl, '/api/directory/institutions', {
      method: 'POST',
      token: admin,
      body: { id: 'Bad Id', country: 'colombia', timeZone: 'America/Bogota', extra: 1 },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('https://hito.dev/problems/validation');
    expect(response.body.errors.map((e) => e.field).sort()).toEqual(['country', 'extra', 'id', 'name', 'name', 'name']);
  });

  it('answers 422 for references that do not exist, 409 for duplicates and for deleting what is in use', async () => {
    const unknownParent = await call<{ errors: { field: string }[] }>(server.baseUrl, '/api/directory/institutions', {
      method: 'POST',
      token: admin,
      body: { id: 'unidad-x', name: 'Unidad X', parent: 'no-existe', country: 'CO', timeZone: 'America/Bogota' },
    });
    expect(unknownParent.status).toBe(422);
    expect(unknownParent.body.errors).toEqual([expect.objectContaining({ field: 'parent' })]);

    const duplicate = await call(server.baseUrl, '/api/directory/institutions', {
      method: 'POST',
      token: admin,
      body: { id: 'mincit', name: 'Otra', country: 'CO', timeZone: 'America/Bogota' },
    });
    expect(duplicate.status).toBe(409);

    expect((await call(server.baseUrl, '/api/directory/institutions/mincit', { method: 'DELETE', token: admin })).status).toBe(409);
    expect((await call(server.baseUrl, '/api/directory/calendars/co', { method: 'DELETE', token: admin })).status).toBe(409);
    expect((await call(server.baseUrl, '/api/directory/roles/lider-tecnico', { method: 'DELETE', token: admin })).status).toBe(409);
    expect((await call(server.baseUrl, '/api/directory/institutions/no-existe', { method: 'GET', token: admin })).status).toBe(404);
  });

  it('refuses to make an institution its own ancestor', async () => {
    const response = await call<{ errors: { field: string; detail: string }[] }>(server.baseUrl, '/api/directory/institutions/mincit', {
      method: 'PUT',
      token: admin,
      body: { name: 'MinCIT', parent: 'colombia-productiva-planeacion', country: 'CO', timeZone: 'America/Bogota', calendar: 'co' },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ field: 'parent' });
    expect((await call<{ parent?: string }>(server.baseUrl, '/api/directory/institutions/mincit', { token: admin })).body.parent).toBeUndefined();
  });

  it('imports YAML; a bad document answers 422 naming entry and field, and changes nothing', async () => {
    const before = await databaseFingerprint(server.app, ['refresh_token']);
    const bad = await call<{ errors: { entry: string; field: string; line: number }[] }>(server.baseUrl, '/api/directory/import', {
      method: 'POST',
      token: admin,
      text: 'roles:\n  - { id: auditor-externo, name: Auditor externo }\npeople:\n  - { id: eva, name: Eva, email: no-es-correo }\n',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ entry: 'people[0] (eva)', field: 'email', line: 4, detail: expect.stringContaining('no-es-correo') }]);
    expect(await databaseFingerprint(server.app, ['refresh_token'])).toEqual(before);

    const good = await call(server.baseUrl, '/api/directory/import', {
      method: 'POST',
      token: admin,
      body: {
        roles: [{ id: 'auditor-externo', name: 'Auditor externo' }],
        people: [{ id: 'eva', name: 'Eva', email: 'eva@example.org', password: 'una-clave-larga', memberships: [{ institution: 'corfo', roles: ['auditor-externo'] }] }],
      },
    });
    expect(good).toMatchObject({ status: 200, body: { roles: 1, people: 1, institutions: 0 } });
    expect((await signIn(server.baseUrl, 'eva@example.org', 'una-clave-larga')).person.id).toBe('eva');
  });

  it('resets a password and ends that person’s sessions', async () => {
    const session = await signIn(server.baseUrl, 'diego-salazar');
    const reset = await call(server.baseUrl, '/api/directory/people/diego-salazar/password', {
      method: 'PUT',
      token: admin,
      body: { password: 'nueva-clave-2026' },
    });
    expect(reset.status).toBe(204);
    expect((await call(server.baseUrl, '/api/auth/me', { token: session.accessToken })).status).toBe(401);
    expect((await call(server.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken: session.refreshToken } })).status).toBe(401);
    expect((await signIn(server.baseUrl, 'diego-salazar', 'nueva-clave-2026')).person.id).toBe('diego-salazar');
  });

  it('names and removes a substitute through the API', async () => {
    const created = await call<{ id: string; from: string; until: string }>(server.baseUrl, '/api/directory/substitutes', {
      method: 'POST',
      token: admin,
      body: { person: 'matias-fuentes', substitute: 'francisca-soto', from: '2027-02-01', until: '2027-02-14', reason: 'Licencia' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ from: '2027-02-01T03:00:00.000Z', until: '2027-02-15T03:00:00.000Z' }); // Santiago, summer time
    const directory = server.app.get(DirectoryService);
    expect((await directory.candidatesFor('francisca-soto', new Date('2027-02-10T12:00:00Z'))).people).toContain('matias-fuentes');
    expect((await call(server.baseUrl, `/api/directory/substitutes/${created.body.id}`, { method: 'DELETE', token: admin })).status).toBe(204);
    expect((await directory.candidatesFor('francisca-soto', new Date('2027-02-10T12:00:00Z'))).people).toEqual(['francisca-soto']);
  });
});
