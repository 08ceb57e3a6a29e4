import type { DirectoryService } from '../../directory/directory.service.js';
import type { ActivatedJob } from '../../persistence/job.repository.js';
import { insertNotifications } from '../../persistence/notification.repository.js';
import { type Connector, ConnectorFailure, type ConnectorResult, headerList } from './connector.js';

/** Sends e-mail; present when SMTP is configured. */
export interface Mailer {
  send(message: { to: string[]; subject: string; text: string }): Promise<void>;
}

/**
 * `notify`: an in-app notification to people named directly (`to-people`) and to the members of
 * institutions (`to-institutions`), holding one of `to-roles` there when roles are given (roles
 * alone: anywhere); plus e-mail when SMTP is configured. Headers: `subject` (required), `body`,
 * and any other header is kept with the notification.
 */
export class NotifyConnector implements Connector {
  readonly type = 'notify';

  constructor(
    private readonly directory: DirectoryService,
    private readonly mailer?: Mailer,
    private readonly markEmailed: (jobKey: number, people: string[], at: Date) => Promise<void> = async () => undefined,
  ) {}

  async run(job: ActivatedJob, now: number): Promise<ConnectorResult> {
    const subject = job.headers.subject;
    if (!subject) throw new ConnectorFailure(`The notify job of "${job.elementId}" has no "subject" header.`);
    const recipients = await this.recipients(job.headers);
    if (recipients.length === 0) {
      throw new ConnectorFailure(`The notify job of "${job.elementId}" reaches nobody: no person matches ${JSON.stringify(pick(job.headers, ['to-people', 'to-institutions', 'to-roles']))}.`);
    }
    let notified: string[] = [];
    const mailer = this.mailer;
    return {
      variables: {},
      store: async (db) => {
        notified = await insertNotifications(
          db,
          { jobKey: Number(job.key), instanceKey: Number(job.instanceKey), elementId: job.elementId, subject, body: job.headers.body, headers: job.headers, createdAt: new Date(now) },
          recipients,
        );
      },
      afterCommit: mailer ? async () => {
        if (notified.length > 0) await this.email(mailer, Number(job.key), notified, subject, job.headers.body ?? subject);
      } : undefined,
    };
  }

  private async recipients(headers: Record<string, string>): Promise<string[]> {
    const people = new Set(headerList(headers['to-people']));
    const institutions = headerList(headers['to-institutions']);
    const roles = headerList(headers['to-roles']);
    if (institutions.length > 0) {
      for (const institution of institutions) {
        if (roles.length === 0) for (const person of await this.directory.members({ institution })) people.add(person);
        for (const role of roles) for (const person of await this.directory.members({ institution, role })) people.add(person);
      }
    } else {
      for (const role of roles) for (const person of await this.directory.members({ role })) people.add(person);
    }
    return [...people].sort();
  }

  private async email(mailer: Mailer, jobKey: number, people: string[], subject: string, text: string): Promise<void> {
    const addresses: string[] = [];
    for (const id of people) {
      const person = await this.directory.person(id);
      if (person?.email) addresses.push(person.email);
    }
    if (addresses.length === 0) return;
    await mailer.send({ to: addresses, subject, text });
    await this.markEmailed(jobKey, people, new Date());
  }
}

function pick(headers: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => headers[key]).map((key) => [key, headers[key]]));
}
