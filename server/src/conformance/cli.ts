#!/usr/bin/env node
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../persistence/embedded-postgres.js';
import type { HostFactory } from './case-runner.js';
import { CaseDatabases, DurableCaseHost } from './durable-case-host.js';
import { readKnownExceptions, type ReportedCase, runManifest } from './manifest-runner.js';

const USAGE = 'usage: conformance <manifest.json> [--json FILE] [--report-only] [--durable] [--check-replay] [--known-exceptions FILE]';

function format(result: ReportedCase): string {
  const name = `${result.test} #${result.case}`;
  if (result.passed) return `PASS ${name}`;
  const diff = `expected ${JSON.stringify(result.expected)} got ${JSON.stringify(result.actual)}`;
  const detail = result.detail ? ` (${result.detail.split('\n')[0]})` : '';
  if (result.knownException) return `FAIL ${name} [known exception: ${result.knownException}] ${diff}`;
  return `FAIL ${name} ${diff}${detail}`;
}

/**
 * The durable runtime on PostgreSQL: `DATABASE_URL` (an account that may create databases), or an
 * embedded server in a temporary directory. Each case gets a fresh database.
 */
async function openDurableHosts(): Promise<{ host: HostFactory; close(): Promise<void> }> {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async () => undefined as void;
  if (!adminUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'hito-conformance-'));
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres(join(dir, 'data'), await freePort(), 'postgres');
    adminUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const databases = await CaseDatabases.prepare(adminUrl);
  console.log('conformance: durable mode, every command is a PostgreSQL transaction');
  return {
    host: (options) => DurableCaseHost.open(databases, options),
    close: async () => {
      await databases.close();
      await stopServer();
    },
  };
}


async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const flag = (name: string) => {
    const index = args.indexOf(name);
    if (index < 0) return false;
    args.splice(index, 1);
    return true;
  };
  const option = (name: string) => {
    const index = args.indexOf(name);
    if (index < 0) return undefined;
    const [, value] = args.splice(index, 2);
    return value;
  };
  const durable = flag('--durable');
  const reportOnly = flag('--report-only');
  const checkReplay = flag('--check-replay');
  const jsonFile = option('--json');
  const exceptionsFile = option('--known-exceptions') ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/conformance/known-exceptions.json');
  const manifest = args[0];
  if (!manifest) {
    console.error(USAGE);
    return 2;
  }
  const exceptions = await readKnownExceptions(exceptionsFile);
  const durableHost = durable ? await openDurableHosts() : undefined;
  let results: ReportedCase[];
  try {
    results = await runManifest(resolve(manifest), { checkReplay, host: durableHost?.host, exceptions, onCase: (result) => console.log(format(result)) });
  } finally {
    await durableHost?.close();
  }
  const passed = results.filter((result) => result.passed).length;
  const known = results.filter((result) => !result.passed && result.knownException).length;
  const failed = results.length - passed - known;
  if (checkReplay) {
    const mismatches = results.filter((result) => result.replayMatches === false);
    console.log(`replay: ${results.length - mismatches.length} of ${results.length} logs rebuilt the live state`);
  }
  if (jsonFile) await writeFile(jsonFile, JSON.stringify({ passed, failed, knownExceptions: known, results }, null, 2));
  if (known > 0) console.log(`known exceptions: ${known} failing case(s) listed in ${exceptionsFile}, not counted as failed`);
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  return failed === 0 || reportOnly ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
