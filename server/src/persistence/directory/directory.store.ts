import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type {
  BusinessCalendar,
  DirectoryRole,
  Institution,
  Membership,
  Person,
  PlatformRole,
  Substitution,
} from '../../directory/directory.types.js';
import {
  BusinessCalendarEntity,
  DirectoryRoleEntity,
  InstitutionEntity,
  MembershipEntity,
  PersonEntity,
  SubstitutionEntity,
} from './directory.entities.js';

/** Sign-in view of a person: never leaves the server. */
export interface PersonCredentials {
  id: string;
  passwordHash: string | null;
  active: boolean;
}

/** How many rows refer to a directory entry; deleting it is refused while any do. */
export interface Usage {
  count: number;
  what: string;
}

const toCalendar = (row: BusinessCalendarEntity): BusinessCalendar => ({
  id: row.id,
  name: row.name,
  ...(row.country ? { country: row.country } : {}),
  timeZone: row.timeZone,
  workingDays: [...row.workingDays].sort((a, b) => a - b),
  holidays: [...row.holidays].sort((a, b) => a.date.localeCompare(b.date)),
});

const toInstitution = (row: InstitutionEntity): Institution => ({
  id: row.id,
  name: row.name,
  ...(row.shortName ? { shortName: row.shortName } : {}),
  ...(row.parentId ? { parent: row.parentId } : {}),
  country: row.country,
  timeZone: row.timeZone,
  ...(row.calendarId ? { calendar: row.calendarId } : {}),
});

const toRole = (row: DirectoryRoleEntity): DirectoryRole => ({
  id: row.id,
  name: row.name,
  ...(row.description ? { description: row.description } : {}),
});

const toSubstitution = (row: SubstitutionEntity): Substitution => ({
  id: row.id,
  person: row.personId,
  substitute: row.substituteId,
  from: row.startsAt.toISOString(),
  until: row.endsAt.toISOString(),
  ...(row.reason ? { reason: row.reason } : {}),
});

/**
 * The directory's tables. Every method runs on the store's connection or, inside
 * {@link DirectoryStore.transaction}, on that transaction.
 */
