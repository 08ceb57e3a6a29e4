import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DurableRuntime, type DeploymentOutcome } from './durable-runtime.js';

/** The shipped methodologies, relative to this file in `server/src/` or `server/dist/`. */
export const PROCESSES_DIR = fileURLToPath(new URL('../../../processes/', import.meta.url));

/** Every `.bpmn` of `processes/` and every `.form` of `processes/forms/`, as deployment files. */
export async function shippedProcessFiles(dir: string = PROCESSES_DIR): Promise<{ name: string; content: string }[]> {
  const read = async (folder: string, extension: string) =>
    Promise.all(
      (await readdir(folder)).filter((name) => name.endsWith(extension)).sort().map(async (name) => ({ name, content: await readFile(join(folder, name), 'utf8') })),
    );
  return [...(await read(dir, '.bpmn')), ...(await read(join(dir, 'forms'), '.form'))];
}

/**
 * Deploys the shipped methodologies, in one deployment, into a database that has no process
 * definition yet. Returns what was deployed, or `undefined` when definitions already existed.
 */
export async function deployShippedProcessesIfEmpty(app: INestApplicationContext, dir?: string): Promise<DeploymentOutcome | undefined> {
  const [{ count }]: { count: string }[] = await app.get(DataSource).query('SELECT count(*) FROM process_definition');
  if (Number(count) > 0) return undefined;
  return app.get(DurableRuntime).deploy(await shippedProcessFiles(dir), { kind: 'system', id: 'hito-start' });
}
