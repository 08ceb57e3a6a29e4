import type { Candidacy } from '../directory/directory.types.js';

/**
 * The SQL condition (over `user_task` aliased `t`) for "this person may see and work on the task":
 * assigned to them or to someone they substitute for; or unassigned and they are a candidate, as a
 * named person, as a member of a candidate institution (holding a candidate role there, when the
 * task names roles), or holding a candidate role anywhere when the task names no institution.
 * Parameters are appended to `params`; returns the condition text.
 */
export function visibleToCandidate(candidacy: Candidacy, params: unknown[]): string {
  const at = (value: unknown) => `$${params.push(value)}`;
  const people = at(candidacy.people);
  const institutions = at(candidacy.institutionIds);
  const roleInstitutions = at(candidacy.roles.map((role) => role.institution));
  const roleNames = at(candidacy.roles.map((role) => role.role));
  const anyRole = at(candidacy.roleNames);
  return `(t.assignee = ANY(${people}::text[]) OR (t.assignee IS NULL AND (
      t.candidate_people && ${people}::text[]
      OR (t.candidate_institutions && ${institutions}::text[] AND (cardinality(t.candidate_roles) = 0 OR EXISTS (
            SELECT 1 FROM unnest(${roleInstitutions}::text[], ${roleNames}::text[]) AS r(institution, role)
            WHERE r.institution = ANY(t.candidate_institutions) AND r.role = ANY(t.candidate_roles))))
      OR (cardinality(t.candidate_institutions) = 0 AND t.candidate_roles && ${anyRole}::text[]))))`;
}

/** Whether a task row is visible to a person, evaluated in memory (same rule as the SQL above). */
export function taskVisibleTo(
  task: { assignee: string | null; candidate_people: string[]; candidate_institutions: string[]; candidate_roles: string[] },
  candidacy: Candidacy,
): boolean {
  if (task.assignee !== null) return candidacy.people.includes(task.assignee);
  if (task.candidate_people.some((person) => candidacy.people.includes(person))) return true;
  if (task.candidate_institutions.length > 0) {
    if (!task.candidate_institutions.some((institution) => candidacy.institutionIds.includes(institution))) return false;
    if (task.candidate_roles.length === 0) return true;
    return candidacy.roles.some((role) => task.candidate_institutions.includes(role.institution) && task.candidate_roles.includes(role.role));
  }
  return task.candidate_roles.some((role) => candidacy.roleNames.includes(role));
}
