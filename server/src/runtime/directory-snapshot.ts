import type { DirectoryService } from '../directory/directory.service.js';
import type { BusinessCalendar as DirectoryCalendar, Institution } from '../directory/directory.types.js';
import type { CalendarPort } from '../engine/time/business-calendar.js';
import type { BusinessCalendar } from '../engine/time/business-calendar.js';
import type { CandidateCheck } from '../engine/processing/types.js';

/** What the engine asks of the directory while it runs (synchronously): calendars and known ids. */
export interface DirectoryPorts {
  calendars: CalendarPort;
  candidateCheck: CandidateCheck;
}

const toEngineCalendar = (calendar: DirectoryCalendar): BusinessCalendar => ({
  timeZone: calendar.timeZone,
  workingDays: calendar.workingDays,
  holidays: calendar.holidays.map((holiday) => holiday.date),
});

/**
 * The directory as the engine sees it during a batch: business calendars by calendar id or by
 * institution id (its own calendar, else its nearest parent's, else its country's), and a check
 * naming candidate ids the directory does not know. Read again after any change this server
 * process makes, and at least every `maxAgeMs` for changes made by others.
 */
export class DirectorySnapshot {
  private ports?: DirectoryPorts;
  private loadedAt = -Infinity;
  private loading?: Promise<DirectoryPorts>;
  /** Bumped by every change: a load that started before one does not count as fresh. */
  private generation = 0;

  constructor(private readonly directory: DirectoryService, private readonly maxAgeMs = 5000) {
    // A change made through this server process is seen by the next batch; another server
    // process's change, within maxAgeMs.
    directory.onChange(() => {
      this.generation++;
      this.loadedAt = -Infinity;
    });
  }

  async current(): Promise<DirectoryPorts> {
    if (this.ports && performance.now() - this.loadedAt < this.maxAgeMs) return this.ports;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<DirectoryPorts> {
    const generation = this.generation;
    const [calendars, institutions, roles, people] = await Promise.all([
      this.directory.calendars(),
      this.directory.institutions(),
      this.directory.roles(),
      this.directory.people(),
    ]);
    const byId = new Map(calendars.map((calendar) => [calendar.id, toEngineCalendar(calendar)]));
    const institutionById = new Map(institutions.map((institution) => [institution.id, institution]));
    const calendarOf = (institution: Institution): BusinessCalendar | undefined => {
      for (let link: Institution | undefined = institution; link; link = link.parent ? institutionById.get(link.parent) : undefined) {
        if (link.calendar && byId.has(link.calendar)) return byId.get(link.calendar);
      }
      const national = calendars.find((calendar) => calendar.country === institution.country);
      return national ? byId.get(national.id) : undefined;
    };
    const roleIds = new Set(roles.map((role) => role.id));
    const personIds = new Set(people.map((person) => person.id));
    this.ports = {
      calendars: {
        calendar: (id) => byId.get(id) ?? (institutionById.has(id) ? calendarOf(institutionById.get(id)!) : undefined),
      },
      candidateCheck: (candidates) => [
        ...candidates.candidateInstitutions.filter((id) => !institutionById.has(id)),
        ...candidates.candidateRoles.filter((id) => !roleIds.has(id)),
        ...candidates.candidatePeople.filter((id) => !personIds.has(id)),
        ...(candidates.assignee && !personIds.has(candidates.assignee) ? [candidates.assignee] : []),
      ],
    };
    if (generation === this.generation) this.loadedAt = performance.now();
    return this.ports;
  }
}
