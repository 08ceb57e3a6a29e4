import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DirectoryStore, type PersonCredentials } from '../persistence/directory/directory.store.js';
import {
  DirectoryDocumentError,
  parseDirectoryText,
  validateDirectoryDocument,
  type DirectoryDocument,
  type KnownDirectory,
} from './directory-document.js';
import { DirectoryError } from './directory.errors.js';
import type {
  BusinessCalendar,
  Candidacy,
  DirectoryRole,
  Institution,
  MissingCandidates,
  Person,
  Substitution,
} from './directory.types.js';
import { PasswordHasher } from './password-hasher.js';

/** How many entries of each kind an import created or updated. */
export interface ImportSummary {
  calendars: number;
  roles: number;
  institutions: number;
  people: number;
  substitutes: number;
}

type Draft<T> = Omit<T, 'id'> & { id?: string };

/**
 * The directory: who the institutions and people are, what they may act for, and which business
 * calendar counts their days. Other modules (engine runtime, inbox) use the queries; the admin API
 * uses the writes, which validate like a directory file does and change nothing when refused.
 */
@Injectable()
export class DirectoryService {
  private readonly changeListeners: (() => void)[] = [];

  /** Called after every change this server process makes to the directory (caches drop their copy). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  constructor(
    private readonly store: DirectoryStore,
    private readonly hasher: PasswordHasher,
  ) {}

  // Queries for other modules

  /**
   * What `personId` may act for at `at`: themself, plus everyone whose substitute they are at
   * that instant, with all those people's institutions and roles. Substitution is not transitive.
   */
  async candidatesFor(personId: string, at: Date): Promise<Candidacy> {
    if ((await this.store.existing('person', [personId])).size === 0) {
      throw new DirectoryError('not-found', `persona desconocida "${personId}"`);
    }
    const substitutions = await this.store.activeSubstitutionsOf(personId, at);
    const people = [personId];
    const onBehalfOf: Candidacy['onBehalfOf'] = [];
    for (const s of substitutions) {
      if (!people.includes(s.person)) people.push(s.person);
      onBehalfOf.push({ person: s.person, substitution: s.id, until: s.until });
    }
    const memberships = await this.store.memberships(people);
    const institutionIds = new Set<string>();
    const roles = new Map<string, { institution: string; role: string }>();
    for (const id of people) {
      for (const m of memberships.get(id) ?? []) {
        institutionIds.add(m.institution);
        for (const role of m.roles) roles.set(`${m.institution}\u0000${role}`, { institution: m.institution, role });
      }
    }
    const roleList = [...roles.values()].sort((a, b) => a.institution.localeCompare(b.institution) || a.role.localeCompare(b.role));
    return {
      personId,
      at: at.toISOString(),
      people,
      institutionIds: [...institutionIds].sort(),
      roles: roleList,
      roleNames: [...new Set(roleList.map((r) => r.role))].sort(),
      onBehalfOf,
    };
  }

  /** The ids an assignment names that do not exist; all lists empty when every one does. */
  async findMissing(candidates: Partial<MissingCandidates>): Promise<MissingCandidates> {
    const missing = async (kind: 'institution' | 'role' | 'person', ids: string[] = []) => {
      const found = await this.store.existing(kind, [...new Set(ids)]);
      return [...new Set(ids)].filter((id) => !found.has(id));
    };
    return {
      institutions: await missing('institution', candidates.institutions),
      roles: await missing('role', candidates.roles),
      people: await missing('person', candidates.people),
    };
  }

  /** A business calendar by id. */
  calendar(id: string): Promise<BusinessCalendar | undefined> {
    return this.store.calendar(id);
  }

  /** The calendar an institution counts working days in: its own, else its nearest parent's, else its country's. */
  async calendarOf(institutionId: string): Promise<BusinessCalendar | undefined> {
    const institution = await this.store.institution(institutionId);
    if (!institution) return undefined;
    const chain = [institution, ...(await this.store.ancestors(institutionId))];
    for (const link of chain) if (link.calendar) return this.store.calendar(link.calendar);
    return this.store.countryCalendar(institution.country);
  }

  institution(id: string): Promise<Institution | undefined> {
    return this.store.institution(id);
  }

  /** Parents of an institution, nearest first: where escalations go. */
  ancestors(id: string): Promise<Institution[]> {
    return this.store.ancestors(id);
  }

