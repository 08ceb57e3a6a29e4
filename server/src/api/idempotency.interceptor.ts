import {
  applyDecorators, BadRequestException, ConflictException, Injectable, UnprocessableEntityException, UseInterceptors,
  type CallHandler, type ExecutionContext, type NestInterceptor,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { lastValueFrom, type Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { canonicalJson } from '../audit/canonical-json.js';
import type { Principal } from '../auth/principal.js';
import { IDEMPOTENCY_PENDING, idempotencyKeys, type IdempotencyRecord } from '../persistence/idempotency.repository.js';
import { commandScope, type CommandScope } from '../runtime/command-scope.js';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/**
 * How long a retry waits for the response of a first request with the same key whose command has
 * committed: storing the response follows the commit within milliseconds, unless the server that
 * ran it died in between (then the response is lost and waiting longer would not bring it).
 */
const PENDING_WAIT_MS = 3_000;

const isDuplicateKey = (error: unknown): boolean => {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const constraint = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && constraint === 'idempotency_key_pkey';
};

/**
 * `Idempotency-Key` for command routes. The key (per caller) is claimed inside the command's own
 * transaction, so it exists exactly when the command committed; the response is stored right
 * after. A retry with the same key and body gets the first response (status and body, with
 * `Idempotent-Replayed: true`) and runs nothing; the same key with another request is a 422.
 * Requests that fail change nothing and store nothing, so their retry runs again. If the server
 * dies between the commit and storing the response, a retry gets 409 (the command ran; its
 * response is lost) instead of running it twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly db: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.header(HEADER);
    if (header === undefined) return next.handle();
    if (!KEY_PATTERN.test(header)) {
      throw new BadRequestException('Idempotency-Key debe tener de 1 a 200 caracteres ASCII visibles. / Idempotency-Key must be 1 to 200 visible ASCII characters.');
    }
    const key = `${request.principal?.personId ?? '-'}:${header}`;
    const requestHash = createHash('sha256')
      .update(canonicalJson({ method: request.method, path: request.originalUrl, body: request.body ?? null }))
      .digest('hex');
    const stored = await idempotencyKeys.find(this.db.manager, key);
    if (stored) return of(await this.replay(key, stored, requestHash, response));
    const scope: CommandScope = { entered: false, enter: (db) => idempotencyKeys.claim(db, key, requestHash) };
    let value: unknown;
    try {
      value = await lastValueFrom(commandScope.run(scope, () => next.handle()), { defaultValue: undefined });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A concurrent request with the same key committed first: answer as its retry.
      const first = await idempotencyKeys.find(this.db.manager, key);
      if (!first) throw error;
      return of(await this.replay(key, first, requestHash, response));
    }
    if (scope.entered) await idempotencyKeys.complete(this.db.manager, key, response.statusCode, value);
    return of(value);
  }

  /** The first response for a retry, after waiting (bounded) for a concurrent first request. */
  private async replay(key: string, stored: IdempotencyRecord, requestHash: string, response: Response): Promise<unknown> {
    if (stored.requestHash !== requestHash) {
      throw new UnprocessableEntityException('Esta Idempotency-Key ya se usó con otra solicitud. / This Idempotency-Key was used with a different request.');
    }
    let current: IdempotencyRecord | undefined = stored;
    for (const deadline = Date.now() + PENDING_WAIT_MS; current?.status === IDEMPOTENCY_PENDING && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      current = await idempotencyKeys.find(this.db.manager, key);
    }
    if (!current || current.status === IDEMPOTENCY_PENDING) {
      throw new ConflictException('La solicitud con esta Idempotency-Key ya se ejecutó, pero su respuesta no está disponible. / The request with this Idempotency-Key already ran; its response is not available.');
    }
    response.status(current.status);
    response.setHeader('Idempotent-Replayed', 'true');
    return current.response ?? undefined;
  }
}

/** Makes a command route honour the `Idempotency-Key` header. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Reintentos seguros: la misma clave y el mismo cuerpo devuelven la primera respuesta sin ejecutar nada. / Safe retries: the same key and body return the first response and run nothing; the same key with another body is a 422.',
    }),
  );
