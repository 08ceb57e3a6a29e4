import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DirectoryDocumentError } from '../directory/directory-document.js';
import { DirectoryError } from '../directory/directory.errors.js';
import { CommandRejectedError, InvalidDeploymentError, NotFoundError } from '../runtime/errors.js';
import { problem, type FieldProblem, type Problem } from './problem.js';
import { FieldValidationException } from './validation.pipe.js';

/** PostgreSQL error codes that mean the request conflicts with what is stored. */
const CONFLICT_CODES = new Set(['23505', '23503', '23514', '40001']);

/**
 * Sends every error as `application/problem+json` (RFC 9457): Nest HTTP exceptions, validation
 * failures (400 with `errors`), directory refusals (404, 409, 422 with `errors`), database
 * conflicts (409), and anything else as a 500 that reveals nothing internal.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = { ...this.toProblem(exception, request), instance: request.originalUrl };
    if (response.headersSent) return;
    if (body.status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="hito"');
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, request: Request): Problem {
    if (exception instanceof FieldValidationException) {
      return problem(400, exception.message, { errors: exception.errors });
    }
    if (exception instanceof DirectoryDocumentError) {
      return problem(422, `El directorio tiene ${exception.problems.length} error(es); no se cambió nada. / Nothing was changed.`, {
        errors: exception.problems.map(
          (p): FieldProblem => ({ entry: p.entry, field: p.field, detail: p.message, ...(p.line ? { line: p.line } : {}) }),
        ),
      });
    }
    if (exception instanceof DirectoryError) {
      const status = { 'not-found': 404, conflict: 409, invalid: 422 }[exception.kind];
      return problem(status, exception.message);
    }
    if (exception instanceof InvalidDeploymentError) {
      return problem(422, `El despliegue tiene ${exception.problems.length} problema(s); no se desplegó nada. / Nothing was deployed.`, {
        errors: exception.problems.map(
          (p): FieldProblem => ({
            field: p.elementId ? `${p.resource}#${p.elementId}` : p.resource,
            detail: p.message,
            resource: p.resource,
            rule: p.rule,
            ...(p.elementId ? { elementId: p.elementId } : {}),
            ...(p.line ? { line: p.line } : {}),
          }),
        ),
      });
    }
    if (exception instanceof CommandRejectedError) return problem(409, exception.reason);
    if (exception instanceof NotFoundError) return problem(404, exception.message);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return problem(status, this.detailOf(exception, request));
    }
    const code = (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ??
      (exception as { code?: unknown })?.code;
    if (typeof code === 'string' && CONFLICT_CODES.has(code)) {
      return problem(409, 'La operación choca con datos existentes o en uso. / The change conflicts with stored data.');
    }
    // PostgreSQL data exceptions (class 22): a value from the request that the database cannot
    // store or compare, such as a NUL character in a text or a key beyond the bigint range.
    if (typeof code === 'string' && code.startsWith('22')) {
      return problem(400, 'Un valor de la solicitud no es válido o está fuera de rango (p. ej. un carácter NUL o un número demasiado grande). / A value in the request is invalid or out of range.');
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return problem(500, 'Ocurrió un error inesperado; quedó registrado. / An unexpected error occurred.');
  }

  private detailOf(exception: HttpException, request: Request): string {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message).join('; ')
          : String((response as { message?: unknown }).message ?? exception.message);
    if (status === 404 && message.startsWith('Cannot ')) {
      return `No existe la ruta ${request.method} ${request.path}. / ${message}`;
    }
    if (status === 429) {
      return 'Demasiados intentos; espere antes de reintentar (vea Retry-After). / Too many attempts; see Retry-After.';
    }
    if (status === 400 && /JSON/.test(message)) return `El cuerpo no es JSON válido. / ${message}`;
    return message;
  }
}
