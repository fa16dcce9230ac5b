import operations from './github-operations.json' with { type: 'json' };

/** One entry of src/stand-ins/github-operations.json (see scripts/gen-github-operations.mjs). */
export interface OperationSpec {
  method: string;
  path: string;
  operationId: string;
  requiredBody: string[];
}

export interface OperationMatch {
  operation: OperationSpec;
  params: Record<string, string>;
}

export interface MatcherOptions {
  /**
   * Path parameters whose value may contain raw slashes. The description marks more of them
   * (`x-multi-segment` on branch, ref, tag, sha, dir, ...) but only `{path}` is honoured by
   * default so that clients keep percent-encoding the others, as Octokit does.
   */
  multiSegmentParams?: ReadonlySet<string>;
}

// Lower ranks are more specific. A literal segment beats a parameter, so
// `/issues/comments` is issues/list-comments-for-repo rather than issues/get with
// issue_number "comments". Mixed segments rank below plain parameters so that
// `compare/a...b` resolves to the current compare-commits-with-basehead and not the
// deprecated `{base}...{head}` template.
const SegmentRank = { Literal: 0, Param: 1, Mixed: 2, Rest: 3 } as const;
type SegmentRank = (typeof SegmentRank)[keyof typeof SegmentRank];

interface Segment {
  rank: SegmentRank;
  pattern: RegExp;
  names: string[];
}

interface CompiledOperation {
  operation: OperationSpec;
  segments: Segment[];
}

const DEFAULT_MULTI_SEGMENT: ReadonlySet<string> = new Set(['path']);
/** GitHub's REST operations, reduced from its OpenAPI description (scripts/gen-github-operations.mjs). */
export function loadOperations(parsed: unknown = operations): OperationSpec[] {
  if (!Array.isArray(parsed) || !parsed.every(isOperationSpec)) {
    throw new Error('the operations list is not a list of GitHub operations');
  }
  return parsed;
}

function isOperationSpec(value: unknown): value is OperationSpec {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.method === 'string' &&
    typeof record.path === 'string' &&
    typeof record.operationId === 'string' &&
    Array.isArray(record.requiredBody)
  );
}

export class OpenApiMatcher {
  readonly #byMethod = new Map<string, CompiledOperation[]>();
  readonly #operationIds = new Set<string>();

  constructor(operations: readonly OperationSpec[], options: MatcherOptions = {}) {
    const multiSegment = options.multiSegmentParams ?? DEFAULT_MULTI_SEGMENT;
    for (const operation of operations) {
      const compiled = { operation, segments: compileTemplate(operation.path, multiSegment) };
      const list = this.#byMethod.get(operation.method) ?? [];
      list.push(compiled);
      this.#byMethod.set(operation.method, list);
      this.#operationIds.add(operation.operationId);
    }
    for (const list of this.#byMethod.values()) list.sort(compareSpecificity);
  }

  hasOperation(operationId: string): boolean {
    return this.#operationIds.has(operationId);
  }

  /** Matches a raw (still percent-encoded) pathname; parameters come back decoded. */
  match(method: string, pathname: string): OperationMatch | undefined {
    const segments = pathname.split('/').slice(1);
    for (const candidate of this.#byMethod.get(method.toUpperCase()) ?? []) {
      const params = matchSegments(candidate.segments, segments);
      if (params) return { operation: candidate.operation, params };
    }
    return undefined;
  }
}

/** Required body fields absent from `body` (every one of them when the body is not an object). */
export function missingRequiredFields(operation: OperationSpec, body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [...operation.requiredBody];
  }
  return operation.requiredBody.filter((field) => !Object.hasOwn(body, field));
}

function compileTemplate(template: string, multiSegment: ReadonlySet<string>): Segment[] {
  return template
    .split('/')
    .slice(1)
    .map((part) => compileSegment(part, multiSegment));
}

function compileSegment(part: string, multiSegment: ReadonlySet<string>): Segment {
  const names = [...part.matchAll(/\{([^}]+)\}/g)].map((found) => found[1] ?? '');
  if (names.length === 0) {
    return { rank: SegmentRank.Literal, pattern: new RegExp(`^${escapeRegExp(part)}$`), names };
  }
  const whole = names.length === 1 && part === `{${names[0]}}`;
  if (whole && multiSegment.has(names[0] ?? '')) {
    return { rank: SegmentRank.Rest, pattern: /^.+$/, names };
  }
  const source = part
    .split(/\{[^}]+\}/)
    .map(escapeRegExp)
    .join('([^/]+?)');
  return {
    rank: whole ? SegmentRank.Param : SegmentRank.Mixed,
    pattern: new RegExp(`^${source}$`),
    names,
  };
}

function matchSegments(
  template: readonly Segment[],
  actual: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  let index = 0;
  for (const [position, segment] of template.entries()) {
    if (segment.rank === SegmentRank.Rest) {
      // A rest parameter swallows whatever the later template segments do not need.
      const remainingTemplate = template.length - position - 1;
      const end = actual.length - remainingTemplate;
      const taken = actual.slice(index, end);
      // A trailing rest parameter may be empty: `contents` and `contents/` list the repository
      // root, and Octokit sends the former for path ''.
      const root = remainingTemplate === 0 && taken.join('') === '' && taken.length <= 1;
      if (!root && (taken.length === 0 || taken.some((part) => part === ''))) return undefined;
      params[segment.names[0] ?? ''] = safeDecode(taken.join('/'));
      index = end;
      continue;
    }
    const part = actual[index];
    const found = part === undefined ? null : segment.pattern.exec(part);
    if (!found) return undefined;
    segment.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')));
    index += 1;
  }
  return index === actual.length ? params : undefined;
}

function compareSpecificity(a: CompiledOperation, b: CompiledOperation): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (a.segments[i]?.rank ?? -1) - (b.segments[i]?.rank ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
