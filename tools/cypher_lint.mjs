// Offline syntax check of Cypher for the Neo4j dialect, with Neo4j's own grammar.
// Input: a JSON array of statements on stdin, or file paths as arguments (one statement per file).
// Output: a JSON array with one entry per statement: {"source", "errors": [{"message", "offset"}]}.
// Exit code 1 when any statement has a syntax error. Undefined $parameters are not errors.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const ERROR = 1;

function lint(statement) {
  const { diagnostics } = lintCypherQuery(statement, {});
  return diagnostics
    .filter((d) => d.severity === ERROR && isNotParamError(d))
    .map((d) => ({ message: d.message, offset: d.offsets?.start ?? null }));
}

const files = process.argv.slice(2);
const inputs = files.length
  ? files.map((path) => ({ source: path, text: readFileSync(path, 'utf8') }))
  : JSON.parse(readFileSync(0, 'utf8')).map((text, i) => ({ source: `#${i}`, text }));

const report = inputs.map(({ source, text }) => ({ source, errors: lint(text) }));
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
process.exitCode = report.some((r) => r.errors.length) ? 1 : 0;
