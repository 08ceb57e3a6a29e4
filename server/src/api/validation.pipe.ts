import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from './problem.js';

/** A request whose body, query or parameters break their DTO's rules: 400 listing each field. */
export class FieldValidationException extends BadRequestException {
  constructor(readonly errors: FieldProblem[]) {
    super(`Hay ${errors.length} campo(s) no válido(s): ${[...new Set(errors.map((e) => e.field))].join(', ')}`);
  }
}

const SPANISH: Record<string, string> = {
  isString: 'debe ser un texto',
  isNotEmpty: 'no puede estar vacío',
  isDefined: 'es obligatorio',
  isEmail: 'debe ser un correo válido',
  matches: 'no tiene el formato esperado',
  isIn: 'no es uno de los valores admitidos',
  isArray: 'debe ser una lista',
  isInt: 'debe ser un número entero',
  min: 'es demasiado pequeño',
  max: 'es demasiado grande',
  minLength: 'es demasiado corto',
  maxLength: 'es demasiado largo',
  arrayMinSize: 'tiene muy pocos elementos',
  arrayUnique: 'tiene elementos repetidos',
  isBoolean: 'debe ser true o false',
  isISO8601: 'debe ser una fecha ISO 8601',
  isObject: 'debe ser un objeto',
  nestedValidation: 'debe ser un objeto válido',
  whitelistValidation: 'campo no admitido',
  isUuid: 'debe ser un UUID',
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([key, message]) => ({
      field,
      detail: SPANISH[key] ? `${SPANISH[key]} (${message})` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The global validation pipe: DTO classes are checked, unknown fields refused, values transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new FieldValidationException(flatten(errors)),
  });
}
