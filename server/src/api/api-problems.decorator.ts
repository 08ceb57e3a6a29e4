import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Campos no válidos; `errors` los nombra / invalid fields (problem+json)',
  404: 'No existe / not found (problem+json)',
  409: 'Ya existe o está en uso / exists or in use (problem+json)',
  422: 'Referencias o valores inconsistentes; `errors` nombra entrada y campo (problem+json)',
  429: 'Demasiados intentos; ver Retry-After (problem+json)',
};

/** Documents the problem responses a route may give. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? `HTTP ${status}` })));
