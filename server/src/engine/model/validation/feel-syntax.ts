import { parseExpression } from 'feelin';

/** Outcome of parsing a FEEL expression. */
export interface FeelSyntax {
  /** 0-based offset of the first syntax error, when there is one. */
  errorAt?: number;
  /** Node type of the expression's top node (e.g. `Comparison`, `NumericLiteral`). */
  topType?: string;
}

/** Parses a FEEL expression; feelin recovers from errors, marking them as error nodes in the tree. */
export function parseFeel(text: string): FeelSyntax {
  const tree = parseExpression(text, {}, undefined);
  let errorAt: number | undefined;
  tree.iterate({
    enter(node) {
      if (errorAt === undefined && node.type.isError) errorAt = node.from;
      return errorAt === undefined;
    },
  });
  const top = tree.topNode.firstChild;
  return errorAt === undefined ? { topType: top?.type.name } : { errorAt };
}

/** Literal node types that can never evaluate to a boolean. */
export const NON_BOOLEAN_LITERALS = new Set(['NumericLiteral', 'StringLiteral', 'List', 'Context', 'FunctionDefinition', 'ArithmeticExpression']);