  /** Active people with `role` in `institution`; either may be omitted. */
  members(filter: { institution?: string; role?: string }): Promise<string[]> {
    return this.store.members(filter.institution, filter.role);
  }

  person(id: string): Promise<Person | undefined> {
    return this.store.person(id);
  }

  /** Sign-in lookup by email or person id; for identity providers only. */
  credentials(login: string): Promise<PersonCredentials | undefined> {
    return this.store.credentials(login);
  }

  /** The person using `email`, for identity providers that map an external account by email. */
  personIdByEmail(email: string): Promise<string | undefined> {
    return this.store.personIdByEmail(email);
  }

  isEmpty(): Promise<boolean> {
    return this.store.isEmpty();
  }

  // Reads for the API

  institutions(): Promise<Institution[]> {
    return this.store.institutions();
  }

  calendars(): Promise<BusinessCalendar[]> {
    return this.store.calendars();
  }

  roles(): Promise<DirectoryRole[]> {
    return this.store.roles();
  }

  people(): Promise<Person[]> {
    return this.store.people();
  }

  substitutions(): Promise<Substitution[]> {
    return this.store.substitutions();
  }

  // Writes

  async createCalendar(calendar: BusinessCalendar): Promise<BusinessCalendar> {
    await this.mustNotExist('calendar', calendar.id, 'calendario');
    return this.writeCalendar(calendar);
  }

  async updateCalendar(calendar: BusinessCalendar): Promise<BusinessCalendar> {
    await this.mustExist('calendar', calendar.id, 'calendario');
    return this.writeCalendar(calendar);
  }

  async deleteCalendar(id: string): Promise<void> {
    await this.mustExist('calendar', id, 'calendario');
    await this.deleteUnused(id, 'calendario', () => this.store.calendarUsage(id), () => this.store.deleteCalendar(id));
    this.changed();
  }

  async createInstitution(institution: Institution): Promise<Institution> {
    await this.mustNotExist('institution', institution.id, 'institución');
    return this.writeInstitution(institution);
  }

  async updateInstitution(institution: Institution): Promise<Institution> {
    await this.mustExist('institution', institution.id, 'institución');
    return this.writeInstitution(institution);
  }

  async deleteInstitution(id: string): Promise<void> {
    await this.mustExist('institution', id, 'institución');
    await this.deleteUnused(id, 'institución', () => this.store.institutionUsage(id), () => this.store.deleteInstitution(id));
    this.changed();
  }

  async createRole(role: DirectoryRole): Promise<DirectoryRole> {
    await this.mustNotExist('role', role.id, 'rol');
    return this.writeRole(role);
  }

  async updateRole(role: DirectoryRole): Promise<DirectoryRole> {
    await this.mustExist('role', role.id, 'rol');
    return this.writeRole(role);
  }

  async deleteRole(id: string): Promise<void> {
    await this.mustExist('role', id, 'rol');
    await this.deleteUnused(id, 'rol', () => this.store.roleUsage(id), () => this.store.deleteRole(id));
    this.changed();
  }

  /** Creates a person; `password` is optional (without one they cannot sign in locally). */
  async createPerson(person: Person & { password?: string }): Promise<Person> {
    await this.mustNotExist('person', person.id, 'persona');
    const document = await this.validate({ people: [person] });
    const entry = document.people[0];
    await this.store.savePerson(entry, entry.password ? await this.hasher.hash(entry.password) : null);
    this.changed();
    return (await this.store.person(person.id))!;
  }

  /** Replaces a person's name, email, platform roles, memberships and active flag; the password stays. */
  async updatePerson(person: Person): Promise<Person> {
    await this.mustExist('person', person.id, 'persona');
    const { password: _ignored, ...entry } = (await this.validate({ people: [person] })).people[0];
    await this.store.savePerson(entry);
    this.changed();
    return (await this.store.person(person.id))!;
  }

  async setPassword(personId: string, password: string): Promise<void> {
    await this.mustExist('person', personId, 'persona');
    await this.validate({ people: [{ ...(await this.store.person(personId))!, password }] });
    await this.store.setPasswordHash(personId, await this.hasher.hash(password));
  }

  async deletePerson(id: string): Promise<void> {
    if (!(await this.store.deletePerson(id))) throw new DirectoryError('not-found', `persona desconocida "${id}"`);
    this.changed();
  }