@Injectable()
export class DirectoryStore {
  private manager: EntityManager;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.manager = db.manager;
  }

  /** Runs `work` in one transaction; everything it does through the given store commits or none. */
  transaction<T>(work: (store: DirectoryStore) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => {
      const store = new DirectoryStore(this.db);
      store.manager = manager;
      return work(store);
    });
  }

  async isEmpty(): Promise<boolean> {
    const [row] = (await this.manager.query(
      'SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM person) AS n',
    )) as { n: string }[];
    return Number(row.n) === 0;
  }

  // Calendars

  async calendars(): Promise<BusinessCalendar[]> {
    return (await this.manager.find(BusinessCalendarEntity, { order: { id: 'ASC' } })).map(toCalendar);
  }

  async calendar(id: string): Promise<BusinessCalendar | undefined> {
    const row = await this.manager.findOneBy(BusinessCalendarEntity, { id });
    return row ? toCalendar(row) : undefined;
  }

  /** The default calendar of a country: the first (by id) that names it. */
  async countryCalendar(country: string): Promise<BusinessCalendar | undefined> {
    const row = await this.manager.findOne(BusinessCalendarEntity, { where: { country }, order: { id: 'ASC' } });
    return row ? toCalendar(row) : undefined;
  }

  async saveCalendar(calendar: BusinessCalendar): Promise<void> {
    await this.manager.upsert(
      BusinessCalendarEntity,
      {
        id: calendar.id,
        name: calendar.name,
        country: calendar.country ?? null,
        timeZone: calendar.timeZone,
        workingDays: [...new Set(calendar.workingDays)].sort((a, b) => a - b),
        holidays: [...calendar.holidays].sort((a, b) => a.date.localeCompare(b.date)),
        updatedAt: new Date(),
      },
      ['id'],
    );
  }

  async calendarUsage(id: string): Promise<Usage> {
    return { count: await this.manager.countBy(InstitutionEntity, { calendarId: id }), what: 'institutions' };
  }

  async deleteCalendar(id: string): Promise<boolean> {
    return ((await this.manager.delete(BusinessCalendarEntity, { id })).affected ?? 0) > 0;
  }

  // Institutions

  async institutions(): Promise<Institution[]> {
    return (await this.manager.find(InstitutionEntity, { order: { id: 'ASC' } })).map(toInstitution);
  }

  async institution(id: string): Promise<Institution | undefined> {
    const row = await this.manager.findOneBy(InstitutionEntity, { id });
    return row ? toInstitution(row) : undefined;
  }

  /** The institution's parents, nearest first (not including itself). */
  async ancestors(id: string): Promise<Institution[]> {
    const rows = (await this.manager.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM institution WHERE id = $1
         UNION ALL
         SELECT i.id, i.parent_id, up.depth + 1 FROM institution i JOIN up ON i.id = up.parent_id
         WHERE up.depth < 64)
       SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
      [id],
    )) as { id: string }[];
    const byId = new Map(
      (await this.manager.findBy(InstitutionEntity, { id: In(rows.map((row) => row.id)) })).map((row) => [row.id, row]),
    );
    return rows.flatMap((row) => (byId.has(row.id) ? [toInstitution(byId.get(row.id)!)] : []));
  }

  /**
   * Saves institutions. Within one call, parents are written before their children, so a set
   * that refers to itself can be saved at once.
   */
  async saveInstitutions(institutions: Institution[]): Promise<void> {
    const pending = new Map(institutions.map((institution) => [institution.id, institution]));
    const saved = new Set<string>();
    while (pending.size > 0) {
      const ready = [...pending.values()].filter((i) => !i.parent || !pending.has(i.parent) || saved.has(i.parent));
      const batch = ready.length > 0 ? ready : [...pending.values()]; // a cycle: let the database refuse it
      for (const institution of batch) {
        await this.manager.upsert(
          InstitutionEntity,
          {
            id: institution.id,
            name: institution.name,
            shortName: institution.shortName ?? null,
            parentId: institution.parent ?? null,
            country: institution.country,
            timeZone: institution.timeZone,
            calendarId: institution.calendar ?? null,
            updatedAt: new Date(),
          },
          ['id'],
        );
        pending.delete(institution.id);
        saved.add(institution.id);
      }
    }
  }

  async institutionUsage(id: string): Promise<Usage> {
    const children = await this.manager.countBy(InstitutionEntity, { parentId: id });
    if (children > 0) return { count: children, what: 'child institutions' };
    return { count: await this.manager.countBy(MembershipEntity, { institutionId: id }), what: 'memberships' };
  }

  async deleteInstitution(id: string): Promise<boolean> {
    return ((await this.manager.delete(InstitutionEntity, { id })).affected ?? 0) > 0;
  }

  // Roles

  async roles(): Promise<DirectoryRole[]> {
    return (await this.manager.find(DirectoryRoleEntity, { order: { id: 'ASC' } })).map(toRole);
  }

  async role(id: string): Promise<DirectoryRole | undefined> {
    const row = await this.manager.findOneBy(DirectoryRoleEntity, { id });
    return row ? toRole(row) : undefined;
  }

  async saveRoles(roles: DirectoryRole[]): Promise<void> {
    for (const role of roles) {
      await this.manager.upsert(
        DirectoryRoleEntity,
        { id: role.id, name: role.name, description: role.description ?? null },
        ['id'],
      );
    }
  }

  async roleUsage(id: string): Promise<Usage> {
    const [row] = (await this.manager.query('SELECT count(*) AS n FROM membership WHERE $1 = ANY(roles)', [id])) as {
      n: string;
    }[];
    return { count: Number(row.n), what: 'memberships' };
  }

  async deleteRole(id: string): Promise<boolean> {
    return ((await this.manager.delete(DirectoryRoleEntity, { id })).affected ?? 0) > 0;
  }

  // People

  async people(): Promise<Person[]> {
    const rows = await this.manager.find(PersonEntity, { order: { id: 'ASC' } });
    return this.withMemberships(rows);
  }

  async person(id: string): Promise<Person | undefined> {
    const row = await this.manager.findOneBy(PersonEntity, { id });
    return row ? (await this.withMemberships([row]))[0] : undefined;
  }

  /** The person whose email (any case) or id is `login`. */
  async credentials(login: string): Promise<PersonCredentials | undefined> {
    const rows = (await this.manager.query(
      'SELECT id, password_hash, active FROM person WHERE id = $1 OR lower(email) = lower($1) ORDER BY (id = $1) DESC LIMIT 1',
      [login],
    )) as { id: string; password_hash: string | null; active: boolean }[];
    const row = rows[0];
    return row ? { id: row.id, passwordHash: row.password_hash, active: row.active } : undefined;
  }

  /** The id of the person using `email` (any case), if any. */
  async personIdByEmail(email: string): Promise<string | undefined> {
    const rows = (await this.manager.query('SELECT id FROM person WHERE lower(email) = lower($1)', [email])) as {
      id: string;
    }[];
    return rows[0]?.id;
  }

  /**
   * Saves a person and replaces their memberships. `passwordHash`: a new hash, `null` to remove
   * the password, `undefined` to keep the stored one.
   */
  async savePerson(person: Person, passwordHash?: string | null): Promise<void> {
    await this.manager.upsert(
      PersonEntity,
      {
        id: person.id,
        name: person.name,
        email: person.email,
        platformRoles: [...new Set(person.platformRoles)],
        active: person.active,
        updatedAt: new Date(),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      },
      ['id'],
    );
    await this.manager.delete(MembershipEntity, { personId: person.id });
    if (person.memberships.length > 0) {
      await this.manager.insert(
        MembershipEntity,
        person.memberships.map((m) => ({ personId: person.id, institutionId: m.institution, roles: [...new Set(m.roles)] })),
      );
    }
  }

  async setPasswordHash(personId: string, passwordHash: string): Promise<boolean> {
    return ((await this.manager.update(PersonEntity, { id: personId }, { passwordHash, updatedAt: new Date() })).affected ?? 0) > 0;
  }

  async deletePerson(id: string): Promise<boolean> {
    return ((await this.manager.delete(PersonEntity, { id })).affected ?? 0) > 0;
  }

  /** Memberships of the given people, by person id. */
  async memberships(personIds: string[]): Promise<Map<string, Membership[]>> {
    const result = new Map<string, Membership[]>(personIds.map((id) => [id, []]));
    if (personIds.length === 0) return result;
    const rows = await this.manager.find(MembershipEntity, {
      where: { personId: In(personIds) },
      order: { institutionId: 'ASC' },
    });
    for (const row of rows) result.get(row.personId)?.push({ institution: row.institutionId, roles: [...row.roles] });
    return result;
  }

  /** People with `role` in `institution` (or in any institution when it is omitted). */
  async members(institution?: string, role?: string): Promise<string[]> {
    const rows = (await this.manager.query(
      `SELECT DISTINCT m.person_id FROM membership m JOIN person p ON p.id = m.person_id
       WHERE p.active AND ($1::text IS NULL OR m.institution_id = $1) AND ($2::text IS NULL OR $2 = ANY(m.roles))
       ORDER BY m.person_id`,
      [institution ?? null, role ?? null],
    )) as { person_id: string }[];
    return rows.map((row) => row.person_id);
  }

  private async withMemberships(rows: PersonEntity[]): Promise<Person[]> {
    const memberships = await this.memberships(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      platformRoles: [...row.platformRoles].sort() as PlatformRole[],
      memberships: memberships.get(row.id) ?? [],
      active: row.active,
    }));
  }

  // Substitutions

  async substitutions(): Promise<Substitution[]> {
    return (await this.manager.find(SubstitutionEntity, { order: { startsAt: 'ASC', id: 'ASC' } })).map(toSubstitution);
  }

  async substitution(id: string): Promise<Substitution | undefined> {
    const row = await this.manager.findOneBy(SubstitutionEntity, { id });
    return row ? toSubstitution(row) : undefined;
  }

  /** Substitutions in which `substituteId` stands in for someone at `at`. */
  async activeSubstitutionsOf(substituteId: string, at: Date): Promise<Substitution[]> {
    const rows = await this.manager
      .createQueryBuilder(SubstitutionEntity, 's')
      .where('s.substitute_id = :substituteId', { substituteId })
      .andWhere('s.starts_at <= :at AND s.ends_at > :at', { at })
      .orderBy('s.person_id')
      .getMany();
    return rows.map(toSubstitution);
  }

  /** Saves a substitution; one with the same person, substitute and start keeps its id and gets the new end and reason. */
  async saveSubstitution(substitution: Substitution): Promise<Substitution> {
    const rows = (await this.manager.query(
      `INSERT INTO substitution (id, person_id, substitute_id, starts_at, ends_at, reason)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (person_id, substitute_id, starts_at) DO UPDATE SET ends_at = EXCLUDED.ends_at, reason = EXCLUDED.reason
       RETURNING id`,
      [
        substitution.id,
        substitution.person,
        substitution.substitute,
        new Date(substitution.from),
        new Date(substitution.until),
        substitution.reason ?? null,
      ],
    )) as { id: string }[];
    return toSubstitution(await this.manager.findOneByOrFail(SubstitutionEntity, { id: rows[0].id }));
  }

  async deleteSubstitution(id: string): Promise<boolean> {
    return ((await this.manager.delete(SubstitutionEntity, { id })).affected ?? 0) > 0;
  }

  // Existence

  /** Of the given ids, those present in the table. */
  async existing(kind: 'institution' | 'person' | 'role' | 'calendar', ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const entity = {
      institution: InstitutionEntity,
      person: PersonEntity,
      role: DirectoryRoleEntity,
      calendar: BusinessCalendarEntity,
    }[kind];
    const rows = (await this.manager.find(entity, { select: { id: true }, where: { id: In(ids) } })) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }
}
