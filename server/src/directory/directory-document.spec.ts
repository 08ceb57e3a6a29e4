import { readFileSync } from 'node:fs';
import { DEMO_DIRECTORY_FILE } from './demo-directory.js';
import { DirectoryDocumentError, parseDirectoryText, type DirectoryProblem } from './directory-document.js';

function problemsOf(text: string): DirectoryProblem[] {
  try {
    parseDirectoryText(text);
  } catch (error) {
    if (error instanceof DirectoryDocumentError) return error.problems;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

const base = `
calendars:
  - { id: co, name: Colombia, country: CO, timeZone: America/Bogota, workingDays: [1, 2, 3, 4, 5], holidays: [2026-07-20] }
roles:
  - { id: lider-tecnico, name: Líder técnico }
institutions:
  - { id: mincit, name: MinCIT, country: CO, timeZone: America/Bogota, calendar: co }
  - { id: colombia-productiva, name: Colombia Productiva, parent: mincit, country: CO, timeZone: America/Bogota }
`;

describe('directory document', () => {
  it('accepts the shipped demo directory with every institution the methodologies name', () => {
    const document = parseDirectoryText(readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
    const ids = document.institutions.map((i) => i.id);
    for (const id of [
      'mincit',
      'viceministerio-desarrollo-empresarial',
      'colombia-productiva',
      'prochile',
      'corfo',
      'gore-ohiggins',
      'adezs',
      'adezs-comision-tic',
      'aci-medellin',
    ]) {
      expect(ids).toContain(id);
    }
    expect(document.institutions.find((i) => i.id === 'adezs-comision-tic')?.parent).toBe('adezs');
    expect(document.institutions.find((i) => i.id === 'viceministerio-desarrollo-empresarial')?.parent).toBe('mincit');
    const platformRoles = new Set(document.people.flatMap((p) => p.platformRoles));
    expect([...platformRoles].sort()).toEqual(['admin', 'auditor', 'participant', 'process-owner']);
    const roles = new Set(document.people.flatMap((p) => p.memberships.flatMap((m) => m.roles)));
    for (const role of document.roles) expect({ role: role.id, held: roles.has(role.id) }).toEqual({ role: role.id, held: true });
  });

  it('ships Colombian and Chilean holidays for 2026 to 2028', () => {
    const document = parseDirectoryText(readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
    const days = (id: string) => document.calendars.find((c) => c.id === id)!.holidays.map((h) => h.date);
    // Colombia moves some holidays to Monday (Ley 51 de 1983); Holy Thursday and Friday follow Easter.
    expect(days('co')).toEqual(expect.arrayContaining(['2026-01-12', '2026-04-02', '2026-07-20', '2027-03-25', '2028-12-25']));
    expect(days('co')).not.toContain('2026-01-06');
    expect(days('cl')).toEqual(expect.arrayContaining(['2026-09-18', '2027-06-21', '2028-10-27', '2028-04-15']));
    for (const id of ['co', 'cl']) {
      for (const year of ['2026', '2027', '2028']) {
        expect(days(id).filter((d) => d.startsWith(year)).length).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('names the entry, field and line of each problem', () => {
    const problems = problemsOf(`${base}
people:
  - id: ana-gomez
    name: Ana Gómez
    email: ana@example.org
    platformRoles: [participant, superuser]
    memberships:
      - { institution: colombia-productiva, roles: [lider-tecnico] }
      - { institution: minhacienda, roles: [lider-tecnico] }
`);
    expect(problems).toEqual([
      expect.objectContaining({ entry: 'people[0] (ana-gomez)', field: 'platformRoles[1]', line: 14 }),
      expect.objectContaining({ entry: 'people[0] (ana-gomez)', field: 'memberships[1].institution', line: 17 }),
    ]);
    expect(problems[1].message).toContain('minhacienda');
  });

  it('refuses unknown fields, bad time zones, countries and working days', () => {
    const problems = problemsOf(`
calendars:
  - { id: x, name: X, timeZone: America/Bogotá, workingDays: [0, 1], holiday: [] }
institutions:
  - { id: a, name: A, country: ZZ, timeZone: UTC, calendar: nope }
`);
    expect(problems.map((p) => `${p.entry} ${p.field}`)).toEqual([
      'calendars[0] (x) holiday',
      'calendars[0] (x) timeZone',
      'calendars[0] (x) workingDays[0]',
      'institutions[0] (a) country',
      'institutions[0] (a) calendar',
    ]);
  });

  it('refuses a hierarchy that forms a cycle', () => {
    const problems = problemsOf(`
institutions:
  - { id: a, name: A, parent: b, country: CO, timeZone: UTC }
  - { id: b, name: B, parent: a, country: CO, timeZone: UTC }
`);
    expect(problems.map((p) => `${p.entry} ${p.field}`)).toEqual(['institutions[0] (a) parent', 'institutions[1] (b) parent']);
  });

  it('refuses duplicated ids and emails', () => {
    const problems = problemsOf(`
roles:
  - { id: r, name: R }
  - { id: r, name: R2 }
people:
  - { id: ana, name: Ana, email: ana@example.org }
  - { id: ben, name: Ben, email: ANA@example.org }
`);
    expect(problems.map((p) => `${p.entry} ${p.field}`)).toEqual(['roles[1] (r) id', 'people[1] (ben) email']);
  });

  it('reads substitution dates as whole days in the substituted person’s time zone', () => {
    const document = parseDirectoryText(`${base}
people:
  - { id: ana, name: Ana, email: ana@example.org, memberships: [{ institution: mincit, roles: [lider-tecnico] }] }
  - { id: ben, name: Ben, email: ben@example.org }
substitutes:
  - { person: ana, substitute: ben, from: 2026-07-06, until: 2026-07-17 }
`);
    expect(document.substitutes[0]).toMatchObject({ from: '2026-07-06T05:00:00.000Z', until: '2026-07-18T05:00:00.000Z' });
  });

  it('reports malformed YAML with its line', () => {
    const problems = problemsOf('institutions:\n  - { id: a, name: [unclosed\n');
    expect(problems[0]).toMatchObject({ entry: 'document' });
    expect(problems[0].line).toBeGreaterThan(0);
  });
});