  async addSubstitution(substitution: Draft<Substitution>): Promise<Substitution> {
    const { id: _ignored, ...entry } = substitution;
    const [valid] = (await this.validate({ substitutes: [entry] })).substitutes;
    return this.store.saveSubstitution({ id: randomUUID(), ...valid });
  }

  async deleteSubstitution(id: string): Promise<void> {
    if (!(await this.store.deleteSubstitution(id))) throw new DirectoryError('not-found', `sustitución desconocida "${id}"`);
  }

  /**
   * Imports a directory document (YAML or JSON text, or an already parsed object): validates all of
   * it against the database, then creates or updates every entry in one transaction. People's
   * memberships and platform roles become the document's; a password is changed only when given.
   */
  async import(input: string | object, source?: string): Promise<ImportSummary> {
    const known = await this.known();
    let document: DirectoryDocument;
    try {
      document = typeof input === 'string' ? parseDirectoryText(input, known) : validateDirectoryDocument(input, known);
    } catch (error) {
      if (error instanceof DirectoryDocumentError && source) throw new DirectoryDocumentError(error.problems, source);
      throw error;
    }
    const hashes = await Promise.all(
      document.people.map((p) => (p.password ? this.hasher.hash(p.password) : Promise.resolve(undefined))),
    );
    await this.store.transaction(async (store) => {
      for (const calendar of document.calendars) await store.saveCalendar(calendar);
      await store.saveRoles(document.roles);
      await store.saveInstitutions(document.institutions);
      for (const [i, person] of document.people.entries()) {
        const { password: _password, ...entry } = person;
        await store.savePerson(entry, hashes[i]);
      }
      for (const s of document.substitutes) await store.saveSubstitution({ id: randomUUID(), ...s });
    });
    this.changed();
    return {
      calendars: document.calendars.length,
      roles: document.roles.length,
      institutions: document.institutions.length,
      people: document.people.length,
      substitutes: document.substitutes.length,
    };
  }

  private async writeCalendar(calendar: BusinessCalendar): Promise<BusinessCalendar> {
    await this.store.saveCalendar((await this.validate({ calendars: [calendar] })).calendars[0]);
    this.changed();
    return (await this.store.calendar(calendar.id))!;
  }

  private async writeInstitution(institution: Institution): Promise<Institution> {
    await this.store.saveInstitutions((await this.validate({ institutions: [institution] })).institutions);
    this.changed();
    return (await this.store.institution(institution.id))!;
  }

  private async writeRole(role: DirectoryRole): Promise<DirectoryRole> {
    await this.store.saveRoles((await this.validate({ roles: [role] })).roles);
    this.changed();
    return (await this.store.role(role.id))!;
  }

  private async validate(partial: object): Promise<DirectoryDocument> {
    return validateDirectoryDocument(partial, await this.known());
  }

  /** What the database holds, for validating references. */
  private async known(): Promise<KnownDirectory> {
    const [calendars, roles, institutions, people] = await Promise.all([
      this.store.calendars(),
      this.store.roles(),
      this.store.institutions(),
      this.store.people(),
    ]);
    const zones = new Map(institutions.map((i) => [i.id, i.timeZone]));
    return {
      calendars: new Set(calendars.map((c) => c.id)),
      roles: new Set(roles.map((r) => r.id)),
      institutions: new Map(institutions.map((i) => [i.id, { parent: i.parent, timeZone: i.timeZone }])),
      emails: new Map(people.map((p) => [p.email.toLowerCase(), p.id])),
      people: new Map(people.map((p) => [p.id, p.memberships[0] ? zones.get(p.memberships[0].institution) : undefined])),
    };
  }

  private async mustExist(kind: 'calendar' | 'institution' | 'role' | 'person', id: string, label: string): Promise<void> {
    if ((await this.store.existing(kind, [id])).size === 0) throw new DirectoryError('not-found', `${label} desconocido/a "${id}"`);
  }

  private async mustNotExist(kind: 'calendar' | 'institution' | 'role' | 'person', id: string, label: string): Promise<void> {
    if ((await this.store.existing(kind, [id])).size > 0) throw new DirectoryError('conflict', `ya existe ${label} "${id}"`);
  }

  private async deleteUnused(
    id: string,
    label: string,
    usage: () => Promise<{ count: number; what: string }>,
    remove: () => Promise<boolean>,
  ): Promise<void> {
    const { count, what } = await usage();
    if (count > 0) throw new DirectoryError('conflict', `${label} "${id}" está en uso (${count} ${what}); no se borra`);
    await remove();
  }
}
