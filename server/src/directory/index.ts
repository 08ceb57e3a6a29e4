/**
 * The directory, for other modules: import `DirectoryModule` and inject `DirectoryService` for
 * `candidatesFor(personId, at)`, `findMissing({institutions, roles, people})`, `calendar(id)`,
 * `calendarOf(institutionId)`, `ancestors(institutionId)` and `members({institution, role})`.
 */
export { DirectoryModule } from './directory.module.js';
export { DirectoryService, type ImportSummary } from './directory.service.js';
export { DirectoryError } from './directory.errors.js';
export type {
  BusinessCalendar,
  Candidacy,
  DirectoryRole,
  Holiday,
  Institution,
  Membership,
  MissingCandidates,
  Person,
  PlatformRole,
  Substitution,
} from './directory.types.js';
export { PLATFORM_ROLES } from './directory.types.js';
