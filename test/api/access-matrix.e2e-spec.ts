import { ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { AccessGuard } from '../../server/src/api/access.guard.js';
import { Public } from '../../server/src/api/access.decorators.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { ACTORS, describeAccessMatrix, servedRoutes, type Actor, type MatrixContext, type RouteCase } from '../support/access-matrix.js';
import { call, loadDemoDirectory, signIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

const signedIn: Actor[] = ['participant', 'participant-other', 'process-owner', 'auditor', 'admin'];
const admin: Actor[] = ['admin'];
const directoryReaders: Actor[] = ['process-owner', 'auditor', 'admin'];

let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}`;

/** Creates something through the admin API so a call can change or delete it. */
async function adminCreates(context: MatrixContext, path: string, body: unknown): Promise<Record<string, string>> {
  const response = await call<Record<string, string>>(context.server.baseUrl, path, { method: 'POST', token: context.tokens.admin, body });
  if (response.status !== 201) throw new Error(`fixture ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const institution = (id: string) => ({ id, name: `Institución ${id}`, country: 'CO', timeZone: 'America/Bogota', calendar: 'co' });
const calendar = (id: string) => ({ id, name: `Calendario ${id}`, timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], holidays: [] });
const person = (id: string) => ({
  id,
  name: `Persona ${id}`,
  email: `${id}@matrix.test`,
  platformRoles: ['participant'],
  memberships: [{ institution: 'sena', roles: ['entidad-responsable'] }],
  password: 'matrix-password-1',
});

/** The authorization matrix of the directory, sign-in and health routes. Others append their rows. */
export const DIRECTORY_ROUTES: RouteCase[] = [
  { route: 'GET /api/health', allowed: ACTORS },

  {
    route: 'POST /api/auth/login',
    allowed: ACTORS,
    request: () => ({ body: { username: 'diego-salazar', password: 'demo-hito-2026' } }),
  },
  {
    route: 'POST /api/auth/refresh',
    allowed: ACTORS,
    request: async (context) => ({ body: { refreshToken: (await signIn(context.server.baseUrl, 'paula-quintero')).refreshToken } }),
  },
  {
    route: 'POST /api/auth/logout',
    allowed: ACTORS,
    success: 204,
    request: async (context) => ({ body: { refreshToken: (await signIn(context.server.baseUrl, 'jorge-villamil')).refreshToken } }),
  },
  { route: 'GET /api/auth/me', allowed: signedIn },

  { route: 'GET /api/directory/institutions', allowed: signedIn },
  { route: 'GET /api/directory/institutions/:id', allowed: signedIn, request: () => ({ params: { id: 'mincit' } }) },
  {
    route: 'POST /api/directory/institutions',
    allowed: admin,
    success: 201,
    request: () => ({ body: institution(unique('matriz-inst')) }),
  },
  {
    route: 'PUT /api/directory/institutions/:id',
    allowed: admin,
    request: (_, actor) => ({
      params: { id: 'sena' },
      body: { name: `Servicio Nacional de Aprendizaje (${actor})`, shortName: 'SENA', country: 'CO', timeZone: 'America/Bogota', calendar: 'co' },
    }),
  },
  {
    route: 'DELETE /api/directory/institutions/:id',
    allowed: admin,
    success: 204,
    request: async (context) => ({ params: { id: (await adminCreates(context, '/api/directory/institutions', institution(unique('matriz-borrar')))).id } }),
  },

  { route: 'GET /api/directory/roles', allowed: signedIn },
  { route: 'POST /api/directory/roles', allowed: admin, success: 201, request: () => ({ body: { id: unique('rol-matriz'), name: 'Rol de prueba' } }) },
  {
    route: 'PUT /api/directory/roles/:id',
    allowed: admin,
    request: (_, actor) => ({ params: { id: 'asesor-despacho' }, body: { name: `Asesor(a) del despacho (${actor})` } }),
  },
  {
    route: 'DELETE /api/directory/roles/:id',
    allowed: admin,
    success: 204,
    request: async (context) => ({ params: { id: (await adminCreates(context, '/api/directory/roles', { id: unique('rol-borrar'), name: 'x' })).id } }),
  },

  { route: 'GET /api/directory/calendars', allowed: signedIn },
  { route: 'GET /api/directory/calendars/:id', allowed: signedIn, request: () => ({ params: { id: 'cl' } }) },
  { route: 'POST /api/directory/calendars', allowed: admin, success: 201, request: () => ({ body: calendar(unique('cal-matriz')) }) },
  {
    route: 'PUT /api/directory/calendars/:id',
    allowed: admin,
    request: async (context) => {
      const id = (await adminCreates(context, '/api/directory/calendars', calendar(unique('cal-cambiar')))).id;
      const { id: _id, ...rest } = calendar(id);
      return { params: { id }, body: { ...rest, workingDays: [1, 2, 3, 4] } };
    },
  },
  {
    route: 'DELETE /api/directory/calendars/:id',
    allowed: admin,
    success: 204,
    request: async (context) => ({ params: { id: (await adminCreates(context, '/api/directory/calendars', calendar(unique('cal-borrar')))).id } }),
  },

  { route: 'GET /api/directory/people', allowed: directoryReaders },
  { route: 'GET /api/directory/people/:id', allowed: directoryReaders, request: () => ({ params: { id: 'carolina-mejia' } }) },
  { route: 'POST /api/directory/people', allowed: admin, success: 201, request: () => ({ body: person(unique('persona-matriz')) }) },
  {
    route: 'PUT /api/directory/people/:id',
    allowed: admin,
    request: async (context) => {
      const id = (await adminCreates(context, '/api/directory/people', person(unique('persona-cambiar')))).id;
      const { id: _id, password: _password, ...rest } = person(id);
      return { params: { id }, body: { ...rest, name: 'Nombre cambiado' } };
    },
  },
  {
    route: 'PUT /api/directory/people/:id/password',
    allowed: admin,
    success: 204,
    request: async (context) => ({
      params: { id: (await adminCreates(context, '/api/directory/people', person(unique('persona-clave')))).id },
      body: { password: 'otra-clave-segura' },
    }),
  },
  {
    route: 'DELETE /api/directory/people/:id',
    allowed: admin,
    success: 204,
    request: async (context) => ({ params: { id: (await adminCreates(context, '/api/directory/people', person(unique('persona-borrar')))).id } }),
  },

  { route: 'GET /api/directory/substitutes', allowed: admin },
  {
    route: 'POST /api/directory/substitutes',
    allowed: admin,
    success: 201,
    request: () => ({
      body: { person: 'lucia-paredes', substitute: 'natalia-rincon', from: `2027-02-${String(++serial % 28 || 1).padStart(2, '0')}T08:00:00-05:00`, until: '2027-03-01' },
    }),
  },
  {
    route: 'DELETE /api/directory/substitutes/:id',
    allowed: admin,
    success: 204,
    request: async (context) => ({
      params: {
        id: (
          await adminCreates(context, '/api/directory/substitutes', {
            person: 'valentina-rios',
            substitute: 'camilo-arango',
            from: `2028-01-${String(++serial % 28 || 1).padStart(2, '0')}`,
            until: '2028-02-01',
          })
        ).id,
      },
    }),
  },

  {
    route: 'POST /api/directory/import',
    allowed: admin,
    request: () => ({ text: `roles:\n  - { id: ${unique('rol-importado')}, name: Rol importado }\n`, contentType: 'application/yaml' }),
  },
];

