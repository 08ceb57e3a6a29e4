import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE } from '../../server/src/api/access.decorators.js';
import { call, signIn, type ApiResponse } from './api-client.js';
import { databaseFingerprint } from './database-fingerprint.js';
import type { TestServer } from './test-app.js';

/** Who calls: each platform role, nobody, and a participant of another institution. */
export type Actor = 'anonymous' | 'participant' | 'participant-other' | 'process-owner' | 'auditor' | 'admin';

export const ACTORS: Actor[] = ['anonymous', 'participant', 'participant-other', 'process-owner', 'auditor', 'admin'];

/**
 * Demo people (`processes/directory/demo.yaml`) who play each actor. `participant` is a technical
 * lead of Colombia Productiva; `participant-other` works at ProChile and shares no institution.
 */
export const DEMO_ACTORS: Record<Exclude<Actor, 'anonymous'>, string> = {
  participant: 'felipe-ortiz',
  'participant-other': 'francisca-soto',
  'process-owner': 'ramiro-duarte',
  auditor: 'ines-contreras',
  admin: 'admin',
};

/** The running server, each actor's access token, and fixtures a suite's setup prepared. */
export interface MatrixContext {
  server: TestServer;
  tokens: Partial<Record<Actor, string>>;
  fixtures: Record<string, unknown>;
}

/** What one call sends; built fresh for every actor (so a DELETE can get its own victim). */
export interface MatrixRequest {
  /** Values for `:name` placeholders of the route. */
  params?: Record<string, string>;
  body?: unknown;
  /** A raw body (e.g. YAML), sent with `contentType`. */
  text?: string;
  contentType?: string;
}

/** One row of the authorization matrix: a route and who may call it. */
export interface RouteCase {
  /** `METHOD /api/path/:param`, as the API documents it. */
  route: string;
  /** Actors whose call must succeed; every other actor is refused. */
  allowed: Actor[];
  /** Status of an allowed call; default 200. */
  success?: number | ((actor: Actor) => number);
  /** Status of a refused call per actor; default 401 for anonymous and 403 for the rest (use 404 where existence must not leak). */
  refused?: Partial<Record<Actor, 401 | 403 | 404>>;
  /** Builds the request; may create what the call needs. */
  request?: (context: MatrixContext, actor: Actor) => MatrixRequest | Promise<MatrixRequest>;
  /** Further checks of an allowed call's response. */
  verify?: (response: ApiResponse, context: MatrixContext, actor: Actor) => void | Promise<void>;
}

/** Options of {@link describeAccessMatrix}. */
export interface AccessMatrixOptions {
  /** Starts a server with the demo directory loaded (or your own) and returns the context. */
  setup(): Promise<Omit<MatrixContext, 'tokens'> & { tokens?: MatrixContext['tokens'] }>;
  routes: RouteCase[];
  /** Tables a refused call may still change (default none besides the sign-in sessions made by setup). */
  ignoreTables?: string[];
}

/** Signs each demo actor in and returns their access tokens. */
export async function demoActorTokens(baseUrl: string): Promise<MatrixContext['tokens']> {
  const tokens: MatrixContext['tokens'] = {};
  for (const [actor, person] of Object.entries(DEMO_ACTORS)) tokens[actor as Actor] = (await signIn(baseUrl, person)).accessToken;
  return tokens;
}

function expectedStatus(row: RouteCase, actor: Actor): { allowed: boolean; status: number } {
  if (row.allowed.includes(actor)) {
    const status = typeof row.success === 'function' ? row.success(actor) : (row.success ?? 200);
    return { allowed: true, status };
  }
  return { allowed: false, status: row.refused?.[actor] ?? (actor === 'anonymous' ? 401 : 403) };
}

/**
 * Declares one test per route × actor: allowed calls answer the success status; refused calls
 * answer 401/403/404 as problem+json and leave every table as it was. Routes added later join by
 * adding rows to the table a spec passes here.
 */
export function describeAccessMatrix(title: string, options: AccessMatrixOptions): void {
  describe(title, () => {
    let context: MatrixContext;
    beforeAll(async () => {
      const prepared = await options.setup();
      context = { ...prepared, tokens: prepared.tokens ?? (await demoActorTokens(prepared.server.baseUrl)) };
    });
    afterAll(async () => {
      await context?.server.close();
    });

    for (const row of options.routes) {
      const [method, template] = row.route.split(' ');
      describe(row.route, () => {
        for (const actor of ACTORS) {
          const expected = expectedStatus(row, actor);
          it(`${actor}: ${expected.allowed ? 'allowed' : 'refused'} (${expected.status})`, async () => {
            const request = (await row.request?.(context, actor)) ?? {};
            const path = template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
              const value = request.params?.[name];
              if (value === undefined) throw new Error(`${row.route}: no value for :${name}`);
              return encodeURIComponent(value);
            });
            const before = expected.allowed ? undefined : await databaseFingerprint(context.server.app, options.ignoreTables);
            const response = await call(context.server.baseUrl, path, {
              method,
              token: actor === 'anonymous' ? undefined : context.tokens[actor],
              body: request.body,
              text: request.text,
              contentType: request.contentType,
            });
            const summary = `${row.route} as ${actor} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
            expect({ summary, status: response.status }).toEqual({ summary, status: expected.status });
            if (expected.allowed) {
              await row.verify?.(response, context, actor);
            } else {
              expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
              expect(response.body).toMatchObject({ status: expected.status });
              expect(await databaseFingerprint(context.server.app, options.ignoreTables)).toEqual(before);
            }
          });
        }
      });
    }
  });
}

/** Every route the server serves, as `METHOD /api/path/:param`, with whether it declares an access rule. */
export function servedRoutes(server: TestServer): { route: string; declared: boolean; handler: string }[] {
  const routes: { route: string; declared: boolean; handler: string }[] = [];
  for (const module of server.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type?.prototype) continue;
      const base = String(Reflect.getMetadata('path', type) ?? '').replace(/^\/|\/$/g, '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodCode = Reflect.getMetadata('method', handler) as number | undefined;
        const sub = Reflect.getMetadata('path', handler) as string | undefined;
        if (methodCode === undefined || sub === undefined) continue;
        const method = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'][methodCode] ?? String(methodCode);
        const path = ['/api', base, sub.replace(/^\/|\/$/g, '')].filter(Boolean).join('/');
        const declared = Reflect.getMetadata(ACCESS_RULE, handler) !== undefined || Reflect.getMetadata(ACCESS_RULE, type) !== undefined;
        routes.push({ route: `${method} ${path}`, declared, handler: `${type.name}.${name}` });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
