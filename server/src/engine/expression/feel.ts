import { evaluate } from 'feelin';
import type { Expression } from '../model/executable-model.js';
import type { FeelEnvironment } from './feel-environment.js';

/** Variables visible to an expression. */
export type ExpressionContext = Record<string, unknown>;

/** An expression could not be evaluated (syntax error or failing function). */
export class ExpressionError extends Error {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS: Record<string, unknown> = { true: true, false: false, null: null };

/** The FEEL text of an expression: a leading `=` (Zeebe style) is optional. */
export function feelSource(expression: Expression): string {
  const source = expression.source.trim();
  return source.startsWith('=') ? source.slice(1).trim() : source;
}

/**
 * Evaluates an expression as FEEL against the variables. Literal booleans, null and numbers skip
 * the FEEL interpreter (the hot path of simple processes). FEEL temporal values come back as their
 * ISO text (also inside lists and contexts). With an environment, `now()`/`today()` read the
 * engine's logical time and the business-calendar functions are available.
 */
export function evaluateExpression(expression: Expression, context: ExpressionContext | (() => ExpressionContext), environment?: FeelEnvironment): unknown {
  const source = feelSource(expression);
  if (source in LITERALS) return LITERALS[source];
  if (/^-?\d+(\.\d+)?$/.test(source)) return Number(source);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(source)) {
    const variables = typeof context === 'function' ? context() : context;
    return toPlain(variables[source] ?? null);
  }
  const variables = typeof context === 'function' ? context() : context;
  try {
    const scope = environment ? { ...variables, ...environment.functions } : variables;
    return toPlain(evaluate(source, scope).value);
  } catch (error) {
    throw new ExpressionError(source, `Failed to evaluate "${source}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Evaluates a condition; only `true` counts as true (null, missing variables and non-booleans do not). */
export function evaluateCondition(expression: Expression, context: ExpressionContext | (() => ExpressionContext), environment?: FeelEnvironment): boolean {
  return evaluateExpression(expression, context, environment) === true;
}

/** FEEL values as JSON-like data: temporal values become ISO text, recursively. */
function toPlain(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const name = (value as object).constructor?.name ?? '';
    if (name.startsWith('Feel')) return String(value);
    if (name === 'Object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toPlain(entry)]));
  }
  return value;
}
