import { NON_BOOLEAN_LITERALS, parseFeel } from '../feel-syntax.js';
import type { Element, ModelIndex } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** Properties whose expression is a FEEL boolean condition. */
const CONDITIONS = new Set(['conditionExpression', 'completionCondition', 'loopCondition', 'activationCondition', 'condition']);
/** Properties whose expression is FEEL (timers only when written as `=expression`). */
const FEEL_VALUES = new Set(['loopCardinality']);
const TIMERS = new Set(['timeDate', 'timeDuration', 'timeCycle']);

const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;

interface Located {
  expression: Element;
  owner: Element;
  role: string;
}

function locate(model: ModelIndex): Located[] {
  return model.ofType('bpmn:Expression').flatMap((expression) => {
    const owner = model.parent(expression);
    if (!owner) return [];
    const property = (owner.$descriptor?.properties ?? []).find((candidate) => owner[candidate.name] === expression || (Array.isArray(owner[candidate.name]) && owner[candidate.name].includes(expression)));
    return [{ expression, owner, role: property?.ns.localName ?? 'expression' }];
  });
}

function where(located: Located): string {
  return `The ${located.role} of ${kind(located.owner)} ${label(located.owner)}`;
}

function body(expression: Element): string {
  return typeof expression.body === 'string' ? expression.body.trim() : '';
}

/** Executable processes use formal expressions, not natural-language ones (EXT.012). */
export const formalExpressionRule: Rule = (model) =>
  locate(model)
    .filter(({ expression }) => expression.$type === 'bpmn:Expression' && model.isExecutable(expression))
    .map((located) =>
      problemAt(model, located.owner, 'formal-expression-required', `${where(located)} is a natural-language expression; an executable process needs a formal expression (xsi:type="bpmn:tFormalExpression").`),
    );

/** A formal expression has a body (EXT.013) and its language, when given, is a URI (EXT.014). */
export const expressionShapeRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const located of locate(model)) {
    const { expression, owner } = located;
    if (expression.$type === 'bpmn:FormalExpression' && body(expression) === '' && !(Array.isArray(expression.$children) && expression.$children.length)) {
      problems.push(problemAt(model, owner, 'expression-body', `${where(located)} is empty: a formal expression must contain an expression.`));
    }
    if (typeof expression.language === 'string' && !URI_REFERENCE.test(expression.language)) {
      problems.push(problemAt(model, owner, 'expression-language', `${where(located)} declares language "${expression.language}", which is not a valid URI.`));
    }
  }
  return problems;
};

function feelText(located: Located): string | undefined {
  const text = body(located.expression);
  if (text === '') return undefined;
  if (CONDITIONS.has(located.role) || FEEL_VALUES.has(located.role)) return text.replace(/^=/, '');
  if (TIMERS.has(located.role) && text.startsWith('=')) return text.slice(1);
  return undefined;
}

/** Conditions, cardinalities and `=`-timer expressions are valid FEEL. */
export const feelSyntaxRule: Rule = (model) => {
  if (model.options.feel === false) return [];
  return locate(model).flatMap((located) => {
    const text = feelText(located);
    if (text === undefined) return [];
    const { errorAt } = parseFeel(text);
    if (errorAt === undefined) return [];
    const near = text.slice(errorAt, errorAt + 20) || 'end of expression';
    return [problemAt(model, located.owner, 'feel-syntax', `${where(located)} is not valid FEEL: syntax error at column ${errorAt + 1} (near "${near}") in "${text}".`)];
  });
};

/** A condition must be able to evaluate to a boolean: a number or string literal cannot (EXT.071, EXT.072). */
export const conditionTypeRule: Rule = (model) =>
  locate(model).flatMap((located) => {
    if (!CONDITIONS.has(located.role)) return [];
    const text = feelText(located);
    if (text === undefined) return [];
    const { topType } = parseFeel(text);
    if (!topType || !NON_BOOLEAN_LITERALS.has(topType)) return [];
    return [problemAt(model, located.owner, 'condition-not-boolean', `${where(located)} is "${text}", which can never evaluate to a boolean.`)];
  });

/** A conditional event definition in an executable process has a condition (EXT.123). */
export const conditionalEventRule: Rule = (model) =>
  model
    .ofType('bpmn:ConditionalEventDefinition')
    .filter((definition) => model.isExecutable(definition) && (!definition.condition || body(definition.condition) === ''))
    .map((definition) => {
      const event = model.parent(definition) ?? definition;
      return problemAt(model, event, 'conditional-event-condition', `The conditional trigger of ${kind(event)} ${label(event)} has no condition: an executable process needs one.`);
    });
