import { HttpErrorResponse } from '@angular/common/http';

/** One problem of a rejected request (deployment validation or field validation). */
export interface ProblemItem {
  resource?: string;
  elementId?: string;
  rule?: string;
  message?: string;
  line?: number;
  field?: string;
  detail?: string;
}

/** What kind of failure, so pages can say something useful in the reader's language. */
export type ApiErrorKind =
  | 'network'
  | 'missing-endpoint'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'server';

/** A failed API call, read from the server's `application/problem+json` answer (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly detail: string,
    readonly errors: ProblemItem[] = [],
    readonly endpoint = '',
  ) {
    super(detail || `HTTP ${status}`);
  }

  /** Turns anything thrown by HttpClient into an {@link ApiError}. */
  static from(error: unknown, endpoint = ''): ApiError {
    if (error instanceof ApiError) return error;
    if (!(error instanceof HttpErrorResponse)) {
      return new ApiError('network', 0, error instanceof Error ? error.message : String(error), [], endpoint);
    }
    const body = parseBody(error.error);
    const detail = typeof body?.detail === 'string' ? body.detail : typeof body?.message === 'string' ? body.message : '';
    const errors = Array.isArray(body?.errors) ? (body.errors as ProblemItem[]) : [];
    return new ApiError(kindOf(error.status, detail), error.status, detail, errors, endpoint);
  }
}

interface ProblemBody {
  detail?: unknown;
  message?: unknown;
  errors?: unknown;
}

function parseBody(body: unknown): ProblemBody | undefined {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as ProblemBody;
    } catch {
      return undefined;
    }
  }
  return body && typeof body === 'object' ? (body as ProblemBody) : undefined;
}

function kindOf(status: number, detail: string): ApiErrorKind {
  if (status === 0) return 'network';
  // The server answers a route it does not have with "No existe la ruta … / Cannot GET …".
  if ((status === 404 && /Cannot (GET|POST|PUT|PATCH|DELETE) /.test(detail)) || status === 405 || status === 501) {
    return 'missing-endpoint';
  }
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  return 'server';
}
