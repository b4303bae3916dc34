import { parseDocument } from 'yaml';
import { ScenarioError } from './scenario-error.js';

/**
 * Reads scenario text, YAML or JSON (YAML 1.2 reads JSON as is), into plain data. Duplicate keys are
 * errors. Cost: linear in the text.
 *
 * @throws ScenarioError with the position of the first syntax error (`... at line 3, column 7`), or
 *   when anchors and aliases expand beyond 100 aliases (a guard against "billion laughs" texts).
 */
export function readScenarioText(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error !== undefined) {
    // Only the first: the parser's later errors mostly follow from it.
    const firstLine = (error.message.split('\n')[0] ?? '').replace(/:$/, '');
    const where = error.linePos?.[0];
    const located = where && !/ at line \d+, column \d+$/.test(firstLine);
    const message = `cannot read the text: ${firstLine}${located ? ` at line ${where.line}, column ${where.col}` : ''}`;
    throw new ScenarioError([{ path: '', message }]);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new ScenarioError([{ path: '', message: `cannot read the text: ${(cause as Error).message}` }]);
  }
}
