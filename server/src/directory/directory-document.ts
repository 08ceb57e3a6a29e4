import { DateTime, IANAZone } from 'luxon';
import { LineCounter, parseDocument } from 'yaml';
import {
  PLATFORM_ROLES,
  SLUG,
  type BusinessCalendar,
  type DirectoryRole,
  type Holiday,
  type Institution,
  type Membership,
  type Person,
  type PlatformRole,
} from './directory.types.js';

/** A person as a directory file gives them: with an optional (demo) password. */
export interface PersonEntry extends Person {
  password?: string;
}

/** A substitution as a directory file gives it (no id: it is keyed by person, substitute and start). */
export interface SubstitutionEntry {
  person: string;
  substitute: string;
  from: string;
  until: string;
  reason?: string;
}

/** A validated directory document; see `processes/directory/README.md` for the format. */
export interface DirectoryDocument {
  calendars: BusinessCalendar[];
  roles: DirectoryRole[];
  institutions: Institution[];
  people: PersonEntry[];
  substitutes: SubstitutionEntry[];
}

/** One thing wrong with a directory document, named by entry and field. */
export interface DirectoryProblem {
  /** The entry, e.g. `people[3] (ana-gomez)`; `document` for the whole file. */
  entry: string;
  /** The field inside the entry, e.g. `memberships[0].institution`; empty for the entry itself. */
  field: string;
  message: string;
  /** 1-based line in the file, when the document came as text. */
  line?: number;
}

/** What the database already holds, so a document may refer to it. */
export interface KnownDirectory {
  calendars: Set<string>;
  roles: Set<string>;
  /** Institution id → its parent and time zone. */
  institutions: Map<string, { parent?: string; timeZone: string }>;
  /** Lower-case email → person id. */
  emails: Map<string, string>;
  /** Person id → the time zone of their first institution. */
  people: Map<string, string | undefined>;
}

export const EMPTY_DIRECTORY: KnownDirectory = {
  calendars: new Set(),
  roles: new Set(),
  institutions: new Map(),
  emails: new Map(),
  people: new Map(),
};

