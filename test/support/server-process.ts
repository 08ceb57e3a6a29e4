import { freePort } from '../../server/src/persistence/embedded-postgres.js';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built server, as `npm start` runs it (`npm test` builds it first). */
export const SERVER_MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A JWT key shared by every server process of a test, so that tokens work on all of them. */
export const TEST_JWT_SECRET = 'reliability-suite-secret-0123456789abcdef';


/** A Hito server running as its own operating-system process. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly port: number;
  readonly pid: number;
  /** Whether the process has exited. */
  readonly exited: boolean;
  /** Everything it printed so far (stdout and stderr, interleaved), for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hooks run, as in a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it does not exit within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  /** Extra environment, e.g. `HITO_CLOCK`. */
  env?: Record<string, string>;
  port?: number;
  /** How long to wait for `/api/health` to answer 200. */
  startTimeoutMs?: number;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test that fails or times out still leaves no server behind.
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts `node server/dist/main.js` and waits until its health check answers 200. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(`${SERVER_MAIN} is missing: build the server first (\`npm run build -w server\`; \`npm test\` does it).`);
  }
  installExitHook();
  const port = options.port ?? (await freePort());
  const chunks: string[] = [];
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HITO_JWT_SECRET: TEST_JWT_SECRET,
      HITO_TIMER_POLL_MS: '50',
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'));
    if (chunks.length > 2000) chunks.splice(0, chunks.length - 2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    baseUrl,
    port,
    pid: child.pid!,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    output: () => chunks.join(''),
    async kill() {
      if (this.exited) return;
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    },
    async stop(graceMs = 10_000) {
      if (this.exited) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, graceMs))) await this.kill();
    },
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (server.exited) throw new Error(`Hito server process exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}):\n${server.output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`Hito server process did not become healthy within ${options.startTimeoutMs ?? 60_000} ms:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops every server process this test file started (for `afterAll`). */
export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all([...live].map(async (child) => {
    child.kill('SIGKILL');
    await waitForExit(child, 10_000);
  }));
}

export { freePort };
