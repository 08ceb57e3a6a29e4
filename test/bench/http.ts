/** A Hito server for the benchmark, and timed HTTP calls (Node's fetch: keep-alive, loopback). */
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../server/src/app.factory.js';
import { loadDemoDirectoryIfEmpty } from '../../server/src/directory/demo-directory.js';

export const DEMO_PASSWORD = 'demo-hito-2026';

export interface BenchApp {
  app: NestExpressApplication;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startApp(databaseUrl: string): Promise<BenchApp> {
  const app = await createApp({ databaseUrl, logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  await loadDemoDirectoryIfEmpty(app);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

/** One JSON call; the body is read fully before the time is taken. */
export async function call<T = unknown>(baseUrl: string, path: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<Timed<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, body: (text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text) as T, ms };
}

export async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', { method: 'POST', body: { username, password: DEMO_PASSWORD } });
  if (response.status !== 200) throw new Error(`sign-in of ${username} answered ${response.status}`);
  return response.body.accessToken;
}

/** A BPMN file with one user task for an institution and role (the `hito:assignment` extension). */
export function assignedTaskProcess(processId: string, institution: string, role: string, timer?: string): string {
  const boundary = timer
    ? `<bpmn:boundaryEvent id="Reminder" attachedToRef="Review" cancelActivity="false"><bpmn:outgoing>F3</bpmn:outgoing>` +
      `<bpmn:timerEventDefinition id="ReminderTimer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${timer}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>` +
      `<bpmn:endEvent id="Reminded"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="F3" sourceRef="Reminder" targetRef="Reminded" />`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:hito="https://hito.dev/schema/bpmn/1.0" id="Defs_${processId}" targetNamespace="https://hito.dev/bench">
  <bpmn:process id="${processId}" name="Bench ${institution}" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Review" name="Revisar">
      <bpmn:extensionElements><hito:assignment candidateInstitutions="${institution}" candidateRoles="${role}" /></bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
    <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="End" />
    ${boundary}
  </bpmn:process>
</bpmn:definitions>
`;
}