/** A directory document that cannot be applied; nothing was changed. */
export class DirectoryDocumentError extends Error {
  constructor(readonly problems: DirectoryProblem[], source?: string) {
    super(
      `${source ? `${source}: ` : ''}el directorio tiene ${problems.length} error(es) / the directory has errors:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DirectoryDocumentError';
  }
}

export function formatProblem(problem: DirectoryProblem): string {
  const where = [problem.line ? `línea ${problem.line}` : '', problem.entry, problem.field].filter(Boolean).join(' ');
  return `${where}: ${problem.message}`;
}

const SECTIONS = ['version', 'calendars', 'roles', 'institutions', 'people', 'substitutes'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Whether `code` is an ISO 3166-1 alpha-2 country code known to ICU. */
export function isCountryCode(code: string): boolean {
  const name = regionNames.of(code);
  return /^[A-Z]{2}$/.test(code) && name !== code && name !== 'Unknown Region';
}

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

type Path = (string | number)[];
type Raw = Record<string, unknown>;

/** Collects problems while reading one entry. */
class EntryReader {
  constructor(
    private readonly problems: RawProblem[],
    readonly label: string,
    readonly path: Path,
    readonly raw: Raw,
  ) {}

  problem(field: Path, message: string): void {
    this.problems.push({ entry: this.label, path: [...this.path, ...field], field, message });
  }

  allow(keys: string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (!keys.includes(key)) this.problem([key], `campo desconocido; se esperaba uno de: ${keys.join(', ')}`);
    }
  }

  string(key: string, options: { required?: boolean; pattern?: RegExp; patternName?: string } = {}): string | undefined {
    const value = this.raw[key];
    if (value === undefined || value === null || value === '') {
      if (options.required) this.problem([key], 'falta / is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem([key], `debe ser un texto, no ${describe(value)}`);
      return undefined;
    }
    if (options.pattern && !options.pattern.test(value)) {
      this.problem([key], `"${value}" no es ${options.patternName ?? 'válido'}`);
      return undefined;
    }
    return value.trim();
  }

  list(key: string): unknown[] {
    const value = this.raw[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem([key], `debe ser una lista, no ${describe(value)}`);
      return [];
    }
    return value;
  }
}

interface RawProblem {
  entry: string;
  path: Path;
  field: Path;
  message: string;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'una lista';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'un objeto' : `${typeof value} ${JSON.stringify(value)}`;
}

function fieldName(field: Path): string {
  return field.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

const slug = { pattern: SLUG, patternName: 'un id válido (minúsculas, dígitos y guiones: "colombia-productiva")' };

/**
 * Parses a directory document given as YAML or JSON text (JSON is YAML) and validates it
 * against what the database already holds. Problems name the entry, field and line.
 */
export function parseDirectoryText(text: string, known: KnownDirectory = EMPTY_DIRECTORY): DirectoryDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new DirectoryDocumentError(
      doc.errors.map((error) => ({
        entry: 'document',
        field: '',
        message: `YAML/JSON mal formado: ${error.message.split('\n')[0]}`,
        line: error.linePos?.[0]?.line,
      })),
    );
  }
  const lineOf = (path: Path): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return validateDirectoryDocument(doc.toJS({ maxAliasCount: 100 }), known, lineOf);
}

/** Validates a parsed directory document; throws {@link DirectoryDocumentError} listing every problem. */
export function validateDirectoryDocument(
  input: unknown,
  known: KnownDirectory = EMPTY_DIRECTORY,
  lineOf: (path: Path) => number | undefined = () => undefined,
): DirectoryDocument {
  const problems: RawProblem[] = [];
  const result: DirectoryDocument = { calendars: [], roles: [], institutions: [], people: [], substitutes: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DirectoryDocumentError([
      { entry: 'document', field: '', message: 'debe ser un objeto con calendars, roles, institutions, people, substitutes' },
    ]);
  }
  const root = new EntryReader(problems, 'document', [], input as Raw);
  root.allow([...SECTIONS]);
  if (root.raw.version !== undefined && root.raw.version !== 1) root.problem(['version'], 'solo se admite la versión 1');

  const entries = (section: string, keyOf: (raw: Raw) => unknown = (raw) => raw.id): EntryReader[] =>
    root.list(section).flatMap((raw, index) => {
      const key = typeof raw === 'object' && raw !== null ? keyOf(raw as Raw) : undefined;
      const label = `${section}[${index}]${typeof key === 'string' ? ` (${key})` : ''}`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push({ entry: label, path: [section, index], field: [], message: `debe ser un objeto, no ${describe(raw)}` });
        return [];
      }
      return [new EntryReader(problems, label, [section, index], raw as Raw)];
    });

  const unique = (reader: EntryReader, seen: Set<string>, id: string | undefined): void => {
    if (id === undefined) return;
    if (seen.has(id)) reader.problem(['id'], `id repetido "${id}"`);
    seen.add(id);
  };

  // Calendars
  const calendarIds = new Set<string>();
  for (const reader of entries('calendars')) {
    reader.allow(['id', 'name', 'country', 'timeZone', 'workingDays', 'holidays']);
    const id = reader.string('id', { required: true, ...slug });
    unique(reader, calendarIds, id);
    const name = reader.string('name', { required: true });
    const country = countryOf(reader);
    const timeZone = timeZoneOf(reader);
    const workingDays: number[] = [];
    const rawDays = reader.list('workingDays');
    if (rawDays.length === 0) reader.problem(['workingDays'], 'falta: días hábiles ISO 1 (lunes) a 7 (domingo)');
    rawDays.forEach((day, i) => {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        reader.problem(['workingDays', i], `${JSON.stringify(day)} no es un día ISO de 1 (lunes) a 7 (domingo)`);
      } else if (workingDays.includes(day)) reader.problem(['workingDays', i], `día ${day} repetido`);
      else workingDays.push(day);
    });
    const holidays: Holiday[] = [];
    reader.list('holidays').forEach((raw, i) => {
      const holiday = typeof raw === 'string' ? { date: raw } : raw;
      if (typeof holiday !== 'object' || holiday === null || Array.isArray(holiday)) {
        reader.problem(['holidays', i], 'debe ser una fecha "AAAA-MM-DD" o {date, name}');
        return;
      }
      const { date, name: holidayName, ...rest } = holiday as Raw;
      for (const key of Object.keys(rest)) reader.problem(['holidays', i, key], 'campo desconocido; se esperaba date o name');
      if (typeof date !== 'string' || !DATE.test(date) || !DateTime.fromISO(date).isValid) {
        reader.problem(['holidays', i, ...(typeof raw === 'string' ? [] : ['date'])], `${JSON.stringify(date)} no es una fecha AAAA-MM-DD`);
        return;
      }
      if (holidays.some((h) => h.date === date)) reader.problem(['holidays', i], `feriado ${date} repetido`);
      holidays.push(typeof holidayName === 'string' && holidayName ? { date, name: holidayName } : { date });
    });
    if (id && name && timeZone && workingDays.length > 0) {
      result.calendars.push({ id, name, ...(country ? { country } : {}), timeZone, workingDays: workingDays.sort((a, b) => a - b), holidays });
    }
  }
  const calendarExists = (id: string) => calendarIds.has(id) || known.calendars.has(id);

  // Roles
  const roleIds = new Set<string>();
  for (const reader of entries('roles')) {
    reader.allow(['id', 'name', 'description']);
    const id = reader.string('id', { required: true, ...slug });
    unique(reader, roleIds, id);
    const name = reader.string('name', { required: true });
    const description = reader.string('description');
    if (id && name) result.roles.push({ id, name, ...(description ? { description } : {}) });
  }
  const roleExists = (id: string) => roleIds.has(id) || known.roles.has(id);

  // Institutions
  const institutionIds = new Set<string>();
  const institutionReaders = entries('institutions');
  const parents = new Map<string, string | undefined>([...known.institutions].map(([id, i]) => [id, i.parent]));
  const zones = new Map<string, string>([...known.institutions].map(([id, i]) => [id, i.timeZone]));
  for (const reader of institutionReaders) {
    const id = typeof reader.raw.id === 'string' ? reader.raw.id : undefined;
    if (id) {
      institutionIds.add(id);
      parents.set(id, typeof reader.raw.parent === 'string' ? reader.raw.parent : undefined);
      if (typeof reader.raw.timeZone === 'string') zones.set(id, reader.raw.timeZone);
    }
  }
  const institutionExists = (id: string) => institutionIds.has(id) || known.institutions.has(id);
  const seenInstitutions = new Set<string>();
  for (const reader of institutionReaders) {
    reader.allow(['id', 'name', 'shortName', 'parent', 'country', 'timeZone', 'calendar']);
    const id = reader.string('id', { required: true, ...slug });
    unique(reader, seenInstitutions, id);
    const name = reader.string('name', { required: true });
    const shortName = reader.string('shortName');
    const parent = reader.string('parent', slug);
    if (parent && !institutionExists(parent)) reader.problem(['parent'], `institución desconocida "${parent}"`);
    if (parent && id && parent === id) reader.problem(['parent'], 'una institución no puede ser su propia madre');
    else if (parent && id && reachesItself(id, parents)) reader.problem(['parent'], `la jerarquía forma un ciclo desde "${id}"`);
    const country = countryOf(reader, true);
    const timeZone = timeZoneOf(reader);
    const calendar = reader.string('calendar', slug);
    if (calendar && !calendarExists(calendar)) reader.problem(['calendar'], `calendario desconocido "${calendar}"`);
    if (id && name && country && timeZone) {
      result.institutions.push({
        id,
        name,
        ...(shortName ? { shortName } : {}),
        ...(parent ? { parent } : {}),
        country,
        timeZone,
        ...(calendar ? { calendar } : {}),
      });
    }
  }

  // People
  const personIds = new Set<string>();
  const emails = new Map(known.emails);
  const personZones = new Map(known.people);
  for (const reader of entries('people')) {
    reader.allow(['id', 'name', 'email', 'password', 'platformRoles', 'memberships', 'active']);
    const id = reader.string('id', { required: true, ...slug });
    unique(reader, personIds, id);
    const name = reader.string('name', { required: true });
    const email = reader.string('email', { required: true, pattern: EMAIL, patternName: 'un correo válido' });
    if (email && id) {
      const owner = emails.get(email.toLowerCase());
      if (owner !== undefined && owner !== id) reader.problem(['email'], `el correo ${email} ya es de "${owner}"`);
      emails.set(email.toLowerCase(), id);
    }
    const password = reader.string('password');
    if (password !== undefined && password.length < 8) reader.problem(['password'], 'debe tener al menos 8 caracteres');
    const platformRoles: PlatformRole[] = [];
    reader.list('platformRoles').forEach((role, i) => {
      if (typeof role !== 'string' || !(PLATFORM_ROLES as readonly string[]).includes(role)) {
        reader.problem(['platformRoles', i], `${JSON.stringify(role)} no es un rol de plataforma (${PLATFORM_ROLES.join(', ')})`);
      } else if (!platformRoles.includes(role as PlatformRole)) platformRoles.push(role as PlatformRole);
    });
    const memberships: Membership[] = [];
    reader.list('memberships').forEach((raw, i) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        reader.problem(['memberships', i], 'debe ser {institution, roles}');
        return;
      }
      const { institution, roles, ...rest } = raw as Raw;
      for (const key of Object.keys(rest)) reader.problem(['memberships', i, key], 'campo desconocido; se esperaba institution o roles');
      if (typeof institution !== 'string' || !institutionExists(institution)) {
        reader.problem(['memberships', i, 'institution'], institution === undefined ? 'falta' : `institución desconocida ${JSON.stringify(institution)}`);
        return;
      }
      if (memberships.some((x) => x.institution === institution)) {
        reader.problem(['memberships', i, 'institution'], `membresía repetida en "${institution}"`);
        return;
      }
      const names: string[] = [];
      (Array.isArray(roles) ? roles : roles === undefined ? [] : [roles]).forEach((role, j) => {
        if (typeof role !== 'string' || !roleExists(role)) {
          reader.problem(['memberships', i, 'roles', j], `rol desconocido ${JSON.stringify(role)} (declárelo en roles)`);
        } else if (!names.includes(role)) names.push(role);
      });
      memberships.push({ institution, roles: names });
    });
    const active = reader.raw.active;
    if (active !== undefined && typeof active !== 'boolean') reader.problem(['active'], 'debe ser true o false');
    if (id) personZones.set(id, memberships.length > 0 ? zones.get(memberships[0].institution) : undefined);
    if (id && name && email) {
      result.people.push({
        id,
        name,
        email,
        ...(password ? { password } : {}),
        platformRoles,
        memberships,
        active: active !== false,
      });
    }
  }
  const personExists = (id: string) => personIds.has(id) || known.people.has(id);

  // Substitutes
  for (const reader of entries('substitutes', (raw) => (typeof raw.person === 'string' ? `${raw.person} → ${String(raw.substitute)}` : undefined))) {
    reader.allow(['person', 'substitute', 'from', 'until', 'reason']);
    const person = reader.string('person', { required: true, ...slug });
    const substitute = reader.string('substitute', { required: true, ...slug });
    if (person && !personExists(person)) reader.problem(['person'], `persona desconocida "${person}"`);
    if (substitute && !personExists(substitute)) reader.problem(['substitute'], `persona desconocida "${substitute}"`);
    if (person && substitute && person === substitute) reader.problem(['substitute'], 'una persona no puede suplirse a sí misma');
    const zone = (person && personZones.get(person)) || 'UTC';
    const from = instantOf(reader, 'from', zone, false);
    const until = instantOf(reader, 'until', zone, true);
    if (from && until && from >= until) reader.problem(['until'], '"until" debe ser posterior a "from"');
    const reason = reader.string('reason');
    if (person && substitute && from && until) {
      result.substitutes.push({ person, substitute, from, until, ...(reason ? { reason } : {}) });
    }
  }

  if (problems.length > 0) {
    throw new DirectoryDocumentError(
      problems.map((p) => ({ entry: p.entry, field: fieldName(p.field), message: p.message, line: lineOf(p.path) })),
    );
  }
  return result;
}

function countryOf(reader: EntryReader, required = false): string | undefined {
  const country = reader.string('country', { required });
  if (country && !isCountryCode(country)) {
    reader.problem(['country'], `"${country}" no es un código de país ISO 3166-1 alfa-2 (CO, CL, CR…)`);
    return undefined;
  }
  return country;
}

function timeZoneOf(reader: EntryReader): string | undefined {
  const zone = reader.string('timeZone', { required: true });
  if (zone && !isTimeZone(zone)) {
    reader.problem(['timeZone'], `"${zone}" no es una zona horaria IANA (America/Bogota, America/Santiago…)`);
    return undefined;
  }
  return zone;
}

/** An ISO date-time, or a date meaning the start of that day (`from`) or its end (`until`) in `zone`. */
function instantOf(reader: EntryReader, key: string, zone: string, endOfDay: boolean): string | undefined {
  const value = reader.raw[key];
  const text = value instanceof Date ? value.toISOString() : value;
  if (text === undefined || text === null || text === '') {
    reader.problem([key], 'falta: una fecha AAAA-MM-DD o una fecha y hora ISO 8601');
    return undefined;
  }
  if (typeof text !== 'string') {
    reader.problem([key], `debe ser una fecha, no ${describe(text)}`);
    return undefined;
  }
  if (DATE.test(text)) {
    const day = DateTime.fromISO(text, { zone });
    if (!day.isValid) {
      reader.problem([key], `"${text}" no es una fecha válida`);
      return undefined;
    }
    return (endOfDay ? day.plus({ days: 1 }) : day).toUTC().toISO()!;
  }
  const instant = DateTime.fromISO(text, { setZone: true });
  if (!instant.isValid || !/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    reader.problem([key], `"${text}" no es una fecha y hora ISO 8601 con zona (2026-03-01T08:00:00-05:00)`);
    return undefined;
  }
  return instant.toUTC().toISO()!;
}

function reachesItself(id: string, parents: Map<string, string | undefined>): boolean {
  const seen = new Set<string>();
  let current = parents.get(id);
  while (current !== undefined) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = parents.get(current);
  }
  return false;
}
