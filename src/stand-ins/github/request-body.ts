import { invalid } from './http-errors.js';

export type IssueState = 'open' | 'closed';

interface Guard<T> {
  (value: unknown): value is T;
  /** Wording for GitHub's "is not a ..." message. */
  expected: string;
}

function guard<T>(expected: string, test: (value: unknown) => boolean): Guard<T> {
  return Object.assign((value: unknown): value is T => test(value), { expected });
}

export const isString = guard<string>('string', (v) => typeof v === 'string');
export const isNullableString = guard<string | null>(
  'string or null',
  (v) => v === null || typeof v === 'string',
);
export const isTitle = guard<string | number>(
  'string or integer',
  (v) => typeof v === 'string' || Number.isInteger(v),
);
export const isBoolean = guard<boolean>('boolean', (v) => typeof v === 'boolean');
export const isIssueState = guard<IssueState>(
  'one of open, closed',
  (v) => v === 'open' || v === 'closed',
);
export const isStringArray = guard<string[]>(
  'array of strings',
  (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
);

export function fields(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** An absent field reads as undefined; a present one of the wrong type is GitHub's 422. */
export function read<T>(
  body: Record<string, unknown>,
  key: string,
  isValid: Guard<T>,
): T | undefined {
  const value = body[key];
  if (value === undefined || isValid(value)) return value;
  const detail = `For 'properties/${key}', ${JSON.stringify(value)} is not a ${isValid.expected}.`;
  throw invalid(detail, `${key}: expected ${isValid.expected}, got ${JSON.stringify(value)}`);
}

export function labelList(value: unknown): Array<string | { name: string }> {
  if (value === undefined) return [];
  const isLabel = (item: unknown): item is string | { name: string } =>
    typeof item === 'string' || typeof fields(item).name === 'string';
  if (Array.isArray(value) && value.every(isLabel)) return value;
  throw invalid(
    'Invalid labels.',
    `labels must be strings or {name} objects, got ${JSON.stringify(value)}`,
  );
}
