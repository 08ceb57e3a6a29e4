import type { TestServer } from './test-app.js';
import { loadDemoDirectoryIfEmpty } from '../../server/src/directory/demo-directory.js';

/** The password of every person in `processes/directory/demo.yaml`. */
export const DEMO_PASSWORD = 'demo-hito-2026';

/** A response with its body parsed (JSON and problem+json) or as text. */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ApiRequest {
  method?: string;
  token?: string;
  body?: unknown;
  /** Sent as is (for YAML); `body` is sent as JSON otherwise. */
  text?: string;
  contentType?: string;
}

/** One HTTP call against a test server. */
export async function call<T = unknown>(baseUrl: string, path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let body: string | undefined;
  if (request.text !== undefined) {
    body = request.text;
    headers['content-type'] = request.contentType ?? 'application/yaml';
  } else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = request.contentType ?? 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, { method: request.method ?? 'GET', headers, body });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const parsed = /json/.test(type) && text ? (JSON.parse(text) as T) : (text as T);
  return { status: response.status, headers: response.headers, body: parsed };
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  person: { id: string; platformRoles: string[] };
}

/** Signs in through `POST /api/auth/login`; fails the test when it does not succeed. */
export async function signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const response = await call<SignedIn>(baseUrl, '/api/auth/login', { method: 'POST', body: { username, password } });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Loads `processes/directory/demo.yaml` into the server's (empty) database, as `npm start` does. */
export async function loadDemoDirectory(server: TestServer): Promise<void> {
  const loaded = await loadDemoDirectoryIfEmpty(server.app);
  if (!loaded) throw new Error('the test database already had a directory');
}
