import { BadRequestException, Injectable, NotFoundException, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import type { Candidacy } from '../../directory/directory.types.js';
import type { DirectoryService } from '../../directory/directory.service.js';
import type { Actor } from '../../persistence/event-store.js';

/** Process owners, auditors and admins see every instance, task and history; participants only theirs. */
export function seesEverything(principal: Principal): boolean {
  return principal.platformRoles.some((role) => role === 'process-owner' || role === 'auditor' || role === 'admin');
}

/** The people, institutions and roles a principal acts for now (including substitutions). */
export function candidacyOf(directory: DirectoryService, principal: Principal, now: number): Promise<Candidacy> {
  return directory.candidatesFor(principal.personId, new Date(now));
}

/** The actor recorded for a person's command, naming whom they act for when substituting. */
export function personActor(principal: Principal, onBehalfOf?: string): Actor {
  return onBehalfOf && onBehalfOf !== principal.personId
    ? { kind: 'person', id: principal.personId, onBehalfOf }
    : { kind: 'person', id: principal.personId };
}

/** Engine keys in paths are decimal integers; anything else is a 400 naming the parameter. */
@Injectable()
export class ParseKeyPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    if (!/^\d{1,16}$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new BadRequestException(`El parámetro "${metadata.data ?? 'key'}" debe ser una clave numérica. / "${metadata.data ?? 'key'}" must be a numeric key, got "${value}".`);
    }
    return Number(value);
  }
}

/** The 404 for something that does not exist, or that the caller may not know exists. */
export function notFound(what: string): NotFoundException {
  return new NotFoundException(`${what} no existe. / ${what} was not found.`);
}
