import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'yaml';
import { DirectoryService } from './directory.service.js';

/** The shipped demo directory, relative to this file in `server/src/` or `server/dist/`. */
export const DEMO_DIRECTORY_FILE = fileURLToPath(new URL('../../../processes/directory/demo.yaml', import.meta.url));

/** One line of the printed demo sign-ins. */
export interface DemoSignIn {
  person: string;
  name: string;
  email: string;
  roles: string;
  password: string;
}

interface DemoPerson {
  id: string;
  name: string;
  email: string;
  password?: string;
  platformRoles?: string[];
  memberships?: { institution: string; roles?: string[] }[];
}

/** The people of a directory file who have a password, as a sign-in table. */
export function demoSignIns(text: string): DemoSignIn[] {
  const people = ((parse(text) as { people?: DemoPerson[] }).people ?? []).filter((p) => p.password);
  return people.map((p) => ({
    person: p.id,
    name: p.name,
    email: p.email,
    roles: [
      ...(p.platformRoles ?? []),
      ...(p.memberships ?? []).flatMap((m) => (m.roles ?? []).map((role) => `${role}@${m.institution}`)),
    ].join(', '),
    password: p.password!,
  }));
}

/** Renders sign-ins as a plain-text table. */
export function formatSignIns(rows: DemoSignIn[]): string {
  const header: DemoSignIn = { person: 'usuario / user', name: 'nombre', email: 'correo', roles: 'roles', password: 'contraseña / password' };
  const columns: (keyof DemoSignIn)[] = ['person', 'password', 'roles'];
  const width = (key: keyof DemoSignIn) => Math.max(...[header, ...rows].map((row) => row[key].length));
  const line = (row: DemoSignIn) => columns.map((key) => row[key].padEnd(width(key))).join('  ').trimEnd();
  return [line(header), columns.map((key) => '-'.repeat(width(key))).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Loads the demo directory into an empty database (one with no institutions and no people).
 * Returns the demo sign-ins when it loaded, or `undefined` when the directory already had data.
 */
export async function loadDemoDirectoryIfEmpty(
  app: INestApplicationContext,
  file: string = DEMO_DIRECTORY_FILE,
): Promise<DemoSignIn[] | undefined> {
  const directory = app.get(DirectoryService);
  if (!(await directory.isEmpty())) return undefined;
  const text = await readFile(file, 'utf8');
  await directory.import(text, file);
  return demoSignIns(text);
}
