#!/usr/bin/env node
// Condenses GitHub's OpenAPI description into the operation list the test stand-in
// (test/support/fake-github.ts) matches requests against.
//
// Usage:
//   node scripts/gen-github-operations.mjs <path-to-api.github.com.json> > src/stand-ins/github-operations.json
//
// The input is generated/api.github.com.json from @octokit/openapi (23.0.2). Pass that file
// by path: the package's index pulls in every variant of the description (~385 MB).
import { readFileSync } from 'node:fs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function main(argv) {
  const [file] = argv;
  if (!file) {
    process.stderr.write('usage: gen-github-operations.mjs <api.github.com.json>\n');
    return 2;
  }
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  const operations = listOperations(spec).sort(compareOperations);
  process.stdout.write(formatOperations(operations));
  return 0;
}

function listOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        requiredBody: requiredBodyFields(spec, operation),
      });
    }
  }
  return operations;
}

// Only the top-level `required` list counts: for oneOf/anyOf bodies each branch has its own
// list, and no single branch's fields are required unconditionally.
function requiredBodyFields(spec, operation) {
  const body = resolve(spec, operation.requestBody);
  const schema = resolve(spec, body?.content?.['application/json']?.schema);
  return Array.isArray(schema?.required) ? [...schema.required] : [];
}

// About 40 request bodies are a bare $ref to components/schemas; missing that would
// silently drop their required fields.
function resolve(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = lookupPointer(spec, current.$ref);
  }
  return current;
}

function lookupPointer(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => node?.[key], spec);
}

// Code-unit order rather than localeCompare so the output does not depend on the machine's locale.
function compareOperations(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (
    HTTP_METHODS.indexOf(a.method.toLowerCase()) - HTTP_METHODS.indexOf(b.method.toLowerCase())
  );
}

// One operation per line keeps the fixture small and its diffs readable.
function formatOperations(operations) {
  return `[\n${operations.map((operation) => JSON.stringify(operation)).join(',\n')}\n]\n`;
}

process.exitCode = main(process.argv.slice(2));