let server: TestServer;

describeAccessMatrix('authorization matrix: directory, sign-in and health', {
  async setup() {
    server = await startTestServer('access_matrix');
    await loadDemoDirectory(server);
    return { server, fixtures: {} };
  },
  routes: DIRECTORY_ROUTES,
});

describe('route declarations', () => {
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer('route_declarations');
  });
  afterAll(async () => {
    await own.close();
  });

  it('every route of the server declares who may call it', () => {
    const undeclared = servedRoutes(own).filter((r) => !r.declared);
    expect(undeclared).toEqual([]);
  });

  it('the guard refuses a route that declares nothing before looking at who calls, and lets a public one through', async () => {
    class Undeclared {
      handler(): void {}
    }
    class Declared {
      @Public()
      handler(): void {}
    }
    const guard = new AccessGuard(new Reflector(), own.app.get(AuthService));
    const context = (type: new () => { handler(): void }) => {
      const host = new ExecutionContextHost([{ headers: {} }, {}], type, type.prototype.handler);
      host.setType('http');
      return host;
    };
    await expect(guard.canActivate(context(Undeclared))).rejects.toBeInstanceOf(ForbiddenException);
    await expect(guard.canActivate(context(Declared))).resolves.toBe(true);
  });

  it('the matrix has a row for every directory, auth and health route', () => {
    const served = servedRoutes(own)
      .map((r) => r.route)
      .filter((route) => /^\w+ \/api\/(directory|auth|health)(\/|$)/.test(route));
    expect(served.sort()).toEqual(DIRECTORY_ROUTES.map((row) => row.route).sort());
  });
});
