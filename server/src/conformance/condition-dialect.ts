/**
 * Betsy writes conditions without an expression language (Java-like: `test.contains("a")`,
 * `!x`, `integerVariable<3`, `${integerVariable}`); this maps them to FEEL before deployment.
 */
const EXPRESSION_TAGS = ['conditionExpression', 'condition', 'loopCondition', 'completionCondition', 'activationCondition', 'loopCardinality'];

/** Rewrites one condition text to FEEL. */
export function toFeel(text: string): string {
  let result = text.trim();
  const wrapped = /^\$\{([\s\S]*)\}$/.exec(result);
  if (wrapped) result = wrapped[1].trim();
  result = result.replace(/([A-Za-z_][\w.]*)\.contains\(([^()]*)\)/g, 'contains($1, $2)');
  result = result.replace(/&&/g, ' and ').replace(/\|\|/g, ' or ').replace(/==/g, '=');
  result = result.replace(/!(?!=)\s*(contains\([^()]*\)|[A-Za-z_][\w.]*|\([^()]*\))/g, 'not($1)');
  return result;
}

/** Rewrites the bodies of every expression element of a BPMN document (CDATA or plain text). */
export function rewriteConditions(xml: string): string {
  const tags = EXPRESSION_TAGS.join('|');
  const pattern = new RegExp(`(<(?:\\w+:)?(?:${tags})\\b[^>]*>)([\\s\\S]*?)(</(?:\\w+:)?(?:${tags})>)`, 'g');
  return xml.replace(pattern, (_match, open: string, body: string, close: string) => {
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
    if (cdata) return `${open}<![CDATA[${toFeel(cdata[1])}]]>${close}`;
    const decoded = body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const feel = toFeel(decoded).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `${open}${feel}${close}`;
  });
}
