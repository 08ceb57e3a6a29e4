/** One field problem inside a problem document. */
export interface FieldProblem {
  /** The offending field, e.g. `memberships[0].institution`. */
  field: string;
  detail: string;
  /** For directory documents: the entry (`people[3] (ana-gomez)`) and line. */
  entry?: string;
  line?: number;
  /** For deployments: the file, the BPMN element and the rule broken. */
  resource?: string;
  elementId?: string;
  rule?: string;
}

/** An RFC 9457 problem document, as every error of the API is sent (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
}

const PROBLEMS: Record<number, { slug: string; title: string }> = {
  400: { slug: 'bad-request', title: 'Solicitud no válida (Bad Request)' },
  401: { slug: 'unauthorized', title: 'No autenticado (Unauthorized)' },
  403: { slug: 'forbidden', title: 'Acceso denegado (Forbidden)' },
  404: { slug: 'not-found', title: 'No encontrado (Not Found)' },
  405: { slug: 'method-not-allowed', title: 'Método no permitido (Method Not Allowed)' },
  409: { slug: 'conflict', title: 'Conflicto (Conflict)' },
  413: { slug: 'content-too-large', title: 'Contenido demasiado grande (Content Too Large)' },
  415: { slug: 'unsupported-media-type', title: 'Tipo de contenido no admitido (Unsupported Media Type)' },
  422: { slug: 'unprocessable', title: 'Datos no procesables (Unprocessable Content)' },
  429: { slug: 'too-many-requests', title: 'Demasiadas solicitudes (Too Many Requests)' },
  500: { slug: 'internal', title: 'Error interno (Internal Server Error)' },
  503: { slug: 'unavailable', title: 'Servicio no disponible (Service Unavailable)' },
};

/** Base of the `type` URIs of Hito's problems. */
export const PROBLEM_TYPE_BASE = 'https://hito.dev/problems/';

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  const known = PROBLEMS[status];
  return {
    type: known ? `${PROBLEM_TYPE_BASE}${extra.errors ? 'validation' : known.slug}` : 'about:blank',
    title: known?.title ?? `HTTP ${status}`,
    status,
    detail,
    ...extra,
  };
}
