/** The platform roles: what a person may do in Hito itself, independent of their institutions. */
export const PLATFORM_ROLES = ['process-owner', 'participant', 'auditor', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Ids of institutions, people, roles and calendars: lower-case slugs (`colombia-productiva`). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A public holiday of a business calendar. */
export interface Holiday {
  /** ISO date, `2026-07-20`. */
  date: string;
  name?: string;
}

/** Working days and holidays, used to count due dates in working days. */
export interface BusinessCalendar {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2; a calendar with a country is that country's default for its institutions. */
  country?: string;
  /** IANA time zone the days are counted in. */
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending. */
  workingDays: number[];
  /** Ascending by date. */
  holidays: Holiday[];
}

export interface Institution {
  id: string;
  name: string;
  shortName?: string;
  parent?: string;
  country: string;
  timeZone: string;
  /** The institution's own calendar; when absent it uses its parent's, else its country's. */
  calendar?: string;
}

export interface DirectoryRole {
  id: string;
  name: string;
  description?: string;
}

export interface Membership {
  institution: string;
  roles: string[];
}

export interface Person {
  id: string;
  name: string;
  email: string;
  platformRoles: PlatformRole[];
  memberships: Membership[];
  active: boolean;
}

/** A person (`person`) is replaced by `substitute` from `from` (inclusive) to `until` (exclusive). */
export interface Substitution {
  id: string;
  person: string;
  substitute: string;
  from: string;
  until: string;
  reason?: string;
}

/** What a person may act for at an instant: used by the inbox and the task commands. */
export interface Candidacy {
  personId: string;
  at: string;
  /** The person themself first, then everyone they substitute for at that instant. */
  people: string[];
  /** Institutions of all those people (direct memberships, not ancestors). */
  institutionIds: string[];
  /** Roles per institution of all those people. */
  roles: { institution: string; role: string }[];
  /** Distinct role names, for candidate roles given without an institution. */
  roleNames: string[];
  /** For each person substituted for: the substitution that grants it. */
  onBehalfOf: { person: string; substitution: string; until: string }[];
}

/** Ids a BPMN assignment names that the directory does not know. */
export interface MissingCandidates {
  institutions: string[];
  roles: string[];
  people: string[];
}
